package id.pkd.urusan.pppa;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_RENDAH_SEMAKIN_BAIK;
import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Urusan;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class UrusanPppa implements UrusanPlugin {

    @Override
    public Urusan urusan() {
        return new Urusan("2.08", "Pemberdayaan Perempuan dan Perlindungan Anak");
    }

    @Override
    public List<DefinisiIndikator> indikator() {
        return List.of(
                new DefinisiIndikator("ipg", "Indeks Pembangunan Gender (IPG)", "indeks", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator("idg", "Indeks Pemberdayaan Gender (IDG)", "indeks", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "arg-belanja-langsung",
                        "Persentase Anggaran Responsif Gender (ARG) pada belanja langsung APBD",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "rasio-kekerasan-perempuan",
                        "Rasio kekerasan terhadap perempuan",
                        "rasio per 100.000",
                        SEMAKIN_RENDAH_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "rasio-kekerasan-anak",
                        "Rasio kekerasan terhadap anak",
                        "rasio per 10.000",
                        SEMAKIN_RENDAH_SEMAKIN_BAIK));
    }
}
