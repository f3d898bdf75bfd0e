package id.pkd.portal.penerbitan;

/**
 * One agency-year whose figures a document draws from. A document is issued only when every agency-year it covers
 * is Ditetapkan, so what is signed is what was approved.
 */
public record CakupanDokumen(long perangkatDaerahId, int tahun) {}
