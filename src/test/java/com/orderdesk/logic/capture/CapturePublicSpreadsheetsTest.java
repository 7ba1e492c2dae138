package com.orderdesk.logic.capture;

import static com.orderdesk.logic.capture.CaptureSpreadsheetTest.mailWith;
import static com.orderdesk.logic.capture.CaptureTestData.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheet attachments no one here wrote: excelize's test workbooks (origins and licence in
 * samples/capture/SOURCES.md), attached to a mail from a known customer. Neither holds an order, so
 * neither may come out touchless; what matters is that a real workbook is read (cell values as
 * the spreadsheet program showed them) and that one we cannot open goes to a person, named.
 */
class CapturePublicSpreadsheetsTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = CapturePublicSpreadsheetsTest.class.getResourceAsStream("/samples/capture/xlsx/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void excelizeBook1IsReadCellByCellWithFormulaResultsNotFormulas() throws IOException {
        Draft d = one("book1.eml", mailWith("Order attached.", "Book1.xlsx", XLSX, sample("excelize-Book1.xlsx")));

        assertThat(d.decodedText()).contains("--- attachment Book1.xlsx ---").contains("Column1").contains("GitHub")
                .as("a formula cell shows its stored result").doesNotContain("SUM(");
        assertThat(d.status()).as(d.reasons().toString()).isNotEqualTo(DraftStatus.TOUCHLESS);
        // the header cells "Column1 | Column2" (the spreadsheet program's default names) are no line: once the
        // engine proposed VLV-1002 x2 from them; the brand and price rows name nothing of ours either
        assertThat(d.lines()).isEmpty();
        assertThat(d.reasons()).extracting(Reason::code).contains(Reason.Code.NO_LINES);
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
    }

    @Test
    void aPasswordProtectedWorkbookIsNotReadAndTheMailGoesToAPersonWithTheAttachmentNamed() throws IOException {
        Draft d = one("locked.eml", mailWith("Order attached.", "PO-77.xlsx", XLSX, sample("excelize-encryptSHA1.xlsx")));

        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(d.reasons()).extracting(Reason::text).anyMatch(t -> t.startsWith("the attachment PO-77.xlsx was not read"));
    }
}
