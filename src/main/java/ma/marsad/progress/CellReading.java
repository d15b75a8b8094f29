package ma.marsad.progress;

/**
 * What a parser made of one cell: a value, or the bundle key and arguments of a message saying why not.
 */
public record CellReading<T>(T value, String errorKey, Object[] errorArgs) {

    public static <T> CellReading<T> of(T value) {
        return new CellReading<>(value, null, null);
    }

    public static <T> CellReading<T> error(String key, Object... args) {
        return new CellReading<>(null, key, args);
    }

    public boolean ok() {
        return errorKey == null;
    }
}
