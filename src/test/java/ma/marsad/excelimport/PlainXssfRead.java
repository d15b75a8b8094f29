package ma.marsad.excelimport;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plain way to read a clerk's file, for the import benchmark: the whole workbook in memory with
 * XSSFWorkbook, every cell visited. Run in its own JVM so that running out of memory ends this process,
 * not the benchmark. Prints "milliseconds cells peak-heap-MB".
 */
public final class PlainXssfRead {

    private PlainXssfRead() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        long cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new File(args[0]))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.toString() != null) {
                            cells++;
                        }
                    }
                }
            }
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
        System.out.println((System.nanoTime() - start) / 1_000_000 + " " + cells + " " + peak / (1024 * 1024));
    }
}
