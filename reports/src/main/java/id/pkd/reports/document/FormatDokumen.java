package id.pkd.reports.document;

/** The export formats of one filled document. */
public enum FormatDokumen {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mime;
    private final String ekstensi;

    FormatDokumen(String mime, String ekstensi) {
        this.mime = mime;
        this.ekstensi = ekstensi;
    }

    public String mime() {
        return mime;
    }

    public String ekstensi() {
        return ekstensi;
    }
}
