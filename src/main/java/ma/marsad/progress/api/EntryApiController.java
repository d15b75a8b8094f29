package ma.marsad.progress.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.base.AnswersInEnglish;
import ma.marsad.base.Quarter;
import ma.marsad.base.Region;
import ma.marsad.base.RequestRefusal;
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
@AnswersInEnglish
class EntryApiController {

    private final EntryService entries;
    private final IndicatorService indicators;

    EntryApiController(EntryService entries, IndicatorService indicators) {
        this.entries = entries;
        this.indicators = indicators;
    }

    /** An indicator's figures, newest quarter first; from and to (quarters such as 2026-Q1) default to all. */
    @GetMapping("/indicators/{code}/entries")
    List<EntryJson> entries(@PathVariable String code, @RequestParam Optional<Quarter> from,
                            @RequestParam Optional<Quarter> to, @RequestParam Optional<Region> region) {
        IndicatorDetails indicator = indicators.findByCode(code.strip().toUpperCase(Locale.ROOT)).orElseThrow(
                () -> new RequestRefusal(HttpStatus.NOT_FOUND, "api.error.indicator", code));
        return entries.find(Optional.of(indicator.id()), from.orElse(Quarter.of("1900-Q1")),
                to.orElse(Quarter.of("9999-Q4")), region).stream().map(EntryJson::of).toList();
    }

    /** Every change of one figure, oldest first. */
    @GetMapping("/entries/{id}/history")
    List<HistoryJson> history(@PathVariable String id) {
        // Read as text so that /api/entries/abc/history gets the same JSON 404 as an id that does not exist.
        Long number = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
        if (number == null || entries.find(number).isEmpty()) {
            throw new RequestRefusal(HttpStatus.NOT_FOUND, "workflow.refused.NOT_FOUND", id);
        }
        return entries.history(number).stream().map(HistoryJson::of).toList();
    }
}
