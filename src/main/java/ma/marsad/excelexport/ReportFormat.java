package ma.marsad.excelexport;

import ma.marsad.base.ContentTypes;

/** The two files a report comes as: the workbook, or its Data sheet as CSV. */
public enum ReportFormat {
    XLSX("xlsx", ContentTypes.XLSX),
    CSV("csv", ContentTypes.CSV);

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }
}
