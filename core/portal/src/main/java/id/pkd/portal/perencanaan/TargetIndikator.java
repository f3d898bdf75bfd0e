package id.pkd.portal.perencanaan;

import java.math.BigDecimal;

/** The Renstra target of an indicator for one year. */
public record TargetIndikator(long indikatorId, int tahun, BigDecimal nilai) {}
