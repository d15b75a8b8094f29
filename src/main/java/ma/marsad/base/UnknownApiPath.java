package ma.marsad.base;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.security.Role;

/**
 * A path under /api/ that no endpoint serves gets 404 with the API's JSON, not the UI's start page (the UI
 * answers every path it does not know). The most general mapping, so every real endpoint comes first.
 */
@RestController
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
class UnknownApiPath {

    private final MessageSource messages;

    UnknownApiPath(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/api/**")
    ResponseEntity<ApiError> notFound(Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(new ApiError(messages.getMessage("api.not-found", null, locale)));
    }
}
