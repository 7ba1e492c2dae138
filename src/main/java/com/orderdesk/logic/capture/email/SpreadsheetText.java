package com.orderdesk.logic.capture.email;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * A spreadsheet attached to mail (XLSX, or the older XLS) as CSV text, so it is read exactly like a
 * CSV attachment: every visible sheet, each row's cells as the customer sees them (formatted
 * numbers and dates, formulas by their cached results, never recalculated), empty rows left out.
 * Apache POI reads the file; a sheet that is hidden holds lookups, not the order, and is skipped.
 */
final class SpreadsheetText {
    /** Larger attachments are not read (a price list sent back, not an order). */
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_ROWS = 2_000;

    /** The spreadsheet cannot be read: the sentence says why. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private SpreadsheetText() {
    }

    static boolean isSpreadsheet(String fileName, String mimeType) {
        String n = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String m = mimeType == null ? "" : mimeType.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".xlsm")
                || m.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml")
                || m.startsWith("application/vnd.ms-excel");
    }

    static String csv(byte[] bytes) throws Unreadable {
        if (bytes.length > MAX_BYTES) {
            throw new Unreadable("has " + bytes.length / 1024 + " KB, more than an order sheet (at most " + MAX_BYTES / 1024 / 1024
                    + " MB are read)");
        }
        StringWriter out = new StringWriter();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(bytes));
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            DataFormatter formatter = new DataFormatter(Locale.US);
            formatter.setUseCachedValuesForFormulaCells(true); // what the sender's program last computed, never recalculated
            int rows = 0;
            for (int s = 0; s < book.getNumberOfSheets(); s++) {
                if (book.isSheetHidden(s) || book.isSheetVeryHidden(s)) {
                    continue;
                }
                Sheet sheet = book.getSheetAt(s);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c, Row.MissingCellPolicy.RETURN_BLANK_AS_NULL);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
                    }
                    while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                        cells.remove(cells.size() - 1);
                    }
                    if (!cells.isEmpty() && ++rows <= MAX_ROWS) {
                        printer.printRecord(cells);
                    }
                }
            }
            if (rows > MAX_ROWS) {
                throw new Unreadable("has " + rows + " rows, more than an order (at most " + MAX_ROWS + " are read)");
            }
        } catch (IOException | RuntimeException e) {
            // POI says "not a spreadsheet", "encrypted" or "broken zip" in exceptions of several kinds
            throw new Unreadable("cannot be read as a spreadsheet (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("")) + ")");
        }
        return out.toString();
    }
}
