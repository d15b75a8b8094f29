package ma.marsad.excelimport;

import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;

/** The name of the file each import came from: reports say which file each figure came from. */
@Service
public class ImportFileNames {

    private final ImportRecordRepository records;

    ImportFileNames(ImportRecordRepository records) {
        this.records = records;
    }

    /** The file name of every import, by import id. */
    public Map<Long, String> byImportId() {
        Map<Long, String> names = new HashMap<>();
        records.findAll().forEach(r -> names.put(r.getId(), r.toSummary().fileName()));
        return names;
    }
}
