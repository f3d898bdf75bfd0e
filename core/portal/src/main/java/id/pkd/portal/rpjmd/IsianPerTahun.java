package id.pkd.portal.rpjmd;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import id.pkd.portal.perencanaan.PeriodeRpjmd;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One number field per year of an RPJMD period (the IKU Kepala Daerah's targets, its realisasi): a year under review
 * or locked is read-only and says so, as is every year for a role that may not change it.
 */
final class IsianPerTahun extends HorizontalLayout {

    private final Map<Integer, TextField> isian = new LinkedHashMap<>();

    /**
     * @param awalanId the fields' ids are this plus the year ({@code iku-target-2025})
     * @param kunciPesan the fields are registered in {@code pesan} under this plus "." plus the year, where the form
     *     shows a message of that path
     */
    IsianPerTahun(
            String awalanId,
            String kunciPesan,
            Map<String, HasValidation> pesan,
            PeriodeRpjmd periode,
            Set<Integer> terkunci,
            boolean bolehUbah) {
        setWrap(true);
        for (int th = periode.tahunAwal(); th <= periode.tahunAkhir(); th++) {
            TextField f = new TextField(Integer.toString(th));
            f.setId(awalanId + th);
            f.setWidth("8em");
            boolean kunci = terkunci.contains(th);
            f.setReadOnly(!bolehUbah || kunci);
            if (kunci) {
                f.setHelperText("Terkunci");
            }
            isian.put(th, f);
            pesan.put(kunciPesan + "." + th, f);
            add(f);
        }
    }

    /** The field of each year, in year order. */
    Map<Integer, TextField> perTahun() {
        return Collections.unmodifiableMap(isian);
    }
}
