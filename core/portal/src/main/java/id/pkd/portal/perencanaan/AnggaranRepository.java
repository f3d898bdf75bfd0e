package id.pkd.portal.perencanaan;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

interface ProgramKegiatanRepository extends Repository<ProgramKegiatan, Long> {

    ProgramKegiatan save(ProgramKegiatan baris);

    @Query(
            rowMapperClass = BarisRencana.PetaProgramKegiatan.class,
            value =
                    "SELECT * FROM program_kegiatan WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun"
                            + " ORDER BY urutan")
    List<ProgramKegiatan> milik(long tenantId, long pdId, int tahun);

    /** Like {@code milik}, for every agency of the tenant at once, unsorted: {@link PemuatRencana} sorts. */
    @Query(
            rowMapperClass = BarisRencana.PetaProgramKegiatan.class,
            value = "SELECT * FROM program_kegiatan WHERE tenant_id = :tenantId AND tahun = :tahun")
    List<ProgramKegiatan> semua(long tenantId, int tahun);

    @Query("SELECT * FROM program_kegiatan WHERE tenant_id = :tenantId AND id = :id")
    Optional<ProgramKegiatan> cari(long tenantId, long id);

    /** How many quarters of a sub kegiatan's spending the budget editor recorded (table of V31). */
    @Query("SELECT COUNT(*) FROM realisasi_anggaran_triwulan WHERE tenant_id = :tenantId"
            + " AND program_kegiatan_id = :id")
    int jumlahTriwulan(long tenantId, long id);

    @Modifying
    @Query("UPDATE program_kegiatan SET induk_id = NULL WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId"
            + " AND tahun = :tahun")
    void lepasInduk(long tenantId, long pdId, int tahun);

    @Modifying
    @Query(
            "DELETE FROM program_kegiatan WHERE tenant_id = :tenantId AND perangkat_daerah_id = :pdId AND tahun = :tahun")
    void hapusMilik(long tenantId, long pdId, int tahun);
}

interface IndikatorProgramRepository extends Repository<IndikatorProgram, Long> {

    IndikatorProgram save(IndikatorProgram indikator);

    @Query(
            rowMapperClass = BarisRencana.PetaIndikatorProgram.class,
            value =
                    """
            SELECT i.* FROM indikator_program i JOIN program_kegiatan p ON p.tenant_id = i.tenant_id AND p.id = i.program_kegiatan_id
            WHERE i.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun ORDER BY p.urutan, i.urutan""")
    List<IndikatorProgram> milik(long tenantId, long pdId, int tahun);

    /** Like {@code milik}, for every agency of the tenant at once, unsorted: {@link PemuatRencana} sorts. */
    @Query(
            rowMapperClass = BarisRencana.PetaIndikatorProgram.class,
            value =
                    """
            SELECT i.* FROM indikator_program i JOIN program_kegiatan p ON p.tenant_id = i.tenant_id AND p.id = i.program_kegiatan_id
            WHERE i.tenant_id = :tenantId AND p.tahun = :tahun""")
    List<IndikatorProgram> semua(long tenantId, int tahun);

    @Modifying
    @Query(
            """
            DELETE i FROM indikator_program i JOIN program_kegiatan p ON p.tenant_id = i.tenant_id AND p.id = i.program_kegiatan_id
            WHERE i.tenant_id = :tenantId AND p.perangkat_daerah_id = :pdId AND p.tahun = :tahun""")
    void hapusMilik(long tenantId, long pdId, int tahun);
}
