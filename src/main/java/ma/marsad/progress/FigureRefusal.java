package ma.marsad.progress;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;

import ma.marsad.base.Messages;
import ma.marsad.base.Refused;

/**
 * A figure the server refused because it breaks one of the figure rules ({@link FigureCheck}), whatever
 * path it came by: typed, corrected, restored. Carries each problem as a bundle key and arguments, so that
 * the reader sees the same sentence the import would write for the same cell. Nothing was stored. Over
 * the API: 400 with every problem's sentence.
 */
public class FigureRefusal extends Refused {

    private final List<FigureCheck.Problem> problems;

    public FigureRefusal(List<FigureCheck.Problem> problems) {
        super(problems.stream().map(FigureCheck.Problem::key).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public List<FigureCheck.Problem> problems() {
        return problems;
    }

    @Override
    public List<Text> texts() {
        return problems.stream().map(p -> new Text(p.key(), p.args())).toList();
    }

    @Override
    public HttpStatus status() {
        return HttpStatus.BAD_REQUEST;
    }

    /** The problems as the reader reads them, in their language, one sentence each. */
    public List<FigureCheck.FieldError> errors(MessageSource messages, Locale locale) {
        Messages texts = Messages.of(messages, locale);
        return problems.stream().map(p -> new FigureCheck.FieldError(p.field(), texts.text(p.key(), p.args())))
                .toList();
    }

    /** All the problems in one text, for the API. */
    public String message(MessageSource messages, Locale locale) {
        return errors(messages, locale).stream().map(FigureCheck.FieldError::message)
                .collect(Collectors.joining(" "));
    }
}
