package ma.marsad;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.UUID;

/**
 * A folder that refuses writes for the length of a test, then is put back as it was. Read-only when that
 * stops this process; as root (how CI runs) permissions stop nothing, so the folder is moved aside and a
 * file takes its place: creating anything in it then fails as it does on a read-only or broken disk.
 */
public final class UnwritableFolder implements AutoCloseable {

    private final Path folder;
    private final Set<PosixFilePermission> permissions;
    private final Path aside;

    private UnwritableFolder(Path folder, Set<PosixFilePermission> permissions, Path aside) {
        this.folder = folder;
        this.permissions = permissions;
        this.aside = aside;
    }

    public static UnwritableFolder at(Path folder) throws IOException {
        Files.createDirectories(folder);
        Set<PosixFilePermission> before = Files.getPosixFilePermissions(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path probe = folder.resolve(".probe-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
        } catch (AccessDeniedException refused) {
            return new UnwritableFolder(folder, before, null);
        }
        Files.delete(probe);
        Files.setPosixFilePermissions(folder, before);
        Path aside = folder.resolveSibling(folder.getFileName() + ".aside-" + UUID.randomUUID());
        Files.move(folder, aside);
        Files.writeString(folder, "A file where the folder should be: nothing can be written in the folder.");
        return new UnwritableFolder(folder, before, aside);
    }

    /** How writes are stopped, for the test's report. */
    public String how() {
        return aside == null ? "the folder made read-only" : "the folder replaced by a file (running as root)";
    }

    @Override
    public void close() throws IOException {
        if (aside == null) {
            Files.setPosixFilePermissions(folder, permissions);
        } else {
            Files.delete(folder);
            Files.move(aside, folder);
        }
    }
}
