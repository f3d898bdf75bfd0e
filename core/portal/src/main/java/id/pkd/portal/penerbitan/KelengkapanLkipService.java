package id.pkd.portal.penerbitan;

import id.pkd.portal.umum.BolehBaca;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What an agency's LKIP of a year still lacks from the agency itself (realisasi, narratives, texts, staff
 * composition, a signer), asked before the year is submitted: the adoption locks all of it with the year, and an
 * LKIP that cannot be issued afterwards would need the admin to reopen the year.
 */
@Service
@BolehBaca
public class KelengkapanLkipService {

    /** The document type of an agency's LKIP, the one its maker registers under. */
    public static final String JENIS_LKIP = "LKIP";

    private final PenerbitanService penerbitan;

    KelengkapanLkipService(PenerbitanService penerbitan) {
        this.penerbitan = penerbitan;
    }

    /** The LKIP's own shortfalls, the same list *Penerbitan* shows, without the approval the submission starts. */
    public List<String> kekurangan(long perangkatDaerahId, int tahun) {
        return penerbitan.pembuat(JENIS_LKIP).kekurangan(new SubjekDokumen("pd:" + perangkatDaerahId, ""), tahun);
    }
}
