package ma.marsad.excelimport;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The uploaded file could not be copied into the imports folder (disk full, folder read-only): the import
 * stops before storing anything, since every stored figure must be traceable to its file.
 */
public class FileNotKeptException extends IOException {

    public FileNotKeptException(Path storageDir, IOException cause) {
        super("Could not keep the uploaded file in " + storageDir + ": " + cause, cause);
    }
}
