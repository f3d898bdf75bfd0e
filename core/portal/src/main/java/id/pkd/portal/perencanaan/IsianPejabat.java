package id.pkd.portal.perencanaan;

/** An official's record as typed on the officials screen; no id for a new official. */
public record IsianPejabat(
        Long id,
        long perangkatDaerahId,
        Long bidangId,
        Long atasanId,
        String nip,
        String nama,
        String pangkat,
        String golongan,
        String jabatan,
        String eselon) {}
