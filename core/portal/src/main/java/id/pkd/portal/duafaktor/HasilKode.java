package id.pkd.portal.duafaktor;

/** The answer to a code typed at sign-in: accepted or not, and what to tell the user. */
public record HasilKode(boolean diterima, String pesan) {}
