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

    /** args: the file, and how many timed runs follow one warm-up (default: one cold run). */
    public static void main(String[] args) throws Exception {
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        long cells = 0;
        if (repeats > 0) {
            read(args[0]);
        }
        long[] times = new long[Math.max(1, repeats)];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            cells = read(args[0]);
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(times);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
        System.out.println(times[times.length / 2] + " " + cells + " " + peak / (1024 * 1024));
    }

    private static long read(String file) throws Exception {
        long cells = 0;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new File(file))) {
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
        return cells;
    }
}
