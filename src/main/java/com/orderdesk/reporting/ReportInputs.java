package com.orderdesk.reporting;

import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.invoicing.print.PickListDocument;
import com.orderdesk.logic.invoicing.print.InvoiceBalance;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.DocumentTotals;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.AgingBucket;
import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.logic.common.PaperMoney;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the prepared documents into template parameters and rows. Dates are formatted here
 * ("Apr 4, 2026"), amounts in the templates ("#,##0.00", US locale): the book is in USD.
 */
public final class ReportInputs {
    public static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMM d, yyyy", LOCALE);

    private final Letterhead letterhead;

    public ReportInputs(Letterhead letterhead) {
        this.letterhead = letterhead;
    }

    public static String date(LocalDate d) {
        return d == null ? null : DATE.format(d);
    }

    /** A row of the tax breakdown: "Texas 6.25 % on 178.97" and the tax. */
    public record TaxRow(String label, BigDecimal amount) {
    }

    /** A row of the document block beside the addresses: "Customer PO", "PO 7788"; the due date {@code strong}. */
    public record HeadRow(String label, String value, Boolean strong) {
    }

    /** A printed line of an invoice or credit memo as the template reads it (blank where null). */
    public record LineRow(Integer lineNo, String sku, String description, BigDecimal quantity, String unit,
                          BigDecimal unitPrice, BigDecimal discountPercent, BigDecimal amount, Boolean taxable) {
    }

    /** A row of the statement: the item plus its days past due and aging bucket. */
    public record StatementRow(String documentNumber, String type, String date, String dueDate, String reference,
                               BigDecimal original, BigDecimal open, Integer daysPastDue, String bucket) {
    }

    public ReportInput invoice(InvoiceDocument doc) {
        Map<String, Object> p = base(doc.printRun().printedOn());
        boolean invoice = doc.kind() == DocumentKind.INVOICE;
        p.put("DOC_TITLE", doc.kind().title());
        p.put("DOC_NUMBER", doc.number());
        p.put("COPY", doc.printRun().copy());
        p.put("DATE_LABEL", doc.printRun().copy() ? "Original issue date" : doc.kind().dateLabel());
        p.put("ISSUE_DATE", date(doc.issueDate()));
        p.put("REPRINT_NOTE", doc.printRun().copy() ? "Reprinted " + date(doc.printRun().printedOn()) : null);
        p.put("CUSTOMER_NUMBER", doc.customerNumber());
        p.put("BILL_TO", doc.billTo().text());
        p.put("SHIP_TO", doc.shipTo() == null ? null : doc.shipTo().text());
        p.put("ORDER_NUMBER", doc.orderNumber());
        p.put("CUSTOMER_PO", doc.customerPo());
        p.put("SHIPMENT", doc.shipmentNumber() == null ? null
                : doc.shipmentNumber() + (doc.shipDate() == null ? "" : ", shipped " + date(doc.shipDate())));
        PaymentSchedule s = doc.schedule();
        DocumentTotals t = doc.totals();
        p.put("TERMS", s == null ? null : s.terms().code());
        p.put("DUE_DATE", s == null ? null : date(s.dueDate()));
        InvoiceBalance balance = invoice ? doc.printRun().balance() : null;
        boolean untouched = balance == null || balance.untouched();
        // the early-payment sentence reckons on the whole total: it no longer holds once money or a credit came
        p.put("DISCOUNT_NOTE", s == null || s.discountDate() == null || !untouched ? null
                : "Early payment: pay " + PaperMoney.withCode(s.earlyPayment(t.discountBase())) + " by " + date(s.discountDate())
                + " (" + s.discountPercent().toPlainString() + "% off the total, "
                + PaperMoney.withCode(s.discountOn(t.discountBase())) + ").");
        p.put("CREDIT_NOTE", invoice ? null : creditNote(doc));
        // a credit by amount has no goods: "Subtotal 0.00" above its credit read as a memo for nothing (newuser19)
        p.put("SUBTOTAL", invoice || !doc.lines().isEmpty() ? t.subtotal().amount() : null);
        p.put("OTHER_LABEL", t.otherLabel());
        p.put("OTHER_AMOUNT", t.other().amount());
        p.put("TAXES", new RecordDataSource(taxRows(t.taxes())));
        p.put("TAX_TOTAL", t.taxTotal().amount());
        p.put("TOTAL_LABEL", doc.kind().totalLabel());
        p.put("TOTAL", t.total().amount());
        // nothing due: no remit-to box asking for a payment, a sentence saying so in its place
        p.put("SHOW_REMIT", invoice && (balance == null || balance.due().isPositive()));
        p.put("NOTHING_DUE", invoice && balance != null && !balance.due().isPositive() ? InvoiceBalanceText.nothingDue(balance) : null);
        p.put("REMIT_TO", letterhead.company().remitTo().text());
        p.put("PAYMENT_REFERENCE", doc.number());
        p.put("BANK_LINE", letterhead.company().bankLine());
        p.put("HEAD_ROWS", new RecordDataSource(headRows(p)));
        p.put("STAMP", balance == null ? null : InvoiceBalanceText.stamp(balance));
        p.put("BALANCE_ROWS", new RecordDataSource(untouched ? List.of() : InvoiceBalanceText.rows(balance)));
        return new ReportInput(ReportCatalog.Template.INVOICE, doc.number(), p, new RecordDataSource(
                invoice || !doc.lines().isEmpty() ? doc.lines() : List.of(amountCreditLine())));
    }

    public ReportInput pickList(PickListDocument doc) {
        Map<String, Object> p = base(doc.printedOn());
        p.put("DOC_NUMBER", doc.shipmentNumber());
        p.put("NODE", doc.nodeCode() + (doc.nodeName() == null || doc.nodeName().isBlank() ? "" : " - " + doc.nodeName()));
        p.put("ORDER_NUMBER", doc.orderNumber());
        p.put("CUSTOMER_NAME", doc.customerName());
        p.put("SHIP_TO", doc.shipTo().text());
        p.put("SHIP_DATE", date(doc.shipDate()));
        // the plan names the service; the carrier is chosen when the shipment is confirmed (a blank read as missing)
        p.put("CARRIER", doc.carrier().isBlank() ? "chosen at ship confirmation" : doc.carrier());
        p.put("SERVICE", doc.service());
        p.put("DELIVERY_DATE", doc.deliveryDate() == null ? null : date(doc.deliveryDate()));
        p.put("PRINTED_ON", date(doc.printedOn()));
        // a node that keeps no bins (the demo's) prints no Bin column: it was empty on every line
        p.put("SHOW_BIN", doc.lines().stream().anyMatch(l -> l.bin() != null && !l.bin().isBlank()));
        p.put("TOTAL_UNITS", doc.lines().stream().map(PickListDocument.Line::quantity)
                .reduce(BigDecimal.ZERO, BigDecimal::add));
        return new ReportInput(ReportCatalog.Template.PICK_LIST, "PICK-" + doc.shipmentNumber(), p,
                new RecordDataSource(doc.lines()));
    }

    public ReportInput statement(StatementDocument doc) {
        Map<String, Object> p = base(doc.printedOn());
        p.put("CUSTOMER_NUMBER", doc.customerNumber());
        p.put("CUSTOMER", doc.customer().text());
        p.put("STATEMENT_DATE", date(doc.statementDate()));
        p.put("TERMS", doc.terms());
        Map<AgingBucket, Money> aging = doc.aging();
        p.put("AGE_CURRENT", aging.get(AgingBucket.CURRENT).amount());
        p.put("AGE_1_30", aging.get(AgingBucket.DAYS_1_30).amount());
        p.put("AGE_31_60", aging.get(AgingBucket.DAYS_31_60).amount());
        p.put("AGE_61_90", aging.get(AgingBucket.DAYS_61_90).amount());
        p.put("AGE_OVER_90", aging.get(AgingBucket.OVER_90).amount());
        p.put("AGE_DISPUTED", doc.disputed().amount());
        p.put("BALANCE", doc.balance().amount());
        p.put("REMIT_TO", letterhead.company().remitTo().text());
        p.put("PAYMENT_REFERENCE", doc.customerNumber());
        p.put("BANK_LINE", letterhead.company().bankLine());
        List<StatementRow> rows = new ArrayList<>();
        for (StatementDocument.Item item : doc.items()) {
            long late = item.daysPastDue(doc.statementDate());
            rows.add(new StatementRow(item.documentNumber(), item.type(), date(item.date()), date(item.dueDate()),
                    item.reference(), item.original().amount(), item.open().amount(),
                    late > 0 ? (int) late : null, item.disputed() ? "In dispute" : item.bucket(doc.statementDate()).label()));
        }
        return new ReportInput(ReportCatalog.Template.STATEMENT, "STMT-" + doc.customerNumber(), p,
                new RecordDataSource(rows));
    }

    /** The activity statement (balance forward for a period), with the open-item statement's letterhead. */
    public ReportInput activity(com.orderdesk.logic.invoicing.print.ActivityStatement doc) {
        return ActivityStatementInputs.of(doc, base(doc.printedOn()), letterhead);
    }

    private Map<String, Object> base(LocalDate printedOn) {
        Map<String, Object> p = letterhead.parameters();
        p.put(net.sf.jasperreports.engine.JRParameter.REPORT_LOCALE, LOCALE);
        p.put("PRINTED_ON", date(printedOn));
        return p;
    }

    /**
     * A credit memo by amount has no goods lines: one line says what it credits instead of an empty
     * table. Its amount stays in the totals below ("Credit amount (tax included)"), which print no
     * subtotal of lines for it (there are none). The invoice it
     * credits and why are the credit note's above the table (they printed twice when the line said them too).
     */
    private static LineRow amountCreditLine() {
        return new LineRow(null, null, "An amount (tax included), no goods.", null, null, null, null, null, false);
    }

    private static String creditNote(InvoiceDocument doc) {
        StringBuilder note = new StringBuilder();
        if (doc.creditedInvoice() != null) {
            note.append("Credits invoice ").append(doc.creditedInvoice()).append(".");
        }
        if (doc.creditReason() != null && !doc.creditReason().isBlank()) {
            note.append(note.length() > 0 ? " " : "").append("Reason: ").append(doc.creditReason());
        }
        return note.length() == 0 ? null : note.toString();
    }

    /**
     * The order, customer PO, shipment, terms and due date the document has, in that order: an order
     * without a PO prints no PO row (not "PO: none": the customer's payables clerk matches the PO a
     * document quotes, and a row saying there is none reads as one left out).
     */
    private static List<HeadRow> headRows(Map<String, Object> p) {
        List<HeadRow> rows = new ArrayList<>();
        String[][] rowsOf = {{"Order", "ORDER_NUMBER"}, {"Customer PO", "CUSTOMER_PO"}, {"Shipment", "SHIPMENT"},
                {"Terms", "TERMS"}, {"Due date", "DUE_DATE"}};
        for (String[] r : rowsOf) {
            Object value = p.get(r[1]);
            if (value != null && !value.toString().isBlank()) {
                rows.add(new HeadRow(r[0], value.toString(), r[1].equals("DUE_DATE")));
            }
        }
        return rows;
    }

    private static List<TaxRow> taxRows(List<TaxAmount> taxes) {
        List<TaxRow> rows = new ArrayList<>();
        for (TaxAmount t : taxes) {
            rows.add(new TaxRow(t.jurisdiction().name() + " " + t.jurisdiction().ratePercent().stripTrailingZeros()
                    .toPlainString() + "% on " + money(t.base()), t.tax().amount()));
        }
        return rows;
    }

    private static String money(Money m) {
        return String.format(LOCALE, "%,.2f", m.amount());
    }
}
