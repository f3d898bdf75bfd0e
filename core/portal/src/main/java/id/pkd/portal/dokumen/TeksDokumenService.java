package id.pkd.portal.dokumen;

import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.ValidasiGagalException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The free text of the documents, per agency, year and part; every change is audited. The texts are part of what a
 * year's documents say, so they change under the same lock as the year's figures: not while the agency-year is under
 * approval or set (an issued LKIP's words stay as signed).
 */
@Service
public class TeksDokumenService {

    static final int PANJANG_MAKSIMAL = 20_000;

    private final JdbcClient jdbc;
    private final PerencanaanService perencanaan;
    private final JejakAuditService jejak;
    private final Clock jam;
    private final PenjagaPerubahan penjaga;

    TeksDokumenService(
            JdbcClient jdbc,
            PerencanaanService perencanaan,
            JejakAuditService jejak,
            Clock jam,
            PenjagaPerubahan penjaga) {
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.jejak = jejak;
        this.jam = jam;
        this.penjaga = penjaga;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Map<String, String> semua(long perangkatDaerahId, int tahun) {
        Map<String, String> hasil = new LinkedHashMap<>();
        jdbc.sql("SELECT bagian, isi FROM teks_dokumen WHERE tenant_id = :t AND perangkat_daerah_id = :pd"
                        + " AND tahun = :tahun ORDER BY bagian")
                .param("t", TenantContext.wajib().value())
                .param("pd", perangkatDaerahId)
                .param("tahun", tahun)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list()
                .forEach(e -> hasil.put(e.getKey(), e.getValue()));
        return hasil;
    }

    @BolehBaca
    @Transactional(readOnly = true)
    public Optional<String> baca(long perangkatDaerahId, int tahun, String kunci) {
        return Optional.ofNullable(semua(perangkatDaerahId, tahun).get(kunci)).filter(s -> !s.isBlank());
    }

    /**
     * Writes an LKIP part (one of {@code BagianTeks.LKIP}, e.g. {@code KATA_PENGANTAR}) only
     * when it is still empty, so text someone wrote is never overwritten (demo data). A year under approval or set
     * is left as it is: its documents were made without the text.
     *
     * @return whether the text was written
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public boolean isiBilaKosong(long perangkatDaerahId, int tahun, String bagian, String isi) {
        return isiBilaKosong(perangkatDaerahId, tahun, bagian, null, isi);
    }

    /**
     * As {@link #isiBilaKosong(long, int, String, String)} for any part: an RKPD part ({@code RKPD_SOLUSI} …) names
     * its urusan ({@code 1.06}), an LKIP part none.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public boolean isiBilaKosong(long perangkatDaerahId, int tahun, String bagian, String urusan, String isi) {
        BagianTeks b = BagianTeks.valueOf(bagian);
        if (b.perUrusan() == (urusan == null)) {
            throw new IllegalArgumentException(
                    "Bagian " + bagian + (b.perUrusan() ? " ditulis per urusan" : " tanpa urusan"));
        }
        String kunci = b.kunci(urusan);
        if (baca(perangkatDaerahId, tahun, kunci).isPresent()) {
            return false;
        }
        try {
            simpan(perangkatDaerahId, tahun, kunci, isi);
        } catch (DataTerkunciException e) {
            // The guard refuses without marking the transaction for rollback; the other parts go on.
            return false;
        }
        return true;
    }

    /**
     * Saves one part; an empty text removes it. The agency must be the tenant's own. A change on an agency-year under
     * approval or set is refused with {@link DataTerkunciException}; saving the text as it stands changes nothing and
     * is not refused.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public void simpan(long perangkatDaerahId, int tahun, String kunci, String isi) {
        long tenant = TenantContext.wajib().value();
        perencanaan.perangkatDaerah(perangkatDaerahId);
        String baru = isi == null ? "" : isi.strip();
        if (baru.length() > PANJANG_MAKSIMAL) {
            throw ValidasiGagalException.pada(
                    "isi",
                    "Teks terlalu panjang: " + baru.length() + " karakter, paling banyak " + PANJANG_MAKSIMAL + ".");
        }
        if (tahun < 2000 || tahun > 2100) {
            throw ValidasiGagalException.pada("tahun", "Tahun tidak sah.");
        }
        Optional<Map.Entry<Long, String>> lama = jdbc.sql("SELECT id, isi FROM teks_dokumen WHERE tenant_id = :t"
                        + " AND perangkat_daerah_id = :pd AND tahun = :tahun AND bagian = :b")
                .param("t", tenant)
                .param("pd", perangkatDaerahId)
                .param("tahun", tahun)
                .param("b", kunci)
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2)))
                .optional();
        if (lama.map(Map.Entry::getValue).orElse("").equals(baru)) {
            return;
        }
        penjaga.pastikanBolehDiubah(perangkatDaerahId, tahun);
        if (lama.isPresent()) {
            long id = lama.get().getKey();
            jejak.catat("teks_dokumen", id, kunci, lama.get().getValue(), baru);
            jdbc.sql("UPDATE teks_dokumen SET isi = :isi, diubah_oleh = :oleh, diubah_pada = :pada"
                            + " WHERE tenant_id = :t AND id = :id")
                    .param("isi", baru)
                    .param("oleh", JejakAuditService.pelaku())
                    .param("pada", java.sql.Timestamp.from(jam.instant()))
                    .param("t", tenant)
                    .param("id", id)
                    .update();
        } else if (!baru.isEmpty()) {
            jdbc.sql("INSERT INTO teks_dokumen (tenant_id, perangkat_daerah_id, tahun, bagian, isi, diubah_oleh,"
                            + " diubah_pada) VALUES (:t, :pd, :tahun, :b, :isi, :oleh, :pada)")
                    .param("t", tenant)
                    .param("pd", perangkatDaerahId)
                    .param("tahun", tahun)
                    .param("b", kunci)
                    .param("isi", baru)
                    .param("oleh", JejakAuditService.pelaku())
                    .param("pada", java.sql.Timestamp.from(jam.instant()))
                    .update();
            long id = jdbc.sql("SELECT id FROM teks_dokumen WHERE tenant_id = :t AND perangkat_daerah_id = :pd"
                            + " AND tahun = :tahun AND bagian = :b")
                    .param("t", tenant)
                    .param("pd", perangkatDaerahId)
                    .param("tahun", tahun)
                    .param("b", kunci)
                    .query(Long.class)
                    .single();
            jejak.catat("teks_dokumen", id, kunci, null, baru);
        }
    }
}
