package ma.marsad.excelimport;

/** "figures-T3.xls" → "figures-T3-checked.xlsx": the annotated copy is always .xlsx. */
public final class AnnotatedFileName {

    private AnnotatedFileName() {
    }

    public static String of(String original) {
        String base = original == null || original.isBlank() ? "figures" : original.strip();
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        return base + "-checked.xlsx";
    }
}
