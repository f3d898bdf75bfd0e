package id.pkd.urusan.pmd;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.AturanSilang;
import id.pkd.plugin.api.BagianLaporan;
import id.pkd.plugin.api.Csv;
import id.pkd.plugin.api.DaftarReferensi;
import id.pkd.plugin.api.DataContoh;
import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Formulir;
import id.pkd.plugin.api.Formulir.Rincian;
import id.pkd.plugin.api.IndikatorTerhitung;
import id.pkd.plugin.api.Isian;
import id.pkd.plugin.api.Urusan;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pf4j.Extension;

@Extension
public class UrusanPmd implements UrusanPlugin {

    @Override
    public Urusan urusan() {
        return new Urusan("2.13", "Pemberdayaan Masyarakat dan Desa");
    }

    @Override
    public List<DefinisiIndikator> indikator() {
        return List.of(
                new DefinisiIndikator(
                        "desa-minimal-maju",
                        "Persentase desa dengan klasifikasi minimal maju",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator("bumdes-aktif", "Persentase BUMDes aktif", "%", SEMAKIN_TINGGI_SEMAKIN_BAIK));
    }

    @Override
    public List<DaftarReferensi> referensi() {
        return List.of(Csv.referensi(
                getClass(),
                "id/pkd/urusan/pmd/referensi/status-idm-v1.csv",
                "status-idm",
                "Status Indeks Desa Membangun",
                "v1 (Permendesa 2/2016)",
                "idm_lebih_dari"));
    }

    @Override
    public List<Formulir> formulir() {
        return List.of(
                new Formulir(
                        "desa",
                        "Daftar desa",
                        "Desa dan kelurahan daerah ini dengan kode wilayahnya.",
                        false,
                        Rincian.barisBerulang(),
                        List.of(
                                Isian.teks("kode", "Kode Desa").diwajibkan(),
                                Isian.teks("nama", "Nama Desa").diwajibkan(),
                                Isian.teks("kecamatan", "Kecamatan").diwajibkan()),
                        List.of(),
                        "kode",
                        true),
                Formulir.tahunan(
                                "idm",
                                "Indeks Desa Membangun per desa",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.rujukan("kode_desa", "Kode Desa", "desa")
                                                .diwajibkan(),
                                        Isian.angka("iks", "IKS").min(0).maks(1),
                                        Isian.angka("ike", "IKE").min(0).maks(1),
                                        Isian.angka("ikl", "IKL").min(0).maks(1),
                                        Isian.turunan("idm", "IDM", "(iks + ike + ikl) / 3"),
                                        Isian.kelas("status", "Status", "status-idm", "idm")
                                                .diwajibkan(),
                                        Isian.yaTidak("bumdes_aktif", "BUMDes aktif")))
                        .keterangan("IDM = (IKS + IKE + IKL) / 3; status menurut batas Permendesa 2/2016. Bila"
                                + " IKS, IKE dan IKL belum ada, status diisi langsung.")
                        .kunci("kode_desa")
                        .dapatDiimpor(),
                Formulir.tahunan(
                                "iuran-bpjs-aparatur",
                                "Tagihan iuran JKN-KIS kepala desa dan perangkat",
                                Rincian.barisBerulang(),
                                List.of(
                                        Isian.teks("nomor_va", "Nomor Virtual Account")
                                                .diwajibkan(),
                                        Isian.teks("bank", "Bank"),
                                        Isian.tanggal("tanggal_cetak", "Tanggal Cetak"),
                                        Isian.tanggal("jatuh_tempo", "Tanggal Jatuh Tempo"),
                                        Isian.jumlah("jumlah_pegawai", "Jumlah Pegawai"),
                                        Isian.jumlah("jumlah_tanggungan", "Jumlah Tanggungan"),
                                        Isian.rupiahAtauTidakDiketahui("saldo_awal", "Saldo Awal Tagihan (Rp)"),
                                        Isian.rupiahAtauTidakDiketahui("premi_iuran", "Premi Iuran (Rp)"),
                                        Isian.turunan(
                                                "total_tagihan", "Total Tagihan (Rp)", "saldo_awal + premi_iuran")))
                        .aturan(AturanSilang.tidakSebelum(
                                "jatuh_tempo", "tanggal_cetak", "Jatuh tempo tidak boleh sebelum tanggal cetak."))
                        .keterangan("Satu baris per tagihan BPJS Kesehatan atas iuran kepala desa dan perangkat desa;"
                                + " total tagihan = saldo awal + premi iuran.")
                        .dapatDiimpor(),
                Formulir.tahunan(
                                "rekap-status",
                                "Jumlah desa menurut status (rekap)",
                                Rincian.menurut("status-idm"),
                                List.of(Isian.jumlah("jumlah_desa", "Jumlah desa")))
                        .keterangan("Untuk tahun yang hanya diketahui rekapnya, tanpa data per desa."));
    }

    @Override
    public List<IndikatorTerhitung> indikatorTerhitung() {
        return List.of(
                IndikatorTerhitung.rasio(
                        "desa-minimal-maju", "hitung(idm, status in ('MAJU', 'MANDIRI'))", "hitung(idm)", 100),
                IndikatorTerhitung.rasio("bumdes-aktif", "hitung(idm, bumdes_aktif = 'ya')", "hitung(idm)", 100));
    }

    /**
     * The village counts by IDM status per year, as the LKIP and the RKPD evaluation print them; in the LKIP then
     * the villages of each status (the seed's four lists, in its order; a status no village holds prints no table)
     * and the BPJS bill of the village officials.
     */
    @Override
    public List<BagianLaporan> bagianLaporan() {
        String judul = "Jumlah Desa Berdasarkan Klasifikasi Status Desa Menurut IDM";
        String templat = "id/pkd/urusan/pmd/laporan/status-desa.jrxml";
        List<BagianLaporan> hasil = new ArrayList<>();
        hasil.add(BagianLaporan.riwayat(
                "status-desa", judul, BagianLaporan.Tempat.LKIP_CAPAIAN, templat, "rekap-status", "jumlah_desa"));
        for (StatusIdm s : List.of(
                StatusIdm.BERKEMBANG,
                StatusIdm.MAJU,
                StatusIdm.MANDIRI,
                StatusIdm.TERTINGGAL,
                StatusIdm.SANGAT_TERTINGGAL)) {
            hasil.add(new BagianLaporan(
                            "desa-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                            "Data Desa dengan Status Desa " + s.label(),
                            BagianLaporan.Tempat.LKIP_CAPAIAN,
                            "id/pkd/urusan/pmd/laporan/desa-per-status.jrxml",
                            "idm",
                            List.of())
                    .hanya("status", s.name()));
        }
        hasil.add(new BagianLaporan(
                "iuran-bpjs-aparatur",
                "Tagihan Iuran JKN-KIS Kepala Desa dan Perangkat",
                BagianLaporan.Tempat.LKIP_CAPAIAN,
                "id/pkd/urusan/pmd/laporan/iuran-bpjs-aparatur.jrxml",
                "iuran-bpjs-aparatur",
                List.of()));
        hasil.add(BagianLaporan.riwayat(
                "status-desa-rkpd", judul, BagianLaporan.Tempat.RKPD_EVALUASI, templat, "rekap-status", "jumlah_desa"));
        return hasil;
    }

    @Override
    public List<DataContoh> dataContoh() {
        return DataDemo.balangan();
    }
}
