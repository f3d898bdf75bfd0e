package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import id.pkd.portal.perencanaan.DataTerkunciException;
import id.pkd.portal.umum.Formulir;
import id.pkd.portal.umum.IsianTidakSahException;
import org.springframework.security.access.AccessDeniedException;

/**
 * How the RPJMD editors (period, tujuan/sasaran, IKU) answer a save or a removal, in one place so they cannot drift apart: a
 * wrong field is marked at the field with everything typed kept, a locked year and a missing right become a
 * notification, and a removal is confirmed first with what it takes along.
 */
final class AksiEditorRpjmd {

    private AksiEditorRpjmd() {}

    /** Runs a save; {@code apa} names what only the Admin Daerah may change ("IKU Kepala Daerah"). */
    static void simpan(Formulir formulir, String apa, Runnable aksi) {
        try {
            aksi.run();
        } catch (IsianTidakSahException e) {
            formulir.tampilkan(e);
        } catch (DataTerkunciException e) {
            Formulir.gagal(e.getMessage());
        } catch (AccessDeniedException e) {
            Formulir.gagal("Hanya Admin Daerah yang dapat mengubah " + apa + ".");
        }
    }

    /** Opens the confirmation of a removal; {@code hapus} runs on "Hapus", and a locked year's refusal is shown. */
    static void konfirmasiHapus(String id, String judul, String teks, Runnable hapus) {
        ConfirmDialog konfirmasi = new ConfirmDialog();
        konfirmasi.setId(id);
        konfirmasi.setHeader(judul);
        konfirmasi.setText(teks);
        konfirmasi.setCancelable(true);
        konfirmasi.setCancelText("Batal");
        konfirmasi.setConfirmText("Hapus");
        konfirmasi.setConfirmButtonTheme("error primary");
        konfirmasi.addConfirmListener(e -> {
            try {
                hapus.run();
            } catch (DataTerkunciException x) {
                Formulir.gagal(x.getMessage());
            }
        });
        konfirmasi.open();
    }
}
