package ma.marsad.partner;

import java.nio.file.Path;

/** A kept evidence file, to send to a reader: where it is, the name it came with, its type as read from it. */
public record EvidenceFile(Path path, String name, String contentType) {
}
