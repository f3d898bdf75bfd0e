package id.pkd.portal.rpjmd;

/**
 * An agency's Renstra sasaran of the period with the sasaran RPJMD it supports ({@code sasaranRpjmdId} null: not yet
 * linked).
 */
public record TautanSasaranRenstra(
        long sasaranId,
        long perangkatDaerahId,
        String namaPerangkatDaerah,
        String kode,
        String uraian,
        Long sasaranRpjmdId) {}
