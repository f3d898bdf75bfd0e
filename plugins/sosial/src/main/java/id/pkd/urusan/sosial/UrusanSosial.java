package id.pkd.urusan.sosial;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Urusan;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.List;
import org.pf4j.Extension;

@Extension
public class UrusanSosial implements UrusanPlugin {

    @Override
    public Urusan urusan() {
        return new Urusan("1.06", "Sosial");
    }

    @Override
    public List<DefinisiIndikator> indikator() {
        return List.of(
                new DefinisiIndikator(
                        "ppks-tertangani", "Angka PPKS yang tertangani", "%", SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "korban-bencana-terbantu",
                        "Persentase korban bencana yang menerima bantuan sosial",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK),
                new DefinisiIndikator(
                        "fakir-miskin-menerima-bansos",
                        "Persentase fakir miskin yang menerima bantuan sosial",
                        "%",
                        SEMAKIN_TINGGI_SEMAKIN_BAIK));
    }
}
