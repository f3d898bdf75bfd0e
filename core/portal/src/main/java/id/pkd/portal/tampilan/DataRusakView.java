package id.pkd.portal.tampilan;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import id.pkd.portal.umum.DataRusakException;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;

/** A page whose stored data failed its integrity check says so, instead of an error page. */
@PermitAll
public class DataRusakView extends HalamanKesalahan implements HasErrorParameter<DataRusakException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<DataRusakException> parameter) {
        tampilkanTidakDitemukan(
                "Data tidak dapat ditampilkan", parameter.getException().getMessage());
        setId("data-rusak");
        return HttpServletResponse.SC_CONFLICT;
    }
}
