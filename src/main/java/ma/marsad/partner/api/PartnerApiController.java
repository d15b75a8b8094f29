package ma.marsad.partner.api;

import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ApiError;
import ma.marsad.base.security.Role;
import ma.marsad.partner.PartnerDetails;
import ma.marsad.partner.PartnerService;

/**
 * The register of partners for everyone who signs in: GET /api/partners (each partner with its agreements and
 * their commitments) and GET /api/partners/{id}.
 */
@RestController
@RequestMapping("/api/partners")
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.CLERK_ROLE, Role.ADMIN_ROLE})
class PartnerApiController {

    private final PartnerService partners;
    private final MessageSource messages;

    PartnerApiController(PartnerService partners, MessageSource messages) {
        this.partners = partners;
        this.messages = messages;
    }

    @GetMapping
    Object all() {
        return partners.partners().stream().map(PartnerJson::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<?> one(@PathVariable String id) {
        // Read as text so that /api/partners/abc gets the same JSON 404 as a number that does not exist.
        Optional<PartnerDetails> partner = id.matches("\\d{1,18}") ? partners.partner(Long.parseLong(id))
                : Optional.empty();
        if (partner.isEmpty()) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError(messages.getMessage(
                    "partners.api.partner-not-found", new Object[] {id}, Locale.ENGLISH)));
        }
        return ResponseEntity.ok(PartnerJson.of(partner.get()));
    }
}
