package ma.marsad.partner;

import java.nio.file.Path;

/** An evidence file once kept: where the server put it, the name it came with (for display only), its type. */
record KeptFile(Path path, String displayName, String contentType, long size, String sha256) {
}
