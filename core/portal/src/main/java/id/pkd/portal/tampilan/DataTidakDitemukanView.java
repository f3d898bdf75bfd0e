package id.pkd.portal.tampilan;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import id.pkd.portal.umum.DataTidakDitemukanException;

@AnonymousAllowed
public class DataTidakDitemukanView extends HalamanKesalahan implements HasErrorParameter<DataTidakDitemukanException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataTidakDitemukanException> parameter) {
        return tampilkanTidakDitemukan(
                "Data tidak ditemukan", parameter.getException().getMessage());
    }
}
