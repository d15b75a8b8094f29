package ma.marsad;

import static org.assertj.core.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.zip.GZIPInputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.Assumptions;

/**
 * axe-core, the accessibility rules engine, for the browser tests only: never part of the application.
 * The npm package is fetched once from the registry into ~/.cache/marsad/, checked against the sha512 the
 * registry publishes for this version (pinned here, so a changed file fails), and its axe.min.js read out.
 * Without network the tests that need it fail in CI and are skipped elsewhere, saying why.
 */
final class AxeCore {

    static final String VERSION = "4.14.1";
    private static final String TARBALL = "https://registry.npmjs.org/axe-core/-/axe-core-" + VERSION + ".tgz";
    /** {@code dist.integrity} of axe-core 4.14.1 in https://registry.npmjs.org/axe-core. */
    private static final String INTEGRITY =
            "sha512-FHfa+lmNjQZfJz1q8wKqIDwC6DExcHt/pkjNQb09a3NPjCKg2rhu5qb2S4r76ASyFNNtuFooJpZe37OgudVGtQ==";
    private static final Path CACHE = Path.of(System.getProperty("user.home"), ".cache", "marsad",
            "axe-core-" + VERSION + ".tgz");

    private static String script;

    private AxeCore() {
    }

    /** The text of axe.min.js, downloaded and verified on first use. */
    static synchronized String script() {
        if (script == null) {
            script = extract(tarball());
        }
        return script;
    }

    private static byte[] tarball() {
        try {
            if (Files.isRegularFile(CACHE)) {
                byte[] cached = Files.readAllBytes(CACHE);
                if (integrity(cached).equals(INTEGRITY)) {
                    return cached;
                }
            }
            byte[] downloaded = download();
            String actual = integrity(downloaded);
            if (!actual.equals(INTEGRITY)) {
                fail("axe-core " + VERSION + " from " + TARBALL + " has integrity " + actual + ", expected " + INTEGRITY);
            }
            Files.createDirectories(CACHE.getParent());
            Path partial = Files.createTempFile(CACHE.getParent(), "axe-core", ".part");
            Files.write(partial, downloaded);
            Files.move(partial, CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return downloaded;
        } catch (IOException e) {
            return unreachable(e);
        }
    }

    private static byte[] download() throws IOException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(15))
                .followRedirects(HttpClient.Redirect.NORMAL).build()) {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(TARBALL))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IOException(TARBALL + " answered HTTP " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while downloading " + TARBALL, e);
        }
    }

    private static byte[] unreachable(IOException e) {
        String reason = "axe-core " + VERSION + " could not be fetched from the npm registry (" + e + ")";
        if (System.getenv("CI") != null) {
            fail(reason);
        }
        Assumptions.abort(reason + ": the accessibility checks are skipped outside CI");
        throw new AssertionError("unreachable");
    }

    static String integrity(byte[] bytes) {
        try {
            return "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String extract(byte[] tgz) {
        try (InputStream gz = new GZIPInputStream(new java.io.ByteArrayInputStream(tgz));
             TarArchiveInputStream tar = new TarArchiveInputStream(gz)) {
            for (TarArchiveEntry entry; (entry = tar.getNextEntry()) != null; ) {
                if (entry.getName().equals("package/axe.min.js")) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    tar.transferTo(out);
                    return out.toString(StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("axe-core's verified tarball cannot be read", e);
        }
        throw new IllegalStateException("axe-core " + VERSION + " has no package/axe.min.js");
    }
}
