package id.pkd.portal.persetujuan;

import java.time.Instant;
import org.springframework.data.relational.core.mapping.Table;

/** The approval state of one agency's realisasi for one year, with the last reason given. */
@Table("persetujuan")
public record Persetujuan(
        long tenantId,
        long perangkatDaerahId,
        int tahun,
        StatusPersetujuan status,
        String alasan,
        String diubahOleh,
        Instant diubahPada) {}
