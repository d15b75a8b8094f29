package ma.marsad.admin.ui;

import java.text.NumberFormat;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;

import ma.marsad.backup.Availability;
import ma.marsad.backup.BackupFile;
import ma.marsad.backup.BackupOutcome;
import ma.marsad.backup.BackupService;
import ma.marsad.base.security.Role;

/**
 * The database's backups: the ones kept, newest first, and a button for one now. On a database Marsad does
 * not back up (PostgreSQL, memory) the page says why and the button stays off.
 */
@Route("admin/backups")
@Menu(title = "menu.admin.backups", order = 23)
@RolesAllowed(Role.ADMIN_ROLE)
class BackupsView extends Main implements HasDynamicTitle {

    private final BackupService backups;
    private final String admin;
    private final Paragraph status = new Paragraph();
    private final Grid<BackupFile> grid = new Grid<>();
    private final Paragraph none = new Paragraph();

    BackupsView(BackupService backups, AuthenticationContext authentication) {
        this.backups = backups;
        this.admin = authentication.getPrincipalName().orElse("?");
        addClassName("admin-page");
        add(new H1(getTranslation("admin.backups.title")));
        add(new Paragraph(getTranslation("admin.backups.intro", backups.folder().toString(), backups.keep(),
                backups.schedule())));

        Button now = new Button(getTranslation("admin.backups.now"), e -> backUp());
        now.setId("backup-now");
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("backup-status");
        status.setVisible(false);
        if (backups.availability() != Availability.AVAILABLE) {
            now.setEnabled(false);
            BackupOutcome.Unavailable reason = new BackupOutcome.Unavailable(backups.availability(),
                    backups.databaseName());
            show(getTranslation(reason.messageKey(), reason.database()), false);
        }
        add(now, status);

        var when = AdminFormats.dateTime(getLocale());
        grid.setId("backup-grid");
        grid.addColumn(BackupFile::fileName).setHeader(getTranslation("admin.backups.file")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> when.format(f.writtenAt())).setHeader(getTranslation("admin.backups.written-at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(f -> size(f.sizeBytes())).setHeader(getTranslation("admin.backups.size")).setAutoWidth(true)
                .setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        none.setId("backup-none");
        none.setText(getTranslation("admin.backups.none"));
        add(grid, none);
        refresh();
    }

    private void backUp() {
        switch (backups.backUp(admin)) {
            case BackupOutcome.Written w -> show(getTranslation("admin.backups.written", w.file().fileName(),
                    size(w.file().sizeBytes())), false);
            case BackupOutcome.Unavailable u -> show(getTranslation(u.messageKey(), u.database()), true);
            case BackupOutcome.Failed f -> show(getTranslation("backup.failed", f.folder(), f.cause()), true);
        }
        refresh();
    }

    private void show(String message, boolean failure) {
        status.setText(message);
        status.setVisible(true);
        status.getElement().setAttribute("role", failure ? "alert" : "status");
        status.getElement().getClassList().set("admin-warning", failure);
    }

    private void refresh() {
        var all = backups.list();
        grid.setItems(all);
        grid.setVisible(!all.isEmpty());
        none.setVisible(all.isEmpty());
    }

    /** 61.2 KB, 3.4 MB: in the reader's number format. */
    private String size(long bytes) {
        NumberFormat number = NumberFormat.getNumberInstance(getLocale());
        number.setMaximumFractionDigits(1);
        return bytes >= 1024 * 1024 ? getTranslation("admin.backups.megabytes", number.format(bytes / 1048576.0))
                : getTranslation("admin.backups.kilobytes", number.format(Math.max(0.1, bytes / 1024.0)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.backups.page-title");
    }
}
