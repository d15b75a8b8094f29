package ma.marsad.backup.api;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import ma.marsad.backup.BackupOutcome;
import ma.marsad.backup.BackupService;
import ma.marsad.base.RequestRefusal;
import ma.marsad.base.security.Role;

/**
 * POST /api/admin/backup: a backup of the built-in database now. 200 with {"fileName", "sizeBytes",
 * "writtenAt"}; 409 with {"error"} when the database is not Marsad's to back up (PostgreSQL, memory);
 * 507 with {"error"} when it could not be written (disk full, folder read-only), nothing left behind; both in
 * the reader's language (base's ApiRefusals).
 */
@RestController
@RequestMapping("/api/admin")
@RolesAllowed(Role.ADMIN_ROLE)
class BackupApiController {

    private final BackupService backups;

    BackupApiController(BackupService backups) {
        this.backups = backups;
    }

    record BackupJson(String fileName, long sizeBytes, Instant writtenAt) {
    }

    @PostMapping("/backup")
    BackupJson backUp(Authentication user) {
        return switch (backups.backUp(user.getName())) {
            case BackupOutcome.Written w -> new BackupJson(w.file().fileName(), w.file().sizeBytes(), w.file().writtenAt());
            case BackupOutcome.Unavailable u -> throw new RequestRefusal(HttpStatus.CONFLICT, u.messageKey(), u.database());
            case BackupOutcome.Failed f -> throw new RequestRefusal(HttpStatus.INSUFFICIENT_STORAGE, "backup.failed",
                    f.folder(), f.cause());
        };
    }
}
