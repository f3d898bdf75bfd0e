package id.pkd.portal.dokumentasi;

import id.pkd.portal.dokumentasi.FotoDokumentasi.Foto;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Kandidat;
import id.pkd.portal.dokumentasi.FotoDokumentasi.Pilihan;
import id.pkd.portal.jejak.JejakAuditService;
import id.pkd.portal.penyimpanan.PenyimpananBerkas;
import id.pkd.portal.perencanaan.PenjagaPerubahan;
import id.pkd.portal.perencanaan.PerencanaanService;
import id.pkd.portal.perencanaan.RealisasiService;
import id.pkd.portal.tenant.TenantContext;
import id.pkd.portal.tenant.TenantId;
import id.pkd.portal.umum.BolehBaca;
import id.pkd.portal.umum.ValidasiGagalException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.annotation.Secured;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which evidence images (JPEG/PNG among the agency-year's bukti dukung) the LKIP prints in its "Dokumentasi"
 * attachment, with their captions. Choosing is a change of the year's report: a year under review or locked refuses
 * it, and every change is audited.
 */
@Service
public class FotoDokumentasiService {

    /** Twelve pages of two photos: enough for an annex, bounded for the PDF's size. */
    public static final int MAKSIMAL = 24;

    /** One line under the photo: the template's caption line (515 pt, bold) holds about this many characters. */
    public static final int PANJANG_KETERANGAN = 80;

    static final String JENIS = "foto_dokumentasi";

    private final JdbcClient jdbc;
    private final PerencanaanService perencanaan;
    private final RealisasiService realisasi;
    private final PenjagaPerubahan penjaga;
    private final JejakAuditService jejak;
    private final PenyimpananBerkas penyimpanan;
    private final Clock jam;

    FotoDokumentasiService(
            JdbcClient jdbc,
            PerencanaanService perencanaan,
            RealisasiService realisasi,
            PenjagaPerubahan penjaga,
            JejakAuditService jejak,
            PenyimpananBerkas penyimpanan,
            Clock jam) {
        this.jdbc = jdbc;
        this.perencanaan = perencanaan;
        this.realisasi = realisasi;
        this.penjaga = penjaga;
        this.penyimpanan = penyimpanan;
        this.jejak = jejak;
        this.jam = jam;
    }

    /** The agency-year's evidence images, the chosen ones first in their order, then the others by upload. */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<Kandidat> kandidat(long perangkatDaerahId, int tahun) {
        return jdbc.sql(
                        """
                        SELECT b.id, b.nama_berkas, i.nama, f.keterangan
                        FROM bukti_realisasi b
                        JOIN realisasi_indikator r ON r.tenant_id = b.tenant_id AND r.id = b.realisasi_id
                        JOIN indikator i ON i.tenant_id = r.tenant_id AND i.id = r.indikator_id
                        LEFT JOIN foto_dokumentasi f ON f.tenant_id = b.tenant_id AND f.bukti_id = b.id
                            AND f.perangkat_daerah_id = i.perangkat_daerah_id AND f.tahun = r.tahun
                        WHERE b.tenant_id = :t AND i.perangkat_daerah_id = :pd AND r.tahun = :tahun
                          AND b.jenis IN ('JPEG', 'PNG')
                        ORDER BY f.urutan IS NULL, f.urutan, b.id""")
                .param("t", TenantContext.wajib().value())
                .param("pd", perangkatDaerahId)
                .param("tahun", tahun)
                .query((rs, n) -> new Kandidat(
                        rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4) != null, rs.getString(4)))
                .list();
    }

    /**
     * Replaces the year's choice with {@code pilihan}, in that order. Each must be an evidence image of the
     * agency-year with a caption of at most {@value #PANJANG_KETERANGAN} characters; at most {@value #MAKSIMAL}.
     * A caption's problem is named by {@code keterangan.<buktiId>}.
     */
    @Secured({"ROLE_ADMIN_DAERAH", "ROLE_OPERATOR", "ROLE_PIMPINAN"})
    @Transactional
    public void simpan(long perangkatDaerahId, int tahun, List<Pilihan> pilihan) {
        perencanaan.perangkatDaerah(perangkatDaerahId);
        Set<Long> gambar = new HashSet<>();
        kandidat(perangkatDaerahId, tahun).forEach(k -> gambar.add(k.buktiId()));
        ValidasiGagalException.Pengumpul galat = new ValidasiGagalException.Pengumpul();
        if (pilihan.size() > MAKSIMAL) {
            galat.tambah("foto", "Paling banyak " + MAKSIMAL + " foto; terpilih " + pilihan.size() + ".");
        }
        Set<Long> sudah = new HashSet<>();
        for (Pilihan p : pilihan) {
            String keterangan = p.keterangan() == null ? "" : p.keterangan().strip();
            if (!gambar.contains(p.buktiId()) || !sudah.add(p.buktiId())) {
                galat.tambah(
                        "foto",
                        "Berkas " + p.buktiId() + " bukan gambar bukti dukung perangkat daerah ini tahun " + tahun
                                + ", atau terpilih dua kali.");
            } else if (keterangan.isEmpty()) {
                galat.tambah("keterangan." + p.buktiId(), "Keterangan foto wajib diisi; dicetak di bawah foto.");
            } else if (keterangan.length() > PANJANG_KETERANGAN) {
                galat.tambah(
                        "keterangan." + p.buktiId(),
                        "Keterangan terlalu panjang: " + keterangan.length() + " karakter, paling banyak "
                                + PANJANG_KETERANGAN + ".");
            }
        }
        galat.lemparJikaAda();
        penjaga.pastikanBolehDiubah(perangkatDaerahId, tahun);
        long tenant = TenantContext.wajib().value();
        Map<Long, Baris> lama = new HashMap<>();
        jdbc.sql("SELECT id, bukti_id, keterangan, urutan FROM foto_dokumentasi WHERE tenant_id = :t"
                        + " AND perangkat_daerah_id = :pd AND tahun = :tahun")
                .param("t", tenant)
                .param("pd", perangkatDaerahId)
                .param("tahun", tahun)
                .query((rs, n) -> new Baris(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4)))
                .list()
                .forEach(b -> lama.put(b.buktiId(), b));
        Timestamp pada = Timestamp.from(jam.instant());
        Set<Long> tetap = new HashSet<>();
        int urutan = 0;
        for (Pilihan p : pilihan) {
            String keterangan = p.keterangan().strip();
            urutan++;
            tetap.add(p.buktiId());
            Baris b = lama.get(p.buktiId());
            if (b == null) {
                jdbc.sql(
                                "INSERT INTO foto_dokumentasi (tenant_id, perangkat_daerah_id, tahun, bukti_id, keterangan,"
                                        + " urutan, diubah_oleh, diubah_pada) VALUES (:t, :pd, :tahun, :b, :k, :u, :oleh, :pada)")
                        .param("t", tenant)
                        .param("pd", perangkatDaerahId)
                        .param("tahun", tahun)
                        .param("b", p.buktiId())
                        .param("k", keterangan)
                        .param("u", urutan)
                        .param("oleh", JejakAuditService.pelaku())
                        .param("pada", pada)
                        .update();
                jejak.catat(JENIS, p.buktiId(), "keterangan " + tahun, null, keterangan);
                simpanSkala(p.buktiId());
            } else if (!Objects.equals(b.keterangan(), keterangan) || b.urutan() != urutan) {
                jejak.catat(JENIS, p.buktiId(), "keterangan " + tahun, b.keterangan(), keterangan);
                jejak.catat(JENIS, p.buktiId(), "urutan " + tahun, b.urutan(), urutan);
                jdbc.sql("UPDATE foto_dokumentasi SET keterangan = :k, urutan = :u, diubah_oleh = :oleh,"
                                + " diubah_pada = :pada WHERE tenant_id = :t AND id = :id")
                        .param("k", keterangan)
                        .param("u", urutan)
                        .param("oleh", JejakAuditService.pelaku())
                        .param("pada", pada)
                        .param("t", tenant)
                        .param("id", b.id())
                        .update();
            }
        }
        for (Baris b : lama.values()) {
            if (!tetap.contains(b.buktiId())) {
                jejak.catat(JENIS, b.buktiId(), "keterangan " + tahun, b.keterangan(), null);
                jdbc.sql("DELETE FROM foto_dokumentasi WHERE tenant_id = :t AND id = :id")
                        .param("t", tenant)
                        .param("id", b.id())
                        .update();
            }
        }
    }

    /**
     * The chosen photos in their order, scaled to the attachment's frame as PNG. An image the store no longer
     * holds or that cannot be decoded is left out rather than failing the whole report.
     */
    @BolehBaca
    @Transactional(readOnly = true)
    public List<Foto> untukDokumen(long perangkatDaerahId, int tahun) {
        List<Foto> hasil = new ArrayList<>();
        for (Kandidat k : kandidat(perangkatDaerahId, tahun)) {
            if (!k.terpilih()) {
                break; // the chosen ones come first
            }
            skala(k.buktiId()).ifPresent(png -> hasil.add(new Foto(k.keterangan(), png)));
        }
        return hasil;
    }

    /**
     * The store's key of an evidence image scaled to the attachment's frame. Named by the original's content like the
     * evidence itself, so a photo chosen in several years or agencies is scaled and stored once.
     */
    public static String kunciSkala(String sha256) {
        return "dokumentasi/" + sha256;
    }

    /**
     * Scales a newly chosen photo once and keeps the result, so printing the LKIP does not decode a camera photo
     * again at every render. An image that cannot be read or scaled is stored as nothing: the render leaves it out.
     */
    private void simpanSkala(long buktiId) {
        TenantId tenant = new TenantId(TenantContext.wajib().value());
        String kunci = kunciSkala(realisasi.bukti(buktiId).sha256());
        if (penyimpanan.ada(tenant, kunci)) {
            return;
        }
        try {
            SkalaGambar.png(realisasi.isiBukti(buktiId)).ifPresent(png -> penyimpanan.simpan(tenant, kunci, png));
        } catch (RuntimeException e) {
            // the evidence is gone from the store: the render leaves it out, as before
        }
    }

    /** The stored scaled image; one chosen before the scaled copy was kept is scaled here, as it always was. */
    private Optional<byte[]> skala(long buktiId) {
        try {
            String kunci = kunciSkala(realisasi.bukti(buktiId).sha256());
            Optional<byte[]> tersimpan =
                    penyimpanan.baca(new TenantId(TenantContext.wajib().value()), kunci);
            return tersimpan.isPresent() ? tersimpan : SkalaGambar.png(realisasi.isiBukti(buktiId));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private record Baris(long id, long buktiId, String keterangan, int urutan) {}
}
