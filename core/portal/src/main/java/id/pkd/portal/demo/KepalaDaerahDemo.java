package id.pkd.portal.demo;

import id.pkd.portal.daerah.Daerah;
import id.pkd.portal.daerah.DaerahService;
import id.pkd.portal.keamanan.SebagaiSistem;
import id.pkd.portal.kepaladaerah.IsianKepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerah;
import id.pkd.portal.kepaladaerah.KepalaDaerahService;
import id.pkd.portal.kepaladaerah.StatusKepalaDaerah;
import id.pkd.portal.pengguna.Peran;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.tandatangan.KunciDemo;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo regions' heads as Kepala Daerah records, named as their plans name the PK's pihak kedua (Balangan's LKIP
 * 2022: H. Abdul Hadi, Bupati Balangan; Kobar's seed: Hj. Nurhidayah, Bupati Kotawaringin Barat 2017–2022). The
 * dates are ILLUSTRATIVE: they follow each RPJMD period, not the inauguration decrees; no wakil is recorded, the
 * sources do not name one. Each gets a demo key (passphrase {@link DemoDataSeeder#PASSPHRASE_DEMO}) so the LKJIP
 * and the PK of a head of agency can be signed in the demo; no account is linked (no demo account is a Bupati).
 */
@Component
class KepalaDaerahDemo {

    private static final Logger log = LoggerFactory.getLogger(KepalaDaerahDemo.class);

    record Kepala(String jabatan, String nama, LocalDate mulai, LocalDate selesai) {}

    static final Map<String, Kepala> KEPALA = Map.of(
            "63.11",
            new Kepala(
                    "Bupati Balangan",
                    "H. Abdul Hadi, S.Ag., M.I.Kom",
                    LocalDate.of(2021, 1, 1),
                    LocalDate.of(2026, 12, 31)),
            "62.01",
            new Kepala(
                    "Bupati Kotawaringin Barat",
                    "Hj. Nurhidayah",
                    LocalDate.of(2017, 1, 1),
                    LocalDate.of(2022, 12, 31)));

    private final DaerahService daerah;
    private final KepalaDaerahService kepalaDaerah;
    private final KunciDemo kunciDemo;

    KepalaDaerahDemo(DaerahService daerah, KepalaDaerahService kepalaDaerah, KunciDemo kunciDemo) {
        this.daerah = daerah;
        this.kepalaDaerah = kepalaDaerah;
        this.kunciDemo = kunciDemo;
    }

    /** Also on a demo database made before the record existed; a region that has any term already is left as is. */
    void pasang() {
        List<Daerah> semua = SebagaiSistem.jalankan(Peran.OPERATOR_PORTAL, null, daerah::semua);
        for (Daerah d : semua) {
            Kepala k = KEPALA.get(d.kodeWilayah());
            if (k == null) {
                continue;
            }
            SebagaiSistem.jalankan(Peran.ADMIN_DAERAH, d.tenantId(), () -> {
                List<KepalaDaerah> ada = kepalaDaerah.daftar();
                if (ada.isEmpty()) {
                    try {
                        ada = List.of(kepalaDaerah.simpan(new IsianKepalaDaerah(
                                null,
                                StatusKepalaDaerah.DEFINITIF,
                                k.jabatan(),
                                k.nama(),
                                null,
                                k.mulai(),
                                k.selesai(),
                                null)));
                    } catch (DataTerkunciException e) {
                        // a demo database whose years were locked before this record existed keeps them as issued
                        log.info("Kepala daerah demo {} tidak dicatat: {}", d.kodeWilayah(), e.getMessage());
                    }
                }
                ada.forEach(
                        x -> kunciDemo.pastikanPejabat(x.pejabatId(), DemoDataSeeder.PASSPHRASE_DEMO.toCharArray()));
                return null;
            });
        }
    }
}
