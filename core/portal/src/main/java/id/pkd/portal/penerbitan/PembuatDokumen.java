package id.pkd.portal.penerbitan;

import id.pkd.reports.document.FormatDokumen;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A kind of formal document the portal can issue (LKIP, RKPD chapter, Perjanjian Kinerja...).
 * Implemented by the documents feature; the issuing feature lists the beans, renders, checks,
 * signs and registers. All methods work on the current tenant's stored data.
 */
public interface PembuatDokumen {

    /** Stable type code stored in the registry, e.g. {@code LKIP}, {@code RKPD}, {@code PK}. */
    String jenis();

    /** Name shown to users, e.g. "Laporan Kinerja Instansi Pemerintah (LKIP)". */
    String nama();

    /** What this document can be made for in the year: an agency, an official, an urusan. */
    List<SubjekDokumen> subjek(int tahun);

    /** What is missing before issuing, in Bahasa Indonesia; empty when the document is complete. */
    List<String> kekurangan(SubjekDokumen subjek, int tahun);

    /** Renders from stored data, dated today in the region's zone. */
    default DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf) {
        return buat(subjek, tahun, draf, null);
    }

    /**
     * Renders from stored data. A draft is marked DRAFT on every page and is never signed.
     *
     * @param tanggal the date the document carries in its place-and-date line, checked by {@link TanggalDokumen};
     *     {@code null} for today in the region's zone
     */
    DokumenSiapTerbit buat(SubjekDokumen subjek, int tahun, boolean draf, LocalDate tanggal);

    /** The formats a draft of this document comes in; a document without editable exports has its PDF only. */
    default Set<FormatDokumen> formatDraf() {
        return Set.of(FormatDokumen.PDF);
    }

    /**
     * A draft (marked DRAFT, never signed) in one of {@link #formatDraf()}: the PDF, or a DOCX / XLSX to edit.
     *
     * @param tanggal as for {@link #buat(SubjekDokumen, int, boolean, LocalDate)}
     * @throws IllegalArgumentException for a format not in {@link #formatDraf()}
     */
    default byte[] draf(SubjekDokumen subjek, int tahun, FormatDokumen format, LocalDate tanggal) {
        if (format != FormatDokumen.PDF) {
            throw new IllegalArgumentException("Draf " + jenis() + " hanya tersedia sebagai PDF.");
        }
        return buat(subjek, tahun, true, tanggal).pdf();
    }

    /**
     * The agency-years this document draws its figures from; issuing waits until each is Ditetapkan. A subject
     * {@code pd:<id>} covers that agency in the year; a document about anything else must say what it covers, so
     * an unknown subject covers nothing issuable rather than nothing at all.
     */
    default List<CakupanDokumen> cakupan(SubjekDokumen subjek, int tahun) {
        String kode = subjek.kode();
        if (kode.startsWith("pd:")) {
            try {
                return List.of(new CakupanDokumen(Long.parseLong(kode.substring(3)), tahun));
            } catch (NumberFormatException e) {
                // falls through to the refusal below
            }
        }
        throw new PenerbitanDitolakException(
                "Dokumen ini belum menyebut data perangkat daerah mana yang dimuatnya, sehingga belum dapat diterbitkan.");
    }
}
