package id.pkd.portal.pengukuran;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;

/** One frozen version of an agency-year's measured figures, as stored. */
@Table("pengukuran_beku")
record PengukuranBeku(
        @Id Long id,
        long tenantId,
        long perangkatDaerahId,
        int tahun,
        int versi,
        String isi,
        String aturan,
        String sha256,
        String alasan,
        String dibuatOleh,
        Instant dibuatPada,
        boolean aktif,
        boolean aturanTetap,
        String alasanDilepas,
        String dilepasOleh,
        Instant dilepasPada) {}
