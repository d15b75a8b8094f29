package ma.marsad.backup;

/** What asking for a backup did: a new file, nothing because this database is not Marsad's to back up, or a failure. */
public sealed interface BackupOutcome {

    /** The backup is complete, under its final name. */
    record Written(BackupFile file) implements BackupOutcome {
    }

    /** Nothing was tried: see {@link Availability} for why. {@code database} names the database product. */
    record Unavailable(Availability reason, String database) implements BackupOutcome {

        /** The message key that explains the reason; its argument is the database's name. */
        public String messageKey() {
            return "backup.unavailable." + reason.name();
        }
    }

    /**
     * The backup could not be written (disk full, folder read-only …); no file was left behind.
     *
     * @param folder the backup folder, as configured
     * @param cause  the system's own words for what went wrong (e.g. "No space left on device")
     */
    record Failed(String folder, String cause) implements BackupOutcome {
    }
}
