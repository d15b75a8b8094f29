package ma.marsad.excelexport;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.util.Random;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The plain way, for the benchmark: the Data sheet's rows (same shape and seed as the benchmark's figures)
 * written with a whole XSSFWorkbook in memory. Run in its own JVM, so that running out of memory ends
 * this process and not the benchmark. Prints "milliseconds peak-heap-MB".
 */
public final class PlainXssfExport {

    private PlainXssfExport() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[0]);
        Random random = new Random(20261123);
        long start = System.nanoTime();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Data");
            for (int r = 0; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("BENCH_" + r / 364);
                row.createCell(1).setCellValue("Indicator " + r / 364);
                row.createCell(2).setCellValue("units");
                row.createCell(3).setCellValue("2025-Q" + (1 + r % 4));
                row.createCell(4).setCellValue("SOUSS_MASSA");
                row.createCell(5).setCellValue("Souss-Massa");
                row.createCell(6).setCellValue(random.nextInt(5000));
                row.createCell(7).setCellValue(random.nextInt(10) == 0 ? "Comment " + random.nextInt(1000) : "");
                row.createCell(8).setCellValue("clerk");
                row.createCell(9).setCellValue("15/10/2026 10:00");
                row.createCell(10).setCellValue("MANUAL");
            }
            workbook.write(OutputStream.nullOutputStream());
        }
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).max().orElse(0);
        System.out.println((System.nanoTime() - start) / 1_000_000 + " " + peak / (1024 * 1024));
    }
}
