package ma.marsad.base;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * Something Marsad refused to do, with what the reader is told and what HTTP calls it: a view shows the
 * texts, the API answers {@link #status()} with {@code {"error": "..."}} ({@code ApiRefusals}). A feature's
 * refusals extend this (or {@link Refusal}), so base answers them all without knowing any feature.
 */
public abstract class Refused extends RuntimeException {

    /** One sentence the reader reads: a key in the bundles and its arguments. */
    public record Text(String key, Object[] args) {

        public Text {
            args = args.clone();
        }

        @Override
        public Object[] args() {
            return args.clone();
        }
    }

    protected Refused(String message) {
        super(message);
    }

    /** What the reader is told, one sentence each, in order. */
    public abstract List<Text> texts();

    /** The status the API answers with. */
    public abstract HttpStatus status();
}
