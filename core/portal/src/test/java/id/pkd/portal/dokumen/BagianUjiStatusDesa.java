package id.pkd.portal.dokumen;

import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.plugin.BagianLaporanUrusan;
import id.pkd.portal.plugin.SumberBagianLaporan;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import org.springframework.stereotype.Component;

/**
 * A real urusan section for the tests, as the PMD plugin contributes it: the Balangan villages by
 * IDM status per year (LKIP 2022) with a bar chart. Only Balangan has these data.
 */
@Component
class BagianUjiStatusDesa implements SumberBagianLaporan {

    static final int[][] STATUS = {
        {2017, 0, 0, 18, 109, 27},
        {2018, 0, 3, 51, 92, 7},
        {2019, 0, 9, 116, 28, 0},
        {2020, 0, 12, 127, 14, 1},
        {2021, 0, 26, 126, 1, 1},
        {2022, 7, 96, 50, 0, 1}
    };

    private final DaerahService daerah;
    private volatile JasperReport templat;

    BagianUjiStatusDesa(DaerahService daerah) {
        this.daerah = daerah;
    }

    @Override
    public List<BagianLaporanUrusan> bagian(BagianLaporanUrusan.Tempat tempat, long perangkatDaerahId, int tahun) {
        if (!"63.11".equals(daerah.saatIni().kodeWilayah())) {
            return List.of();
        }
        List<Map<String, ?>> baris = new ArrayList<>();
        List<String> kategori = new ArrayList<>();
        Map<String, List<Number>> seri = new LinkedHashMap<>();
        String[] nama = {"Mandiri", "Maju", "Berkembang", "Tertinggal", "Sangat Tertinggal"};
        for (String n : nama) {
            seri.put(n, new ArrayList<>());
        }
        for (int[] s : STATUS) {
            if (s[0] > tahun) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("tahun", String.valueOf(s[0]));
            m.put("mandiri", s[1]);
            m.put("maju", s[2]);
            m.put("berkembang", s[3]);
            m.put("tertinggal", s[4]);
            m.put("sangatTertinggal", s[5]);
            m.put("jumlah", s[1] + s[2] + s[3] + s[4] + s[5]);
            m.put("narasi", "pada tahun " + s[0] + " terdapat " + (s[1] + s[2]) + " desa berstatus minimal maju.");
            baris.add(m);
            kategori.add(String.valueOf(s[0]));
            for (int i = 0; i < nama.length; i++) {
                seri.get(nama[i]).add(s[i + 1]);
            }
        }
        return List.of(new BagianLaporanUrusan(
                "urusan-pmd",
                "2.13",
                "Perkembangan Status Desa Berdasarkan IDM",
                templat(),
                baris,
                Map.of("JUDUL_TABEL", "Jumlah Desa per Status IDM Tahun 2017-" + tahun),
                List.of(new BagianLaporanUrusan.DataGrafik(
                        "Grafik Status Desa per Tahun", "Tahun", "Jumlah desa", kategori, seri))));
    }

    private JasperReport templat() {
        JasperReport t = templat;
        if (t == null) {
            synchronized (this) {
                if (templat == null) {
                    try (InputStream in = getClass().getResourceAsStream("/uji/status-desa.jrxml")) {
                        templat = JasperCompileManager.compileReport(in);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                t = templat;
            }
        }
        return t;
    }
}
