package com.orderdesk.application.invoicing;

import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PaymentSchedule;
import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.logic.invoicing.PricedLine;
import com.orderdesk.logic.invoicing.TaxAmount;
import com.orderdesk.logic.invoicing.TaxJurisdiction;
import com.orderdesk.logic.invoicing.print.AddressBlock;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.print.DocumentLine;
import com.orderdesk.logic.invoicing.print.DocumentTotals;
import com.orderdesk.logic.invoicing.print.InvoiceBalance;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.PrintRun;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.CreditMemoLine;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import com.orderdesk.model.invoicing.TaxLine;
import com.orderdesk.model.order.SalesOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Turns stored invoices and credit memos back into their calculator totals and printable documents. */
public final class StoredDocuments {
    private StoredDocuments() {
    }

    /** The invoice's amounts exactly as issued (nothing is recomputed). */
    public static InvoiceTotals totalsOf(Invoice inv) {
        List<PricedLine> lines = new ArrayList<>();
        Money discounts = Money.ZERO;
        for (InvoiceLine l : inv.lines()) {
            lines.add(new PricedLine(l.lineNo(), l.sku(), l.description(), BigDecimal.valueOf(l.quantity()), l.unit(),
                    l.unitPrice().amount(), l.discountPct(), l.taxable(), l.gross(), l.discount(), l.net()));
            discounts = discounts.plus(l.discount());
        }
        return new InvoiceTotals(lines, inv.subtotal(), discounts, inv.freight(), inv.freightTaxable(),
                taxAmounts(inv.taxes()), inv.tax(), inv.total());
    }

    public static List<TaxAmount> taxAmounts(List<TaxLine> taxes) {
        return taxes.stream().map(t -> new TaxAmount(new TaxJurisdiction(t.code(), t.name(), t.ratePercent()), t.base(), t.tax()))
                .toList();
    }

    /** {@code balance}: what was paid and credited against it and what is still due, as its print says under the total. */
    public static InvoiceDocument invoiceDocument(Invoice inv, LocalDate today, InvoiceBalance balance) {
        SalesOrder order = inv.order();
        PaymentSchedule schedule = new PaymentSchedule(terms(inv.terms()), inv.issueDate(), inv.dueDate(),
                inv.discountUntil(), inv.discountPct() == null ? BigDecimal.ZERO : inv.discountPct());
        PrintRun run = (inv.printCount() > 0 ? PrintRun.copy(today) : PrintRun.original(today)).with(balance);
        return InvoiceDocument.invoice(inv.number(), inv.issueDate(), inv.customer().number(), billTo(inv.customer()),
                order == null ? null : shipTo(order), order == null ? null : order.number(),
                order == null ? null : order.customerPo(),
                inv.shipment() == null ? null : inv.shipment().number(),
                inv.shipment() == null ? null : inv.shipment().shipDate(), schedule, totalsOf(inv), run);
    }

    public static InvoiceDocument memoDocument(CreditMemo memo, LocalDate today) {
        Invoice inv = memo.invoice();
        Map<Integer, InvoiceLine> invoiced = new HashMap<>();
        inv.lines().forEach(l -> invoiced.put(l.lineNo(), l));
        List<DocumentLine> lines = new ArrayList<>();
        for (CreditMemoLine l : memo.lines()) {
            InvoiceLine source = invoiced.get(l.lineNo());
            boolean byQuantity = l.quantity() > 0 && source != null;
            lines.addAll(DocumentLine.credited(l.lineNo(), l.sku(), l.description(),
                    byQuantity ? BigDecimal.valueOf(l.quantity()) : null, source == null ? "EA" : source.unit(),
                    byQuantity ? source.unitPrice().amount() : null,
                    byQuantity && source.discountPct().signum() != 0 ? source.discountPct() : null,
                    l.amount(), l.withheld(), l.taxable()));
        }
        DocumentTotals totals;
        if (lines.isEmpty()) {
            totals = new DocumentTotals(Money.ZERO, memo.total(), "Credit amount (tax included)", List.of(), Money.ZERO,
                    memo.total(), Money.ZERO);
        } else {
            Money other = memo.total().minus(memo.linesAmount()).minus(memo.tax());
            totals = new DocumentTotals(memo.linesAmount(), other, "Freight and adjustments", taxAmounts(memo.taxes()),
                    memo.tax(), memo.total(), Money.ZERO);
        }
        SalesOrder order = inv.order();
        PrintRun run = memo.printCount() > 0 ? PrintRun.copy(today) : PrintRun.original(today);
        return new InvoiceDocument(DocumentKind.CREDIT_MEMO, memo.number(), memo.issueDate(), memo.customer().number(),
                billTo(memo.customer()), null, order == null ? null : order.number(),
                order == null ? null : order.customerPo(), null, null, null, inv.number(), memo.reason(), lines, totals, run);
    }

    /** Stored terms as printed; an old free-text code that no longer parses still prints its dates. */
    private static PaymentTerms terms(String code) {
        try {
            return PaymentTerms.parse(code);
        } catch (IllegalArgumentException e) {
            return PaymentTerms.DUE_ON_RECEIPT;
        }
    }

    public static AddressBlock billTo(Customer c) {
        return new AddressBlock(c.name(), addressLines(c.billTo()));
    }

    public static AddressBlock shipTo(SalesOrder o) {
        String name = o.shipTo() != null ? o.customer().name() + " - " + o.shipTo().label() : o.customer().name();
        return new AddressBlock(name, addressLines(o.shipToAddress()));
    }

    public static List<String> addressLines(Address a) {
        List<String> lines = new ArrayList<>();
        if (a == null) {
            return lines;
        }
        addIfPresent(lines, a.line1());
        addIfPresent(lines, a.line2());
        String cityLine = String.join(" ", List.of(
                (a.city() == null ? "" : a.city()) + (a.state() == null ? "" : ", " + a.state()),
                a.zip() == null ? "" : a.zip())).strip();
        addIfPresent(lines, cityLine);
        return lines;
    }

    private static void addIfPresent(List<String> lines, String text) {
        if (text != null && !text.isBlank()) {
            lines.add(text.strip());
        }
    }
}
