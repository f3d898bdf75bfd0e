package id.pkd.portal.tampilan;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * One answer for a page that does not exist and one the user may not open, so a URL reveals
 * nothing of another tenant or role.
 */
@AnonymousAllowed
public class HalamanTidakDitemukan extends HalamanKesalahan implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return tampilkanTidakDitemukan(
                "Halaman tidak ditemukan",
                "Halaman atau data yang Anda buka tidak ada, atau Anda tidak berhak membukanya.");
    }
}
