package ma.marsad.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.MarsadBrowserlessTest;
import ma.marsad.UnwritableFolder;
import ma.marsad.backup.BackupFile;
import ma.marsad.backup.BackupProperties;
import ma.marsad.backup.BackupService;
import ma.marsad.backup.TestClock;
import ma.marsad.progress.LargeImport;

class BackupsViewTest extends MarsadBrowserlessTest {

    @Autowired
    AuthenticationContext authentication;
    @TempDir
    Path dir;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void onTheInMemoryTestDatabaseTheAdministratorReadsWhyThereIsNoBackup() {
        navigate(BackupsView.class);

        assertThat($(Button.class).id("backup-now").isEnabled()).isFalse();
        Paragraph status = $(Paragraph.class).id("backup-status");
        assertThat(status.getText()).isEqualTo("This H2 database is not a file Marsad owns (it lives in memory, or on a"
                + " separate H2 server): there is nothing here to back up.");
        assertThat($(Paragraph.class).id("backup-none").getText()).isEqualTo("No backup yet.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void onAFileDatabaseTheButtonWritesABackupThatTheListShows() {
        BackupsView view = viewOn(dir.resolve("backups"));

        test($(Button.class, view).id("backup-now")).click();

        BackupFile written = backupsIn(dir.resolve("backups")).list().getFirst();
        assertThat($(Paragraph.class, view).id("backup-status").getText())
                .isEqualTo("Backup marsad-20261123-100000.zip written (" + kilobytes(written) + " KB).");
        @SuppressWarnings("unchecked")
        Grid<BackupFile> grid = $(Grid.class, view).id("backup-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("marsad-20261123-100000.zip");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("11/23/26, 10:00\u202fAM");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo(kilobytes(written) + " KB");
        assertThat($(Paragraph.class, view).all()).extracting(Paragraph::getText).doesNotContain("No backup yet.");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void aBackupThatCannotBeWrittenIsExplainedAsAnAlert() throws IOException {
        Path folder = dir.resolve("backups");
        BackupsView view = viewOn(folder);

        try (UnwritableFolder blocked = UnwritableFolder.at(folder)) {
            test($(Button.class, view).id("backup-now")).click();
        }

        Paragraph status = $(Paragraph.class, view).id("backup-status");
        assertThat(status.getText()).startsWith("The backup could not be written in " + folder + ": ")
                .endsWith(". No file was kept and the earlier backups are untouched. Check the free disk space and"
                        + " that the folder can be written.");
        assertThat(status.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(backupsIn(folder).list()).isEmpty();
    }

    @Test
    @WithMockUser(username = "clerk", roles = "CLERK")
    void aClerkCannotOpenTheBackups() {
        navigate("admin/backups", Component.class);
        assertThat(getCurrentView()).isNotInstanceOf(BackupsView.class);
    }

    /** The page over a file database of its own (the shared test database is in memory). */
    private BackupsView viewOn(Path folder) {
        BackupsView view = new BackupsView(backupsIn(folder), authentication);
        UI.getCurrent().add(view);
        return view;
    }

    private BackupService backupsIn(Path folder) {
        DataSource database = LargeImport.dataSource(LargeImport.applicationUrl(dir.resolve("db").resolve("marsad")));
        LargeImport.migrate(database);
        return new BackupService(database, new BackupProperties(folder, 14, "-"), new TestClock());
    }

    private static String kilobytes(BackupFile file) {
        return new java.text.DecimalFormat("#,##0.#", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ENGLISH))
                .format(file.sizeBytes() / 1024.0);
    }
}
