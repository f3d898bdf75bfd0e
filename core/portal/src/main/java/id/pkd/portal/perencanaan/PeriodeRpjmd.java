package id.pkd.portal.perencanaan;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** The region's five-year RPJMD period with its visi and misi (misi one per line). */
@Table("periode_rpjmd")
public record PeriodeRpjmd(@Id Long id, long tenantId, int tahunAwal, int tahunAkhir, String visi, String misi) {

    PeriodeRpjmd withId(Long id) {
        return new PeriodeRpjmd(id, tenantId, tahunAwal, tahunAkhir, visi, misi);
    }

    public boolean memuat(int tahun) {
        return tahun >= tahunAwal && tahun <= tahunAkhir;
    }

    public List<String> daftarMisi() {
        return misi.lines().filter(m -> !m.isBlank()).toList();
    }

    public String label() {
        return tahunAwal + "–" + tahunAkhir;
    }
}
