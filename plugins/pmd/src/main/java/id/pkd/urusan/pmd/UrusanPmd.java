package id.pkd.urusan.pmd;

import static id.pkd.plugin.api.Polaritas.SEMAKIN_TINGGI_SEMAKIN_BAIK;

import id.pkd.plugin.api.DefinisiIndikator;
import id.pkd.plugin.api.Urusan;
import id.pkd.plugin.api.UrusanPlugin;
import java.util.List;
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
}
