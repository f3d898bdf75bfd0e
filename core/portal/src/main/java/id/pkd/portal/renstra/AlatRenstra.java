package id.pkd.portal.renstra;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The tree editor's buttons, enabled by what applies to the selected row and whether a row is being edited. */
final class AlatRenstra extends HorizontalLayout {

    final Button tambahTujuan = tombol("tambah-tujuan", "Tambah tujuan");
    final Button tambahAnak = tombol("tambah-anak", "Tambah anak");
    final Button ubah = tombol("ubah-baris", "Ubah");
    final Button simpan = tombol("simpan-baris", "Simpan");
    final Button batal = tombol("batal-baris", "Batal");
    final Button naik = tombol("naik-baris", "Naik");
    final Button turun = tombol("turun-baris", "Turun");
    final Button pindah = tombol("pindah-baris", "Pindahkan…");
    final Button hapus = tombol("hapus-baris", "Hapus…");
    final Button salinTarget = tombol("salin-target-tahun", "Salin target tahun…");

    AlatRenstra() {
        simpan.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        hapus.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(tambahTujuan, tambahAnak, ubah, simpan, batal, naik, turun, pindah, hapus, salinTarget);
    }

    private static Button tombol(String id, String teks) {
        Button b = new Button(teks);
        b.setId(id);
        return b;
    }

    void atur(Simpul s, boolean terbuka) {
        boolean tersimpan = s != null && !s.baru();
        boolean beranak = tersimpan && s.jenis.anak() != null;
        tambahTujuan.setEnabled(!terbuka);
        tambahAnak.setEnabled(!terbuka && beranak);
        tambahAnak.setText(beranak ? "Tambah " + s.jenis.anak().label().toLowerCase() : "Tambah anak");
        ubah.setEnabled(!terbuka && tersimpan);
        naik.setEnabled(!terbuka && tersimpan);
        turun.setEnabled(!terbuka && tersimpan);
        pindah.setEnabled(!terbuka && tersimpan && s.jenis != JenisBaris.TUJUAN);
        hapus.setEnabled(!terbuka && tersimpan);
        simpan.setEnabled(terbuka);
        batal.setEnabled(terbuka);
        salinTarget.setEnabled(!terbuka);
    }
}
