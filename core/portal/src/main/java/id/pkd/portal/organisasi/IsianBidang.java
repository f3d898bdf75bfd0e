package id.pkd.portal.organisasi;

/** A division as typed on the agencies screen; no id for a new one. */
public record IsianBidang(Long id, long perangkatDaerahId, String kode, String nama) {}
