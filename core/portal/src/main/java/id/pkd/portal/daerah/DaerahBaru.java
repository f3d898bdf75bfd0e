package id.pkd.portal.daerah;

import id.pkd.portal.pengguna.PenggunaBaru;

/** A tenant as the portal operator registers it, together with its first admin. */
public record DaerahBaru(String kodeWilayah, String nama, JenisDaerah jenis, String ibuKota, PenggunaBaru admin) {}
