package com.orderdesk.reporting;

import com.orderdesk.logic.claims.ChargebackDocument;
import com.orderdesk.logic.claims.RmaDocument;
import com.orderdesk.logic.common.PaperMoney;
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
        Map<String, Object> p = base(d.printedOn(), d.copy());
        p.put("DOC_NUMBER", d.number());
        p.put("AUTHORIZED_ON", ReportInputs.date(d.authorizedOn()));
        boolean cancelled = "Cancelled".equals(d.status());
        boolean received = "Received".equals(d.status());
        // a cancelled or fully received RMA has no date to return by: "Return by" beside "do not send" or
        // "nothing more to send" read as a deadline still open
        p.put("EXPIRES_ON", cancelled || received ? null : ReportInputs.date(d.expiresOn()));
        p.put("CANCELLED", cancelled);
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
        p.put("UNIT_VALUE", PaperMoney.withCode(d.unitValue())); // "USD 35.88", the house form on its own
        // a cancelled RMA with nothing received keeps no fee; one whose goods came (in part) shows the fee kept
        p.put("FEE_TEXT", cancelled && d.receipts().isEmpty() ? null : d.feeText());
        p.put("HEADLINE", cancelled ? "CANCELLED: DO NOT SEND THESE GOODS" : received ? "RECEIVED IN FULL: NOTHING MORE TO SEND"
                : "AUTHORIZED TO COME BACK");
        p.put("RETURN_TO_LABEL", cancelled || received ? "RETURN ADDRESS" : "SHIP THE GOODS TO");
        p.put("HOW_TO_LABEL", cancelled ? "WHY IT WAS CANCELLED" : received ? "WHAT CAME BACK" : "HOW TO RETURN");
        p.put("HOW_TO", howTo(d, cancelled, received));
        p.put("NOTE", d.note());
        p.put("AUTHORIZED_BY", d.authorizedBy());
        List<ReceiptRow> rows = d.receipts().stream().map(r -> new ReceiptRow(ReportInputs.date(r.receivedOn()), r.toStock(),
                r.scrapped(), r.fee().amount(), r.credit().amount(), r.creditMemo())).toList();
        return new ReportInput(ReportCatalog.Template.RMA, d.number(), p, new RecordDataSource(rows));
    }

    /** What the customer does now: ship the goods (or the rest of them), nothing more, or do not send them. */
    private static String howTo(RmaDocument d, boolean cancelled, boolean received) {
        // the clerk's note goes with the instructions to send the goods: once none are to be sent (cancelled,
        // or all received) it is no longer the customer's business and is left out, as the instructions are
        String note = d.note() == null ? "" : "\nNote: " + d.note();
        if (cancelled) { // the state and why, no instructions (the headline says not to send them)
            String why = d.cancelReason() == null || d.cancelReason().isBlank() ? "" : ": " + d.cancelReason().strip();
            return "This return authorization was cancelled before anything arrived" + why
                    + (why.endsWith(".") ? "" : ".");
        }
        if (received) {
            return "Every unit authorized under " + d.number() + " has arrived: there is nothing more to send. Each unit was"
                    + " inspected and the credit memos below were issued for what arrived, less any restocking fee.";
        }
        String which = d.receipts().isEmpty() ? "the goods" : "the units still to come";
        return "Pack " + which + " in their original packaging, write " + d.number() + " clearly on every carton and enclose a"
                + " copy of this page. Ship them to the address above by " + ReportInputs.date(d.expiresOn()) + "; goods arriving"
                + " without the RMA number or after that date may be refused. On receipt each unit is inspected and a credit memo"
                + " is issued for what arrived, less any restocking fee." + note;
    }

    public ReportInput chargeback(ChargebackDocument d) {
        Map<String, Object> p = base(d.printedOn(), d.copy());
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

    /** The letterhead and the print's date; a reprint is marked COPY and dated "Reprinted", as an invoice's is. */
    private Map<String, Object> base(java.time.LocalDate printedOn, boolean copy) {
        Map<String, Object> p = letterhead.parameters();
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, ReportInputs.LOCALE);
        p.put("PRINTED_ON", ReportInputs.date(printedOn));
        p.put("COPY", copy);
        p.put("PRINTED_LABEL", copy ? "Reprinted" : "Printed");
        return p;
    }
}
