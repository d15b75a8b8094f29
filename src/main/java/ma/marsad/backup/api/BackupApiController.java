package ma.marsad.backup.api;

import java.time.Instant;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.backup.BackupOutcome;
import ma.marsad.backup.BackupService;
import ma.marsad.base.ApiError;
import ma.marsad.base.security.Role;

/**
 * POST /api/admin/backup: a backup of the built-in database now. 200 with {"fileName", "sizeBytes",
 * "writtenAt"}; 409 with {"error"} when the database is not Marsad's to back up (PostgreSQL, memory);
 * 507 with {"error"} when it could not be written (disk full, folder read-only), nothing left behind.
 */
@RestController
@RequestMapping("/api/admin")
@RolesAllowed(Role.ADMIN_ROLE)
class BackupApiController {

    private final BackupService backups;
    private final MessageSource messages;

    BackupApiController(BackupService backups, MessageSource messages) {
        this.backups = backups;
        this.messages = messages;
    }

    record BackupJson(String fileName, long sizeBytes, Instant writtenAt) {
    }

    @PostMapping("/backup")
    ResponseEntity<?> backUp(Authentication user, Locale locale) {
        return switch (backups.backUp(user.getName())) {
            case BackupOutcome.Written w -> ResponseEntity.ok(
                    new BackupJson(w.file().fileName(), w.file().sizeBytes(), w.file().writtenAt()));
            case BackupOutcome.Unavailable u -> error(HttpStatus.CONFLICT, u.messageKey(), locale, u.database());
            case BackupOutcome.Failed f -> error(HttpStatus.INSUFFICIENT_STORAGE, "backup.failed", locale,
                    f.folder(), f.cause());
        };
    }

    private ResponseEntity<ApiError> error(HttpStatus status, String key, Locale locale, Object... args) {
        return ResponseEntity.status(status).body(new ApiError(messages.getMessage(key, args, key, locale)));
    }
}
