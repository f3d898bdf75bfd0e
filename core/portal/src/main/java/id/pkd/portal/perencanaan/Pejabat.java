package id.pkd.portal.perencanaan;

import id.pkd.portal.pengguna.Nip;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** An official: who signs the Perjanjian Kinerja and the documents. */
@Table("pejabat")
public record Pejabat(
        @Id Long id,
        long tenantId,
        long perangkatDaerahId,
        Long bidangId,
        Long atasanId,
        String nip,
        String nama,
        String pangkat,
        String golongan,
        String jabatan,
        String eselon) {

    Pejabat withId(Long id) {
        return new Pejabat(
                id, tenantId, perangkatDaerahId, bidangId, atasanId, nip, nama, pangkat, golongan, jabatan, eselon);
    }

    public String nipTercetak() {
        return new Nip(nip).tercetak();
    }

    /** "Pembina Utama Muda / IV c" as the signature block prints it. */
    public String pangkatGolongan() {
        return pangkat + " / " + golongan.replace('/', ' ');
    }
}
