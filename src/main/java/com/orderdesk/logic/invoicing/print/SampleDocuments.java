package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.DocumentSeries;
import com.orderdesk.logic.invoicing.InvoiceCalculator;
import com.orderdesk.logic.invoicing.InvoiceLineInput;
import com.orderdesk.logic.invoicing.InvoiceTotals;
import com.orderdesk.logic.invoicing.PaymentTerms;
import com.orderdesk.logic.invoicing.TaxJurisdiction;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up but realistic invoices for the print benchmark, the demo and the tests. The same seed
 * and sequence number always give the same invoice, so a batch can be generated one at a time
 * (nothing held in memory).
 */
public final class SampleDocuments {
    private static final String[][] CUSTOMERS = {
            {"Çağrı Öztürk Yapı Market", "Atatürk Cd. 12", "Ankara 06420", "Türkiye"},
            {"Zoë Ångström Interiors", "Storgatan 5", "Malmö 211 34", "Sweden"},
            {"Hurtownia Łódź Sp. z o.o.", "ul. Piotrkowska 104", "Łódź 90-006", "Poland"},
            {"Blue Bonnet Hardware", "410 Congress Ave", "Austin, TX 78701", "United States"},
            {"Gulf Coast Builders Supply", "2200 Harbor Blvd", "Corpus Christi, TX 78402", "United States"},
            {"Müller & Söhne GmbH", "Königstraße 22", "Stuttgart 70173", "Germany"},
    };
    private static final String[][] PRODUCTS = {
            {"HW-1001", "Hex bolt M8 x 40, zinc plated (box of 100)", "8.95"},
            {"HW-1002", "Flange nut M8, stainless", "0.125"},
            {"EL-2040", "LED panel 600 x 600, 40 W, 4000 K", "34.50"},
            {"EL-2041", "Cable NYM-J 3 x 1.5 mm², 50 m coil", "47.80"},
            {"PL-3300", "PVC pipe 32 mm, 3 m length", "6.40"},
            {"PL-3301", "Ball valve brass ¾\"", "12.99"},
            {"TL-4100", "Cordless drill 18 V with two batteries and charger in carry case", "149.00"},
            {"TL-4101", "Drill bit set HSS, 19 pieces", "18.75"},
            {"PT-5005", "Wall paint, matt white, 10 L", "54.20"},
            {"SF-6010", "Safety gloves, nitrile, size L (pair)", "2.35"},
    };
    private static final List<TaxJurisdiction> AUSTIN = List.of(
            new TaxJurisdiction("TX", "Texas", new BigDecimal("6.25")),
            new TaxJurisdiction("TX-AUS", "City of Austin", new BigDecimal("1")),
            new TaxJurisdiction("TX-CMTA", "Capital Metro transit", new BigDecimal("1")));
    private static final String[] TERMS = {"2/10 NET 30", "NET 30", "NET 45", "1/15 NET 45", "DUE ON RECEIPT"};

    private SampleDocuments() {
    }

    /** Invoice number {@code sequence} of a batch generated from {@code seed}, with 1 to {@code maxLines} lines. */
    public static InvoiceDocument invoice(long seed, long sequence, int maxLines) {
        Random r = new Random(seed * 1_000_003L + sequence);
        return invoice(r, sequence, 1 + r.nextInt(maxLines));
    }

    /** An invoice with exactly {@code lineCount} lines. */
    public static InvoiceDocument invoice(Random r, long sequence, int lineCount) {
        List<InvoiceLineInput> lines = new ArrayList<>(lineCount);
        for (int i = 1; i <= lineCount; i++) {
            String[] p = PRODUCTS[r.nextInt(PRODUCTS.length)];
            BigDecimal discount = r.nextInt(4) == 0 ? BigDecimal.valueOf(5L * (1 + r.nextInt(3))) : BigDecimal.ZERO;
            lines.add(new InvoiceLineInput(i, p[0], p[1], BigDecimal.valueOf(1 + r.nextInt(48)), "EA",
                    new BigDecimal(p[2]), discount, r.nextInt(6) != 0));
        }
        Money freight = r.nextBoolean() ? Money.ofCents(1500 + r.nextInt(6000)) : Money.ZERO;
        InvoiceTotals totals = new InvoiceCalculator().compute(lines, AUSTIN, freight, false);
        String[] c = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
        LocalDate issued = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(330));
        PaymentTerms terms = PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]);
        AddressBlock billTo = AddressBlock.of(c[0], c[1], c[2], c[3]);
        return InvoiceDocument.invoice(DocumentSeries.INVOICE.format(sequence), issued,
                String.format("C-%05d", 10 + r.nextInt(9000)), billTo, billTo,
                String.format("SO-%06d", 1000 + sequence), "PO " + (4500 + r.nextInt(5000)),
                String.format("SHP-%06d", 2000 + sequence), issued.minusDays(r.nextInt(3)), terms.scheduleFor(issued),
                totals, PrintRun.original(issued));
    }

    public static List<TaxJurisdiction> austinTaxes() {
        return AUSTIN;
    }

    /** A pick list of {@code lineCount} lines, some without a bin. */
    public static PickListDocument pickList(Random r, int lineCount) {
        List<PickListDocument.Line> lines = new ArrayList<>();
        for (int i = 1; i <= lineCount; i++) {
            String[] p = PRODUCTS[r.nextInt(PRODUCTS.length)];
            String bin = r.nextInt(5) == 0 ? null
                    : String.format("%s-%02d-%d", (char) ('A' + r.nextInt(6)), 1 + r.nextInt(30), 1 + r.nextInt(5));
            lines.add(new PickListDocument.Line(i, p[0], p[1], BigDecimal.valueOf(1 + r.nextInt(48)), "EA", bin));
        }
        String[] c = CUSTOMERS[r.nextInt(CUSTOMERS.length)];
        return new PickListDocument("SHP-002123", "DAL-1", "Dallas distribution center", "SO-001123", c[0],
                AddressBlock.of(c[0], c[1], c[2], c[3]), LocalDate.of(2026, 11, 26), "UPS Ground", lines,
                LocalDate.of(2026, 11, 25));
    }

    /** A statement with invoices of several ages, a credit memo and an unapplied payment. */
    public static StatementDocument statement(LocalDate asOf) {
        String[] c = CUSTOMERS[0];
        List<StatementDocument.Item> items = new ArrayList<>();
        int[] ages = {130, 75, 64, 40, 33, 20, 12, 5};
        for (int i = 0; i < ages.length; i++) {
            LocalDate date = asOf.minusDays(ages[i]);
            Money original = Money.ofCents(15_000 + 37_311L * (i + 1));
            Money open = i % 3 == 1 ? original.minus(Money.of("100.00")) : original;
            items.add(new StatementDocument.Item(DocumentSeries.INVOICE.format(400 + i), "Invoice", date,
                    date.plusDays(30), original, open, "PO " + (7100 + i)));
        }
        items.add(new StatementDocument.Item(DocumentSeries.CREDIT_MEMO.format(45), "Credit memo", asOf.minusDays(9),
                null, Money.of("-120.00"), Money.of("-120.00"), "re INV-000404"));
        items.add(new StatementDocument.Item("PAY-000781", "Payment", asOf.minusDays(3), null, Money.of("-500.00"),
                Money.of("-250.00"), "cheque 10442, unapplied"));
        return new StatementDocument("C-00010", AddressBlock.of(c[0], c[1], c[2], c[3]), asOf, "NET 30", items, asOf);
    }
}
