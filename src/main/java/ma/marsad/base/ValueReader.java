package ma.marsad.base;

import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * How the API reads one kind of value from a request's text, and what it answers when the text names
 * none. Declared as a bean, it is one of Spring MVC's converters, so controllers take typed parameters
 * ({@code @RequestParam Optional<Quarter> from}); a text it cannot read is refused by {@code ApiRefusals}
 * with {@link #refusal}. A field of a JSON body is read the same way with {@link #read(String, String)}.
 *
 * @param <T> the type read
 */
public final class ValueReader<T> implements GenericConverter {

    private final Class<T> type;
    private final Function<String, Optional<T>> reading;
    private final BiFunction<String, String, Refused> refusing;

    private ValueReader(Class<T> type, Function<String, Optional<T>> reading,
                        BiFunction<String, String, Refused> refusing) {
        this.type = type;
        this.reading = reading;
        this.refusing = refusing;
    }

    /**
     * @param reading  the value a stripped, non-blank text names, or empty
     * @param refusing the refusal of a text that names none, given the parameter's name and the text as sent
     */
    public static <T> ValueReader<T> of(Class<T> type, Function<String, Optional<T>> reading,
                                        BiFunction<String, String, Refused> refusing) {
        return new ValueReader<>(type, reading, refusing);
    }

    public Class<T> type() {
        return type;
    }

    /** The value {@code text} names; empty when it is null or blank. */
    public Optional<T> read(String text) {
        return text == null || text.isBlank() ? Optional.empty() : reading.apply(text.strip());
    }

    /**
     * The value of a field that must be there, as a body's field is read.
     *
     * @throws Refused the same refusal a request parameter of that name gets
     */
    public T read(String name, String text) {
        return read(text).orElseThrow(() -> refusal(name, String.valueOf(text)));
    }

    /** The refusal of a parameter or field {@code name} sent as {@code text}. */
    public Refused refusal(String name, String text) {
        return refusing.apply(name, text);
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        return Set.of(new ConvertiblePair(String.class, type));
    }

    /** Null for a blank text (the parameter is absent); an error Spring reports as a type mismatch otherwise. */
    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        String text = (String) source;
        if (text == null || text.isBlank()) {
            return null;
        }
        return read(text).orElseThrow(() -> new IllegalArgumentException("Not a " + type.getSimpleName() + ": " + text));
    }
}
