package ma.marsad.excelimport.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Receives a dropped file into a temporary file, stopping once it passes the upload limit, and hands it to the
 * page in the UI; if the page has closed meanwhile, the file is deleted.
 */
record UploadReceiver(long limit, Receiver receiver) implements UploadHandler {

    interface Receiver {
        void received(Path file, String name);

        void tooLarge();
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Path received = Files.createTempFile("marsad-upload-", ".bin");
        boolean tooLarge = false;
        try (InputStream in = event.getInputStream(); OutputStream out = Files.newOutputStream(received)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) >= 0 && !tooLarge; ) {
                total += n;
                tooLarge = total > limit;
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(received);
            throw e;
        }
        if (tooLarge) {
            Files.deleteIfExists(received);
            access(event.getUI(), receiver::tooLarge, null);
            return;
        }
        String name = event.getFileName();
        access(event.getUI(), () -> receiver.received(received, name), received);
    }

    private static void access(UI ui, Runnable task, Path orphan) throws IOException {
        try {
            ui.access(task::run);
        } catch (UIDetachedException e) {
            if (orphan != null) {
                Files.deleteIfExists(orphan);
            }
        }
    }
}
