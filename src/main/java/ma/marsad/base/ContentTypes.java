package ma.marsad.base;

/** The media types of the files Marsad sends. */
public final class ContentTypes {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv;charset=UTF-8";

    private ContentTypes() {
    }
}
