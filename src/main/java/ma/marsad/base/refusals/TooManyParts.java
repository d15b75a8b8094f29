package ma.marsad.base.refusals;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A multipart request with more parts than Tomcat allows (server.tomcat.max-part-count) was answered 413 "The file
 * is larger than the 10 MB limit", since Spring reports every parsing limit as a size. It is answered for what it
 * is, before the upload's own handlers see it: 413 with {"error": "... more than N parts ..."}.
 */
@Component
class TooManyParts implements HandlerExceptionResolver, Ordered {

    private final MessageSource messages;
    private final int maxParts;

    TooManyParts(MessageSource messages, @Value("${server.tomcat.max-part-count:50}") int maxParts) {
        this.messages = messages;
        this.maxParts = maxParts;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception exception) {
        if (!(exception instanceof MultipartException) || !tooManyParts(exception) || response.isCommitted()) {
            return null;
        }
        String message = messages.getMessage("upload.refused.too-many-parts", new Object[] {maxParts},
                RequestContextUtils.getLocale(request));
        try {
            Json.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, message);
        } catch (IOException clientGone) {
            return new ModelAndView();
        }
        return new ModelAndView();
    }

    /** Tomcat's own exception for it (FileCountLimitExceededException) is somewhere in the chain. */
    private static boolean tooManyParts(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("FileCountLimitExceededException")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        // Before the @ExceptionHandler methods, after Spring Boot's DefaultErrorAttributes (which only takes note).
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
