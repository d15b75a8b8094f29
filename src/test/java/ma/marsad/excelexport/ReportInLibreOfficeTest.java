package ma.marsad.excelexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

import ma.marsad.MarsadSpringTest;
import ma.marsad.base.Quarter;

/**
 * The report opens in LibreOffice Calc: converted to PDF headless, without error. Debian's
 * libreoffice-calc is installed by .ci/run; outside CI the test is skipped when it is missing.
 */
@MarsadSpringTest
class ReportInLibreOfficeTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @Autowired
    ReportService reports;
    @TempDir
    Path dir;

    @Test
    void theReportConvertsToPdfInLibreOffice() throws Exception {
        if (!Files.isExecutable(SOFFICE)) {
            String install = "LibreOffice is missing: apt-get install -y libreoffice-calc";
            if (System.getenv("CI") != null) {
                fail(install);
            }
            Assumptions.abort(install + " (skipped outside CI)");
        }
        Path report = dir.resolve("report.xlsx");
        try (OutputStream out = Files.newOutputStream(report)) {
            reports.write(ReportFormat.XLSX, new ReportFilter(Quarter.of("2024-Q4"), Quarter.of("2026-Q3"), Optional.empty(),
                    List.of()), "official", Locale.ENGLISH, out);
        }
        Process soffice = new ProcessBuilder(SOFFICE.toString(), "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), report.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile()).start();
        assertThat(soffice.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished within 3 minutes").isTrue();

        assertThat(soffice.exitValue()).as(Files.readString(dir.resolve("soffice.log"))).isZero();
        Path pdf = dir.resolve("report.pdf");
        assertThat(pdf).exists();
        String start = new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(start).isEqualTo("%PDF-");
        assertThat(Files.size(pdf)).isGreaterThan(20_000);
    }
}
