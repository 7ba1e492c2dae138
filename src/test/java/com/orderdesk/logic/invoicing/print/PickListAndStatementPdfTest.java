package com.orderdesk.logic.invoicing.print;

import static com.orderdesk.logic.invoicing.print.PrintFixtures.RENDERER;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pages;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pdf;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.invoicing.AgingBucket;
import com.orderdesk.model.common.Money;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickListAndStatementPdfTest {

    @Test
    void pickListShowsTheCarrierServiceAndTheDeliveryDate() throws IOException {
        PickListDocument doc = new PickListDocument("SH-100007", "DC-ATL", "Atlanta DC", "SO-100004", "Acme Janitorial Supply",
                AddressBlock.of("Acme Janitorial Supply", "120 W Madison St", "Chicago, IL 60602"), LocalDate.of(2026, 11, 26),
                null, List.of(new PickListDocument.Line(1, "GLV-NIT-L", "Nitrile gloves L", new BigDecimal("20"), "BX", null)),
                LocalDate.of(2026, 11, 26), "Overnight", LocalDate.of(2026, 11, 27));
        String text = text(pdf(RENDERER.fill(doc)));
        assertThat(text).contains("Service", "Overnight, to arrive Nov 27, 2026", "Ship date", "Nov 26, 2026");
        // the header's date is the shipment's planned arrival: 'Arrives', as the plan on the screen says; 'Deliver by' is
        // the order's promise (it read 'Deliver by Dec 10' beside an order due Dec 6, tour14)
        assertThat(text).containsPattern("Arrives\\s+Nov 27, 2026").doesNotContain("Deliver by");
        // a planned shipment has its service but no carrier yet: the row says when it comes, not a blank;
        // the node keeps no bins: the bin column says nothing (it read "(no bin)" on every line)
        assertThat(text).containsPattern("Carrier\\s+chosen at ship confirmation").doesNotContain("no bin", "null");
    }

    @Test
    void pickListShowsNodeOrderShipToAndLinesInBinOrder() throws IOException {
        PickListDocument doc = new PickListDocument("SHP-000045", "DAL-1", "Dallas distribution center", "SO-004711",
                "Hurtownia Łódź Sp. z o.o.", AddressBlock.of("Hurtownia Łódź Sp. z o.o.", "ul. Piotrkowska 104", "90-006 Łódź"),
                LocalDate.of(2026, 11, 27), "UPS Ground", List.of(
                new PickListDocument.Line(1, "TL-4100", "Cordless drill 18 V", new BigDecimal("2"), "EA", null),
                new PickListDocument.Line(2, "HW-1002", "Flange nut M8", new BigDecimal("500"), "EA", "C-12-3"),
                new PickListDocument.Line(3, "EL-2041", "Cable NYM-J 3 x 1.5 mm²", new BigDecimal("4"), "CO", "A-03-1")),
                LocalDate.of(2026, 11, 26));
        String text = text(pdf(RENDERER.fill(doc)));
        assertThat(text).contains("PICK LIST", "SHP-000045", "DAL-1 - Dallas distribution center", "SO-004711",
                "UPS Ground", "90-006 Łódź", "Nov 27, 2026", "Page 1 of 1");
        assertThat(text).containsPattern("A-03-1\\s+EL-2041\\s+Cable NYM-J 3 x 1.5 mm²\\s+4\\s+CO");
        assertThat(text).containsPattern("C-12-3\\s+HW-1002\\s+Flange nut M8\\s+500\\s+EA");
        assertThat(text).containsPattern("\\n\\s*TL-4100\\s+Cordless drill 18 V\\s+2\\s+EA").doesNotContain("no bin");
        assertThat(text.indexOf("A-03-1")).isLessThan(text.indexOf("C-12-3"));
        assertThat(text.indexOf("C-12-3")).isLessThan(text.indexOf("TL-4100"));
        assertThat(text).contains("3 lines, 506 units to pick");
    }

    @Test
    void aPickListWhoseNodeKeepsNoBinsHasNoBinColumn() throws IOException {
        // the demo's nodes keep no bins: the column was empty on every line of every pick list (pdfs14)
        PickListDocument doc = new PickListDocument("SH-100007", "DC-ATL", "Atlanta DC", "SO-100004", "Acme Janitorial Supply",
                AddressBlock.of("Acme Janitorial Supply", "120 W Madison St", "Chicago, IL 60602"), LocalDate.of(2026, 11, 26),
                "UPS Ground", List.of(new PickListDocument.Line(1, "GLV-NIT-L", "Nitrile gloves L", new BigDecimal("20"), "BX", null),
                new PickListDocument.Line(2, "TWL-ROLL-8", "Paper towel roll", new BigDecimal("3"), "CS", " ")),
                LocalDate.of(2026, 11, 26));
        String text = text(pdf(RENDERER.fill(doc)));
        assertThat(text).doesNotContain("Bin").containsPattern("SKU\\s+Description\\s+Qty\\s+Unit")
                .containsPattern("GLV-NIT-L\\s+Nitrile gloves L\\s+20\\s+BX");
    }

    @Test
    void longPickListRepeatsItsHeaderOnEveryPage() throws IOException {
        List<String> pages = pages(pdf(RENDERER.fill(SampleDocuments.pickList(new java.util.Random(3), 70))));
        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).contains("PICK LIST", "SHP-002123", "Bin", "Description",
                    "Page " + (i + 1) + " of " + pages.size());
        }
        assertThat(pages.get(pages.size() - 1)).contains("70 lines");
    }

    @Test
    void statementListsOpenItemsWithAgingTotals() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 11, 26);
        StatementDocument doc = SampleDocuments.statement(asOf);
        Map<AgingBucket, Money> aging = doc.aging();
        assertThat(aging.values().stream().reduce(Money.ZERO, Money::plus)).isEqualTo(doc.balance());

        String text = text(pdf(RENDERER.fill(doc)));
        assertThat(text).contains("STATEMENT OF ACCOUNT", "C-00010", "Nov 26, 2026", "Çağrı Öztürk Yapı Market",
                "INV-000400", "CM-000045", "PAY-000781", "Page 1 of 1");
        // INV-000400: dated 130 days ago, due 30 days later: 100 days late, over 90
        assertThat(text).containsPattern("INV-000400\\s+Invoice\\s+PO 7100\\s+Aug 18, 2026\\s+100\\s+523.11\\s+523.11\\s+Over 90 days");
        // a credit is never late and ages as current
        assertThat(text).containsPattern("CM-000045\\s+Credit memo\\s+re INV-000404\\s+-120.00\\s+-120.00\\s+Current");
        // amounts in dispute are shown apart (none in this sample), before the total due
        assertThat(text).containsPattern("Current\\s+1-30 days\\s+31-60 days\\s+61-90 days\\s+Over 90 days\\s+In dispute\\s+Total due");
        assertThat(text).containsPattern(String.join("\\s+", money(aging.get(AgingBucket.CURRENT)),
                money(aging.get(AgingBucket.DAYS_1_30)), money(aging.get(AgingBucket.DAYS_31_60)),
                money(aging.get(AgingBucket.DAYS_61_90)), money(aging.get(AgingBucket.OVER_90)), "0.00", money(doc.balance())));
        assertThat(text).containsPattern("BALANCE DUE USD\\s+" + money(doc.balance()));
    }

    private static String money(Money m) {
        return java.util.regex.Pattern.quote(String.format(java.util.Locale.US, "%,.2f", m.amount()));
    }
}
