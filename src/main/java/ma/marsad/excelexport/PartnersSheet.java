package ma.marsad.excelexport;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

import ma.marsad.partner.CommitmentDetails;
import ma.marsad.partner.CommitmentProgress;
import ma.marsad.partner.Relation;

/**
 * Partners: one row per commitment (issue 23) with its partner, agreement, pillar, the indicator it feeds and
 * how, what is promised and by when, where it stands, its last evidence and next review. Every text goes through
 * the injection guard: names and quotes come from a seed file an administrator may edit.
 */
final class PartnersSheet {

    enum Column {
        PARTNER("report.file.partners.partner", 16, false), AGREEMENT("report.file.partners.agreement", 30, false),
        PILLAR("report.file.partners.pillar", 24, false), COMMITMENT("report.file.partners.commitment", 40, false),
        INDICATOR("report.file.col.indicator", 25, false), RELATION("report.file.partners.relation", 14, false),
        QUANTITY("report.file.partners.quantity", 11, true), UNIT("report.file.col.unit", 16, false),
        DEADLINE("report.file.partners.deadline", 12, true), PROGRESS("report.file.partners.progress", 24, false),
        COMPLETION("report.file.partners.completion", 14, false),
        CONFIDENCE("report.file.partners.confidence", 14, false),
        LAST_EVIDENCE("report.file.partners.last-evidence", 12, true),
        NEXT_REVIEW("report.file.partners.next-review", 12, true);

        final String header;
        final int width;
        final boolean numeric;

        Column(String header, int width, boolean numeric) {
            this.header = header;
            this.width = width;
            this.numeric = numeric;
        }
    }

    private static final Column[] COLUMNS = Column.values();

    private PartnersSheet() {
    }

    /** @return the number of commitments written */
    static int write(Sheet sheet, ReportContent content, ReportTexts texts, ReportStyles styles) {
        Row header = sheet.createRow(0);
        int[] widths = new int[COLUMNS.length];
        for (Column column : COLUMNS) {
            String words = texts.text(column.header);
            SafeText.write(header.createCell(column.ordinal()), words, styles.header(column.numeric));
            widths[column.ordinal()] = Math.max(column.width, RowHeights.longestWord(words) + 2);
        }
        RowHeights.fit(header, widths);
        int rows = 0;
        for (CommitmentDetails c : content.commitments()) {
            Row row = sheet.createRow(++rows);
            for (Column column : COLUMNS) {
                Cell cell = row.createCell(column.ordinal());
                switch (column) {
                    case PARTNER -> SafeText.write(cell, c.partnerName(), styles.text);
                    case AGREEMENT -> SafeText.write(cell, texts.in(c.agreementTitle()), styles.wrapped);
                    case PILLAR -> SafeText.write(cell, texts.in(c.pillar()), styles.wrapped);
                    case COMMITMENT -> SafeText.write(cell, texts.in(c.text()), styles.wrapped);
                    case INDICATOR -> SafeText.write(cell, c.indicatorCode(), styles.text);
                    case RELATION -> SafeText.write(cell, c.relation() == null ? null
                            : texts.text("partners.relation." + c.relation().name()), styles.text);
                    case QUANTITY -> ReportCells.number(cell, c.quantity() == null ? null : c.quantity().doubleValue(),
                            styles.figure(true));
                    case UNIT -> SafeText.write(cell, texts.in(c.unit()), styles.wrapped);
                    case DEADLINE -> date(cell, c.deadline(), styles);
                    case PROGRESS -> SafeText.write(cell, progress(c, texts), styles.wrapped);
                    case COMPLETION -> SafeText.write(cell, c.completion() == null ? texts.text("partners.not-reviewed")
                            : texts.text("partners.completion." + c.completion().name()), styles.text);
                    case CONFIDENCE -> SafeText.write(cell, c.confidence() == null ? null
                            : texts.text("partners.confidence." + c.confidence().name()), styles.text);
                    case LAST_EVIDENCE -> date(cell, c.lastEvidence(), styles);
                    case NEXT_REVIEW -> date(cell, c.nextReview(), styles);
                }
            }
            RowHeights.fit(row, widths);
        }
        ReportCells.layOut(sheet, texts, 0, widths);
        if (rows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, COLUMNS.length - 1));
        }
        return rows;
    }

    /** The indicator's figures when the commitment IS it; said in words when it only contributes. */
    private static String progress(CommitmentDetails c, ReportTexts texts) {
        if (c.relation() == Relation.CONTRIBUTES) {
            return texts.text("report.file.partners.progress.contributes");
        }
        CommitmentProgress p = c.progress();
        if (p == null) {
            return null;
        }
        return texts.text("report.file.partners.progress.is", texts.number(p.actual()), texts.number(p.target()),
                texts.status(p.status()));
    }

    private static void date(Cell cell, java.time.LocalDate date, ReportStyles styles) {
        if (date != null) {
            cell.setCellValue(date);
        }
        cell.setCellStyle(styles.date);
    }
}
