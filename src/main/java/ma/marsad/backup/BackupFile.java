package ma.marsad.backup;

import java.time.Instant;

/** One backup in the backup folder: its file name, its size in bytes and when it was written. */
public record BackupFile(String fileName, long sizeBytes, Instant writtenAt) {
}
