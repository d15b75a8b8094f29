package ma.marsad.excelimport;

/**
 * What a parser made of one cell: a value, or the bundle key and arguments of a message saying why not.
 */
record CellReading<T>(T value, String errorKey, Object[] errorArgs) {

    static <T> CellReading<T> of(T value) {
        return new CellReading<>(value, null, null);
    }

    static <T> CellReading<T> error(String key, Object... args) {
        return new CellReading<>(null, key, args);
    }

    boolean ok() {
        return errorKey == null;
    }
}
