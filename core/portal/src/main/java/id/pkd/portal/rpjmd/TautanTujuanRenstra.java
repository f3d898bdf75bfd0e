package id.pkd.portal.rpjmd;

/**
 * An agency's Renstra tujuan of the period with the tujuan RPJMD it serves ({@code tujuanRpjmdId} null: not yet
 * linked).
 */
public record TautanTujuanRenstra(
        long tujuanId,
        long perangkatDaerahId,
        String namaPerangkatDaerah,
        String kode,
        String uraian,
        Long tujuanRpjmdId) {}
