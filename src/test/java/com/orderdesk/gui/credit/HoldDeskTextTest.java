package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The credit-hold desk's sentences, without JavaFX. */
class HoldDeskTextTest {

    @Test
    void queueFooterCountsInTheRightNumber() {
        assertThat(HoldDeskText.shown(1, 1)).isEqualTo("1 held order shown of 1");
        assertThat(HoldDeskText.shown(12, 1204)).isEqualTo("12 held orders shown of 1,204");
        // the status bar's counts (said once there, not again in the message)
        assertThat(HoldDeskText.counts(10_000, "1,234.50")).isEqualTo("10,000 orders on credit hold, 1,234.50");
        // the number of the orders shown decides (tour of 6 December: "1 held orders shown of 222")
        assertThat(HoldDeskText.shown(1, 222)).isEqualTo("1 held order shown of 222");
        assertThat(HoldDeskText.shown(0, 1)).isEqualTo("0 held orders shown of 1");
        assertThat(HoldDeskText.counts(1, "20.00")).isEqualTo("1 order on credit hold, 20.00");
    }

    @Test
    void anEmptyQueueSaysWhetherTheFiltersHideTheHeldOrders() {
        assertThat(HoldDeskText.empty(0)).isEqualTo("No orders on credit hold.");
        assertThat(HoldDeskText.empty(221))
                .isEqualTo("No held order matches the search and filters; 221 orders are on credit hold.");
        assertThat(HoldDeskText.empty(1))
                .isEqualTo("No held order matches the search and filters; 1 order is on credit hold.");
    }

    @Test
    void whatAChangeToTheCustomerReleasedAndTheHoldButton() {
        assertThat(HoldDeskText.moved(0)).isEmpty();
        assertThat(HoldDeskText.moved(1)).isEqualTo("; 1 held order now passes and was released");
        assertThat(HoldDeskText.moved(3)).isEqualTo("; 3 held orders now pass and were released");
        assertThat(HoldDeskText.holdButton(true)).isEqualTo("Take off _manual hold");
        assertThat(HoldDeskText.holdButton(false)).isEqualTo("Put on _manual hold");
    }

    /** Tour 7: "Change limit" with the same limit said "Credit limit ... changed". */
    @Test
    void aLimitChangeThatChangedNothingSaysSo() {
        assertThat(HoldDeskText.limitChanged("Acme", true, 2))
                .isEqualTo("Credit limit of Acme changed; 2 held orders now pass and were released");
        assertThat(HoldDeskText.limitChanged("Acme", false, 0))
                .isEqualTo("Credit limit and risk class of Acme unchanged: nothing saved");
    }

    /**
     * Tour13: the limit history's wording ("5,000.00 (Medium)") was built in persistence; the desk
     * words the stored terms now, in the user's locale, with the same text as before on the screen.
     */
    @Test
    void aLimitChangeIsWordedByTheDeskFromTheStoredTerms() {
        Formats us = Formats.forLocale(Locale.US);
        ZoneId utc = ZoneId.of("UTC");
        LimitChange h = new LimitChange(Instant.parse("2026-12-03T15:00:00Z"), "carmen",
                new LimitChange.Terms(Money.of("100"), RiskClass.LOW), new LimitChange.Terms(Money.of("150000"), RiskClass.MEDIUM),
                "Annual review");
        assertThat(HoldDeskText.limitLine(h, us, utc))
                .isEqualTo(us.dateTime(h.at(), utc) + "  carmen: 100.00 (Low) \u2192 150,000.00 (Medium)  (Annual review)");
        assertThat(HoldDeskText.terms(new LimitChange.Terms(null, RiskClass.HIGH), us)).isEqualTo("no limit (High)");
        assertThat(HoldDeskText.terms(new LimitChange.Terms(null, null), us)).isEqualTo("no limit");
        assertThat(HoldDeskText.terms(new LimitChange.Terms(Money.of("5000"), null), Formats.forLocale(Locale.GERMANY)))
                .isEqualTo("5.000,00");
    }

    /** Tour of 5 December 2026: the reasons said "$2,273.38" where every other amount has no sign. */
    @Test
    void holdReasonsShowAmountsWithoutTheCurrencySignAsElsewhere() {
        assertThat(HoldDeskText.reasonLine("Invoice past due", "2 invoices totalling $2,273.38 are more than 30 days past due;"
                + " the most overdue, INV-011366 ($1,551.69 open, due Oct 21, 2026), is 45 days past due"))
                .isEqualTo("\u2022 Invoice past due: 2 invoices totalling 2,273.38 are more than 30 days past due;"
                        + " the most overdue, INV-011366 (1,551.69 open, due Oct 21, 2026), is 45 days past due");
        assertThat(HoldDeskText.reasonLine("Over limit", "Exposure $50,000.01 exceeds the credit limit $50,000.00 by $0.01."))
                .isEqualTo("\u2022 Over limit: Exposure 50,000.01 exceeds the credit limit 50,000.00 by 0.01.");
        // a person's own words keep their sign
        assertThat(HoldDeskText.reasonLine("Manual hold", "Wire of $10,000 expected")).endsWith("Wire of $10,000 expected");
    }

    /**
     * Tour of 6 December 2026: a hold for paying late said the customer's habit in its reason and
     * again under "Predicted payment". Said once, in the reason; a habit no reason quotes (held for
     * something else, or the reason quotes an older prediction) still shows, as a sentence.
     */
    @Test
    void theHabitIsSaidOnceWhereTheReasonAlreadySaysIt() {
        String habit = "no payment history: predicted as the book's customers on its terms pay";
        String reason = "The payment prediction of Dec 6, 2026 puts the chance of paying more than 30 days after due at 83%"
                + " (money expected 59 days after due); risk class Low allows 75%. No payment history: predicted as the"
                + " book's customers on its terms pay.";
        assertThat(HoldDeskText.habit(habit, List.of("2 invoices totalling $2,273.38 are past due", reason))).isEmpty();
        assertThat(HoldDeskText.habit(habit, List.of("2 invoices totalling $2,273.38 are past due")))
                .contains("No payment history: predicted as the book's customers on its terms pay.");
        assertThat(HoldDeskText.habit("pays ~12 days late", List.of(reason))).contains("Pays ~12 days late.");
        assertThat(HoldDeskText.habit("", List.of(reason))).contains("No habit learnt yet.");
    }
}
