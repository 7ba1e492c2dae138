package com.orderdesk.logic.invoicing.print;

import static com.orderdesk.logic.invoicing.print.PrintFixtures.RENDERER;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pages;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A row whose text takes two lines (a long reference or description) is never cut by a page break:
 * the demo book's statement of C-10000 printed "SO-102307 / PO" at the foot of page 1 and "PO-81832"
 * alone, as a row of its own, at the top of page 2.
 */
class RowsStayWholeTest {

    private static long count(String text, String regex) {
        return java.util.regex.Pattern.compile(regex).matcher(text).results().count();
    }

    @Test
    void aStatementRowWithATwoLineReferenceStaysOnOnePage() throws IOException {
        LocalDate asOf = LocalDate.of(2026, 12, 6);
        List<StatementDocument.Item> items = new ArrayList<>();
        // one row in three has a reference of one line, so the rows' heights differ and a page break
        // falls inside a row somewhere
        for (int i = 0; i < 90; i++) {
            LocalDate date = asOf.minusDays(90 - i);
            items.add(new StatementDocument.Item(String.format("INV-%06d", 11000 + i), "Invoice", date, date.plusDays(30),
                    Money.of("100.00"), Money.of("100.00"), "SO-" + (102300 + i) + (i % 3 == 0 ? "" : " / PO-" + (81800 + i))));
        }
        StatementDocument doc = new StatementDocument("C-10000", AddressBlock.of("High Plains Senior Living Co.",
                "7716 12th Blvd", "Columbus, OH 43223"), asOf, "2/10 NET 30", items, asOf);

        List<String> pages = pages(pdf(RENDERER.fill(doc)));

        assertThat(pages).hasSizeGreaterThan(2);
        for (int i = 0; i < 90; i++) {
            String number = String.format("INV-%06d", 11000 + i);
            String po = i % 3 == 0 ? "SO-" + (102300 + i) : "PO-" + (81800 + i);
            for (String page : pages) {
                assertThat(page.contains(po)).as(number + " and its " + po + " on the same page").isEqualTo(page.contains(number));
            }
        }
    }

    @Test
    void anInvoiceOrPickListLineWithATwoLineDescriptionStaysOnOnePage() throws IOException {
        // TL-4100's description ("Cordless drill 18 V with two batteries and charger in carry case") takes two lines,
        // the second ending in "case" (a word no other line of these samples has)
        List<String> invoice = pages(pdf(RENDERER.fill(SampleDocuments.invoice(new Random(7), 4100, 160))));
        List<String> pickList = pages(pdf(RENDERER.fill(SampleDocuments.pickList(new Random(7), 200))));

        assertThat(invoice).hasSizeGreaterThan(2);
        assertThat(pickList).hasSizeGreaterThan(2);
        for (List<String> pages : List.of(invoice, pickList)) {
            for (int p = 0; p < pages.size(); p++) {
                assertThat(count(pages.get(p), "\\bcase\\b")).as("page " + (p + 1) + ": second lines of the drill's description")
                        .isEqualTo(count(pages.get(p), "Cordless\\s+drill"));
            }
        }
    }
}
