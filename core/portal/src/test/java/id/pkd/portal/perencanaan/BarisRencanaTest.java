package id.pkd.portal.perencanaan;

import static org.assertj.core.api.Assertions.assertThat;

import id.pkd.portal.PortalIntegrationTest;
import id.pkd.portal.pengguna.Peran;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hand-written mappers of {@link BarisRencana} read every row of their table (both demo regions and whatever
 * other tests stored) exactly as Spring Data JDBC's entity mapping reads it: same ids, nulls, enums, decimals and
 * instants.
 */
class BarisRencanaTest extends PortalIntegrationTest {

    @Autowired
    JdbcAggregateTemplate spring;

    @Autowired
    JdbcClient jdbc;

    /** {@code pejabat} holds the head of region's signing identity without an agency, which no plan reads. */
    record Tabel(String nama, Class<?> jenis, RowMapper<?> peta, boolean denganPd) {
        Tabel(String nama, Class<?> jenis, RowMapper<?> peta) {
            this(nama, jenis, peta, false);
        }

        @Override
        public String toString() {
            return nama;
        }
    }

    static List<Tabel> tabel() {
        return List.of(
                new Tabel("indikator", Indikator.class, new BarisRencana.PetaIndikator()),
                new Tabel("realisasi_indikator", RealisasiIndikator.class, new BarisRencana.PetaRealisasi()),
                new Tabel("program_kegiatan", ProgramKegiatan.class, new BarisRencana.PetaProgramKegiatan()),
                new Tabel("indikator_program", IndikatorProgram.class, new BarisRencana.PetaIndikatorProgram()),
                new Tabel("perjanjian_kinerja", PerjanjianKinerja.class, new BarisRencana.PetaPerjanjianKinerja()),
                new Tabel("pk_sasaran", PkSasaran.class, new BarisRencana.PetaPkSasaran()),
                new Tabel("pk_indikator", PkIndikator.class, new BarisRencana.PetaPkIndikator()),
                new Tabel("pejabat", Pejabat.class, new BarisRencana.PetaPejabat(), true));
    }

    @ParameterizedTest
    @MethodSource("tabel")
    void samaDenganPemetaanSpringData(Tabel t) {
        String syarat = t.denganPd() ? " WHERE perangkat_daerah_id IS NOT NULL" : "";
        List<Long> id = jdbc.sql("SELECT id FROM " + t.nama() + syarat)
                .query(Long.class)
                .list();
        List<Object> springData = List.copyOf(spring.findAllById(id, t.jenis()));
        List<Object> tangan = List.copyOf(
                jdbc.sql("SELECT * FROM " + t.nama() + syarat).query(t.peta()).list());
        assertThat(tangan).isNotEmpty().containsExactlyInAnyOrderElementsOf(springData);
    }

    @Test
    void targetSamaDenganPemetaanRecord() {
        String sql = "SELECT indikator_id, tahun, nilai FROM target_indikator";
        List<TargetIndikator> umum = jdbc.sql(sql)
                .query(DataClassRowMapper.newInstance(TargetIndikator.class))
                .list();
        List<TargetIndikator> tangan =
                jdbc.sql(sql).query(new BarisRencana.PetaTarget()).list();
        assertThat(tangan).isNotEmpty().containsExactlyInAnyOrderElementsOf(umum);
    }

    /**
     * The tenant-wide read (mapped by hand, sorted in Java) gives every agency the plan its own read gives (sorted
     * in SQL), in both demo regions.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"63.11", "62.01"})
    void bacaanSeluruhDaerahSamaDenganBacaanPerangkatDaerah(String kodeWilayah, @Autowired PerencanaanService rencana) {
        sebagai(Peran.ADMIN_DAERAH, kodeWilayah, () -> {
            List<RencanaTahunan> semua = rencana.rencanaSemua(2022, pd -> true);
            assertThat(semua).isNotEmpty();
            for (RencanaTahunan r : semua) {
                assertThat(r).isEqualTo(rencana.rencana(r.perangkatDaerah().id(), 2022));
            }
            assertThat(semua.stream().mapToInt(r -> r.realisasi().size()).sum()).isPositive();
            assertThat(semua.stream().mapToInt(r -> r.indikatorProgram().size()).sum())
                    .isPositive();
            assertThat(semua.stream().mapToInt(r -> r.pkIndikator().size()).sum())
                    .isPositive();
            return null;
        });
    }
}
