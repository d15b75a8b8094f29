package ma.marsad.excelimport;

/** "figures-T3.xls" → "figures-T3-checked.xlsx": the annotated copy is always .xlsx. */
public final class AnnotatedFileName {

    private AnnotatedFileName() {
    }

    public static String of(String original) {
        // The clerk's name, cleaned as the import log shows it: it goes into a download's header.
        String base = original == null || original.isBlank() ? "figures" : ImportService.displayName(original);
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return base + "-checked.xlsx";
    }
}
