package ma.marsad.base;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every refusal of every endpoint, answered the same way: a status and {@code {"error": "..."}}. A
 * feature's {@link Refused} carries its status and texts; a parameter its {@link ValueReader} cannot read
 * is refused as that reader says (another type: {@code api.error.parameter}); a body that is not JSON gets
 * {@code api.error.body}. Texts are in the reader's language, or English on an {@link AnswersInEnglish}
 * controller; moments, dates and quarters in ISO-8601 ({@link Refusal#apiArgs}).
 */
@RestControllerAdvice
class ApiRefusals {

    private final MessageSource messages;
    private final List<ValueReader<?>> readers;

    ApiRefusals(MessageSource messages, List<ValueReader<?>> readers) {
        this.messages = messages;
        this.readers = readers;
    }

    @ExceptionHandler(Refused.class)
    ResponseEntity<ApiError> refused(Refused refusal, HttpServletRequest request, Locale locale) {
        Locale language = language(request, locale);
        String text = refusal.texts().stream().map(t -> messages.getMessage(t.key(), Refusal.apiArgs(t.args()),
                t.key(), language)).collect(Collectors.joining(" "));
        return ResponseEntity.status(refusal.status()).body(new ApiError(text));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ApiError> unreadable(MethodArgumentTypeMismatchException e, HttpServletRequest request,
                                        Locale locale) {
        Class<?> type = e.getParameter().nestedIfOptional().getNestedParameterType();
        return refused(unreadable(e.getName(), type, e.getValue()), request, locale);
    }

    /** A field of a bound record ({@code @ModelAttribute}) that could not be read. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ApiError> unbound(BindException e, HttpServletRequest request, Locale locale) {
        FieldError field = e.getFieldError();
        Refused refusal = field == null ? new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.body")
                : unreadable(field.getField(), e.getFieldType(field.getField()), field.getRejectedValue());
        return refused(refusal, request, locale);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadableBody(HttpServletRequest request, Locale locale) {
        return refused(new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.body"), request, locale);
    }

    @ExceptionHandler(UnknownLanguageException.class)
    ResponseEntity<ApiError> unknownLanguage(UnknownLanguageException e, HttpServletRequest request, Locale locale) {
        return refused(new RequestRefusal(HttpStatus.BAD_REQUEST, UnknownLanguageException.MESSAGE_KEY, e.lang()),
                request, locale);
    }

    private Refused unreadable(String name, Class<?> type, Object value) {
        String text = String.valueOf(value);
        return readers.stream().filter(r -> r.type().equals(type)).findFirst()
                .map(r -> r.refusal(name, text))
                .orElseGet(() -> new RequestRefusal(HttpStatus.BAD_REQUEST, "api.error.parameter", name, text));
    }

    private static Locale language(HttpServletRequest request, Locale readers) {
        Object handler = request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE);
        return handler instanceof HandlerMethod method && method.getBeanType().isAnnotationPresent(AnswersInEnglish.class)
                ? Locale.ENGLISH : readers;
    }
}
