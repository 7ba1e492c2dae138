package com.orderdesk.reporting;

import com.orderdesk.logic.claims.ChargebackDocument;
import com.orderdesk.logic.claims.RmaDocument;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The return authorization and the chargeback as template parameters and rows (dates formatted
 * here, amounts in the templates), kept apart from {@link ReportInputs} so the claims feature's
 * documents sit together.
 */
public final class ClaimReportInputs {
    private final Letterhead letterhead;

    public ClaimReportInputs(CompanyProfile company) {
        this.letterhead = new Letterhead(company);
    }

    /** A receipt row of the RMA. */
    public record ReceiptRow(String receivedOn, Integer toStock, Integer scrapped, BigDecimal fee, BigDecimal credit,
                             String creditMemo) {
    }

    /** One paragraph of the chargeback's explanation. */
    public record TextRow(String text) {
    }

    public ReportInput rma(RmaDocument d) {
        Map<String, Object> p = base(d.printedOn());
        p.put("DOC_NUMBER", d.number());
        p.put("AUTHORIZED_ON", ReportInputs.date(d.authorizedOn()));
        p.put("EXPIRES_ON", ReportInputs.date(d.expiresOn()));
        p.put("STATUS", d.status());
        p.put("CUSTOMER_NUMBER", d.customerNumber());
        p.put("CUSTOMER", d.customer().text());
        p.put("RETURN_FROM", d.returnFrom() == null ? null : d.returnFrom().text());
        p.put("RETURN_TO", d.returnTo().text());
        p.put("INVOICE_NUMBER", d.invoiceNumber());
        p.put("ORDER_NUMBER", d.orderNumber());
        p.put("CUSTOMER_PO", d.customerPo());
        p.put("SKU", d.sku());
        p.put("DESCRIPTION", d.description());
        p.put("UNIT", d.unit());
        p.put("QUANTITY", d.quantity());
        p.put("REASON", d.reason());
        p.put("UNIT_VALUE", d.unitValue().amount());
        p.put("FEE_TEXT", d.feeText());
        p.put("NOTE", d.note());
        p.put("AUTHORIZED_BY", d.authorizedBy());
        List<ReceiptRow> rows = d.receipts().stream().map(r -> new ReceiptRow(ReportInputs.date(r.receivedOn()), r.toStock(),
                r.scrapped(), r.fee().amount(), r.credit().amount(), r.creditMemo())).toList();
        return new ReportInput(ReportCatalog.Template.RMA, d.number(), p, new RecordDataSource(rows));
    }

    public ReportInput chargeback(ChargebackDocument d) {
        Map<String, Object> p = base(d.printedOn());
        p.put("DOC_TITLE", d.title().toUpperCase(java.util.Locale.ROOT));
        p.put("DOC_NUMBER", d.number());
        p.put("ISSUED_ON", ReportInputs.date(d.issuedOn()));
        p.put("CUSTOMER_NUMBER", d.customerNumber());
        p.put("CUSTOMER", d.customer().text());
        p.put("CASE_NUMBER", d.caseNumber());
        p.put("INVOICE", d.invoiceNumber() + ", issued " + ReportInputs.date(d.invoiceDate()));
        p.put("INVOICE_DUE", ReportInputs.date(d.invoiceDue()));
        p.put("PAYMENT", d.paymentNumber() == null ? null : d.paymentNumber() + ", received " + ReportInputs.date(d.paymentDate()));
        p.put("REASON", d.reason());
        p.put("CLAIMED", d.claimed().amount());
        p.put("AMOUNT", d.amount().amount());
        p.put("AMOUNT_LABEL", d.due() ? "Amount due" : "Amount no longer due");
        p.put("REVERSES", d.reverses());
        p.put("ISSUED_BY", d.issuedBy());
        p.put("SHOW_REMIT", d.due());
        p.put("REMIT_TO", letterhead.company().remitTo().text());
        p.put("BANK_LINE", letterhead.company().bankLine());
        return new ReportInput(ReportCatalog.Template.CHARGEBACK, d.number(), p,
                new RecordDataSource(d.explanation().stream().map(TextRow::new).toList()));
    }

    private Map<String, Object> base(java.time.LocalDate printedOn) {
        Map<String, Object> p = letterhead.parameters();
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, ReportInputs.LOCALE);
        p.put("PRINTED_ON", ReportInputs.date(printedOn));
        return p;
    }
}
