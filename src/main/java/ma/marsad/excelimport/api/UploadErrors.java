package ma.marsad.excelimport.api;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import ma.marsad.base.ApiError;
import ma.marsad.excelimport.ImportService;
import ma.marsad.excelimport.UnreadableWorkbookException;

/**
 * Upload failures that happen before a controller runs (the servlet refuses a file over the limit while
 * parsing the request), answered like every other refusal: a status and {"error": "..."}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadErrors {

    private final MessageSource messages;
    private final ImportService imports;

    UploadErrors(MessageSource messages, ImportService imports) {
        this.messages = messages;
        this.imports = imports;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ApiError> tooLarge(Locale locale) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(new ApiError(imports.refusal(UnreadableWorkbookException.Reason.TOO_LARGE, locale)));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ApiError> badUpload(Locale locale) {
        return error(HttpStatus.BAD_REQUEST, "import.refused.BAD_UPLOAD", locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ApiError> notMultipart(Locale locale) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "import.refused.BAD_UPLOAD", locale);
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, Locale locale, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(key, args, key, locale)));
    }
}
