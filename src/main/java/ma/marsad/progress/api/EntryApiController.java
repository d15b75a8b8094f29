package ma.marsad.progress.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.ApiError;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.security.Role;
import ma.marsad.indicator.IndicatorDetails;
import ma.marsad.indicator.IndicatorService;
import ma.marsad.progress.EntryService;

/**
 * The stored figures one by one, with their review status and history, for every role: clerks check what
 * they sent, managers what they approve, officials and administrators where a number came from.
 * GET /api/indicators/{code}/entries?from=&to=&region= and GET /api/entries/{id}/history.
 */
@RestController
@RequestMapping("/api")
@RolesAllowed({Role.MANAGER_ROLE, Role.OFFICIAL_ROLE, Role.ADMIN_ROLE, Role.CLERK_ROLE})
class EntryApiController {

    /** The API answers in English, whatever language the caller's machine has. */
    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final EntryService entries;
    private final IndicatorService indicators;
    private final MessageSource messages;

    EntryApiController(EntryService entries, IndicatorService indicators, MessageSource messages) {
        this.entries = entries;
        this.indicators = indicators;
        this.messages = messages;
    }

    /** An indicator's figures, newest quarter first; from and to (quarters such as 2026-Q1) default to all. */
    @GetMapping("/indicators/{code}/entries")
    ResponseEntity<?> entries(@PathVariable String code, @RequestParam(required = false) String from,
                              @RequestParam(required = false) String to,
                              @RequestParam(required = false) String region) {
        Optional<IndicatorDetails> indicator = indicators.findByCode(code.strip().toUpperCase(Locale.ROOT));
        if (indicator.isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "api.error.indicator", code);
        }
        Optional<Quarter> first = quarter(from, Quarter.of("1900-Q1"));
        if (first.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "api.error.quarter", "from", from);
        }
        Optional<Quarter> last = quarter(to, Quarter.of("9999-Q4"));
        if (last.isEmpty()) {
            return error(HttpStatus.BAD_REQUEST, "api.error.quarter", "to", to);
        }
        Optional<Region> chosen = Optional.empty();
        if (region != null && !region.isBlank()) {
            chosen = Arrays.stream(Region.values()).filter(r -> r.name().equalsIgnoreCase(region.strip())).findFirst();
            if (chosen.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, "api.error.region", region);
            }
        }
        return ResponseEntity.ok(entries.find(Optional.of(indicator.get().id()), first.get(), last.get(), chosen)
                .stream().map(EntryJson::of).toList());
    }

    /** Every change of one figure, oldest first. */
    @GetMapping("/entries/{id}/history")
    ResponseEntity<?> history(@PathVariable String id) {
        // Read as text so that /api/entries/abc/history gets the same JSON 404 as an id that does not exist.
        Long number = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (number == null || entries.find(number).isEmpty()) {
            return error(HttpStatus.NOT_FOUND, "workflow.refused.NOT_FOUND", id);
        }
        return ResponseEntity.ok(entries.history(number).stream().map(HistoryJson::of).toList());
    }

    private static Optional<Quarter> quarter(String text, Quarter fallback) {
        return text == null || text.isBlank() ? Optional.of(fallback)
                : Quarter.parse(text.strip().toUpperCase(Locale.ROOT));
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(key, args, key, LANGUAGE)));
    }
}
