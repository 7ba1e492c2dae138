package com.orderdesk.logic.invoicing.print;

import static com.orderdesk.logic.invoicing.print.PrintFixtures.RENDERER;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pages;
import static com.orderdesk.logic.invoicing.print.PrintFixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.model.collections.DunningLetterTemplate;
import com.orderdesk.model.common.Money;
import com.orderdesk.reporting.DunningLetterInputs;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dunning letter read as its customer reads it, when its overdue items run past the first page. */
class DunningLetterPdfTest {
    private static final LocalDate RUN = LocalDate.of(2026, 12, 7);

    private static DunningRun.Letter letterOf(int itemCount) {
        List<DunningRun.Item> items = new ArrayList<>();
        Money overdue = Money.ZERO;
        for (int i = 0; i < itemCount; i++) {
            LocalDate due = RUN.minusDays(90 - i);
            Money open = Money.of("100.00");
            items.add(new DunningRun.Item(String.format("INV-%06d", 20000 + i), due.minusDays(30), due, open, 90 - i));
            overdue = overdue.plus(open);
        }
        return new DunningRun.Letter(1, "C-10353", "First Choice Building Maintenance Enterprises", "2082 Bayshore Hwy\nSpokane, WA 99215",
                2, 1, items, overdue, Money.of("15.00"), "Our records show the items below as past due.",
                DunningLetterTemplate.byLevel(2));
    }

    @Test
    void aLongLetterRepeatsItsColumnTitlesOnEveryPageAndTotalsOnceAtTheEnd() throws IOException {
        // the demo book's most overdue customer has 11 items; 80 run to a second page
        List<String> pages = pages(pdf(RENDERER.fill(new DunningLetterInputs(CompanyProfile.demo()).letter(letterOf(80), RUN))));

        assertThat(pages).hasSizeGreaterThan(1);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page " + (i + 1)).contains("C-10353", "Level 2", "Page " + (i + 1) + " of " + pages.size())
                    .containsPattern("Invoice\\s+Issued\\s+Due\\s+Days overdue\\s+Open amount");
        }
        String last = pages.get(pages.size() - 1);
        assertThat(last).contains("Amount due now", "Reminder fee", "15.00")
                // the house form of an amount on its own: the code first (it read "8,015.00 USD")
                .contains("USD 8,015.00").doesNotContain("8,015.00 USD");
        for (String page : pages.subList(0, pages.size() - 1)) {
            assertThat(page).doesNotContain("Amount due now");
        }
    }
}
