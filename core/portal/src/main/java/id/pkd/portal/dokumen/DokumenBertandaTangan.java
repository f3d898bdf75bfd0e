package id.pkd.portal.dokumen;

/** A signed PDF ready to download. */
record DokumenBertandaTangan(String namaBerkas, byte[] pdf) {}
