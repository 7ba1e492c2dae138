package com.orderdesk.logic.capture;

import static com.orderdesk.logic.capture.CaptureTestData.one;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Spreadsheets attached to mail (XLSX and XLS) are read like CSV attachments; PDF and word-processor
 * attachments are not read, so a mail that carries one goes to a person with the attachment named.
 */
class CaptureSpreadsheetTest {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A buyer's order sheet: a title row, the header, two lines (the second in cases, priced by the case), a formula total, a hidden lookup sheet. */
    private static byte[] orderSheet(Workbook book) throws IOException {
        Sheet order = book.createSheet("Order");
        order.createRow(0).createCell(0).setCellValue("Acme Building Supply - purchase order");
        Row header = order.createRow(2);
        String[] titles = {"Item", "Qty", "UOM", "Price", "Amount"};
        for (int i = 0; i < titles.length; i++) {
            header.createCell(i).setCellValue(titles[i]);
        }
        CellStyle money = book.createCellStyle();
        money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
        Object[][] lines = {{"VLV-1002", 20, "EA", 16.90}, {"TAP-0750", 2, "CS", 32.40}};
        for (int r = 0; r < lines.length; r++) {
            Row row = order.createRow(3 + r);
            row.createCell(0).setCellValue((String) lines[r][0]);
            row.createCell(1).setCellValue((Integer) lines[r][1]); // a number cell: shown "20", not "20.0"
            row.createCell(2).setCellValue((String) lines[r][2]);
            row.createCell(3).setCellValue((Double) lines[r][3]);
            row.getCell(3).setCellStyle(money);
            row.createCell(4).setCellFormula("B" + (4 + r) + "*D" + (4 + r));
            row.getCell(4).setCellStyle(money);
        }
        book.getCreationHelper().createFormulaEvaluator().evaluateAll(); // the cached results a spreadsheet program stores
        Sheet lookup = book.createSheet("Lookup");
        lookup.createRow(0).createCell(0).setCellValue("HAM-16OZ");
        lookup.getRow(0).createCell(1).setCellValue(99);
        book.setSheetHidden(1, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        book.write(out);
        book.close();
        return out.toByteArray();
    }

    /** A mail with {@code body} and one attachment. */
    static byte[] mailWith(String body, String fileName, String type, byte[] attachment) {
        String b64 = Base64.getMimeEncoder(76, "\r\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(attachment);
        return ("From: Buyer <buyer@acmebuild.com>\r\nTo: orders@orderdesk.example\r\nSubject: PO 8812\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"XYZ\"\r\n\r\n--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body + "\r\n\r\n--XYZ\r\nContent-Type: " + type + "; name=\"" + fileName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + fileName + "\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + b64 + "\r\n--XYZ--\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> lines(Draft d) {
        return d.lines().stream().map(l -> l.sku() + " " + l.quantity() + " " + l.unitPrice()).toList();
    }

    @Test
    void anXlsxOrderSheetIsReadByItsColumnsLikeACsvAttachment() throws IOException {
        Draft d = one("xlsx.eml", mailWith("Order attached, deliver by Dec 18th.", "PO-8812.xlsx", XLSX, orderSheet(new XSSFWorkbook())));

        assertThat(lines(d)).containsExactly("VLV-1002 20 16.90", "TAP-0750 48 1.35");
        assertThat(d.status()).as(d.reasons().toString()).isEqualTo(DraftStatus.TOUCHLESS);
        assertThat(d.poNumber()).isEqualTo("8812");
        assertThat(d.requestedDate()).isEqualTo(LocalDate.of(2026, 12, 18));
        assertThat(d.decodedText()).contains("--- attachment PO-8812.xlsx ---").contains("VLV-1002 | 20 | EA | 16.90 | 338.00")
                .as("the hidden lookup sheet is not the order").doesNotContain("HAM-16OZ");
        assertThat(d.lines().get(0).span().of(d.decodedText())).contains("VLV-1002");
    }

    @Test
    void theOlderXlsFormatIsReadToo() throws IOException {
        Draft d = one("xls.eml", mailWith("Order attached.", "order.xls", "application/vnd.ms-excel", orderSheet(new HSSFWorkbook())));
        assertThat(lines(d)).containsExactly("VLV-1002 20 16.90", "TAP-0750 48 1.35");
        assertThat(d.status()).isEqualTo(DraftStatus.TOUCHLESS);
    }

    @Test
    void aSpreadsheetThatCannotBeOpenedSendsTheMailToReviewNamingIt() {
        Draft d = one("broken.eml", mailWith("Order attached.", "PO-8813.xlsx", XLSX, "PK\u0003\u0004 not really".getBytes()));
        assertThat(d.status()).isEqualTo(DraftStatus.REVIEW);
        assertThat(d.reasons()).extracting(Reason::text).anyMatch(t -> t.startsWith("the attachment PO-8813.xlsx was not read"
                + " (the spreadsheet cannot be read as a spreadsheet"));
    }

    @Test
    void aPdfPurchaseOrderIsNotReadAndTheMailGoesToReviewWithTheAttachmentNamed() {
        byte[] pdf = "%PDF-1.4\n% a purchase order\n".getBytes(StandardCharsets.US_ASCII);
        Draft onlyPdf = one("pdf.eml", mailWith("Please find our PO attached.", "PO-4471.pdf", "application/pdf", pdf));
        assertThat(onlyPdf.status()).as("not \"no order in it\"").isEqualTo(DraftStatus.REVIEW);
        assertThat(onlyPdf.reasons()).extracting(Reason::text).contains(
                "the attachment PO-4471.pdf was not read (PDF attachments are not read): the order may be in it");

        Draft linesAndPdf = one("pdf2.eml", mailWith("Please ship 24 x VLV-1001, the rest as in the PO attached.", "PO-4472.pdf",
                "application/pdf", pdf));
        assertThat(lines(linesAndPdf)).containsExactly("VLV-1001 24 11.95");
        assertThat(linesAndPdf.status()).as("the PDF may hold more lines").isEqualTo(DraftStatus.REVIEW);
        assertThat(linesAndPdf.reasons()).extracting(Reason::code).contains(Reason.Code.OTHER);

        Draft remittance = one("remit.eml", mailWith("Remittance advice: we have paid the invoices listed in the attached PDF.",
                "remittance.pdf", "application/pdf", pdf));
        assertThat(remittance.status()).isEqualTo(DraftStatus.NOT_AN_ORDER);
    }
}
