package id.pkd.portal.anggaran;

/** A version of the nomenclature, e.g. the Permendagri 90/2019 list or a later Kepmendagri update. */
public record VersiNomenklatur(long id, String kode, String nama, int berlakuMulai) {}
