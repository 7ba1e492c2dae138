package com.orderdesk.logic.credit;

import com.orderdesk.model.customer.RiskClass;
import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static com.orderdesk.logic.credit.CreditFixtures.customer;
import static com.orderdesk.logic.credit.CreditFixtures.engine;
import static com.orderdesk.logic.credit.CreditFixtures.input;
import static com.orderdesk.logic.credit.CreditFixtures.invoice;
import static com.orderdesk.logic.credit.CreditFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CreditEngineTest {

    @Test
    void cleanCustomerPasses() {
        CreditDecision d = engine().check(input(customer(), List.of(), List.of(), order("1000")));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        assertThat(d.reasons()).isEmpty();
        assertThat(d.basis()).isEqualTo(DecisionBasis.FULL_CHECK);
        assertThat(d.checkedOn()).isEqualTo(TODAY);
        assertThat(d.riskClass()).isEqualTo(RiskClass.MEDIUM);
    }

    @Nested
    class CreditLimit {
        // limit 50,000: receivables 30,000 (not yet due) + other order 10,000 + this order
        private CreditDecision checkWithThisOrder(String value) {
            return engine().check(input(customer(),
                    List.of(invoice("INV-1", TODAY.plusDays(10), "30000")),
                    List.of(new OpenOrder(55, "SO-55", Money.of(10_000))),
                    order(value)));
        }

        @Test
        void exposureExactlyAtTheLimitPasses() {
            CreditDecision d = checkWithThisOrder("10000.00");
            assertThat(d.exposure().total()).isEqualTo(Money.of(50_000));
            assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void oneCentOverTheLimitHolds() {
            CreditDecision d = checkWithThisOrder("10000.01");
            assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(CreditReason.CREDIT_LIMIT_EXCEEDED);
                assertThat(r.message()).isEqualTo(
                        "Exposure $50,000.01 exceeds the credit limit $50,000.00 by $0.01.");
            });
        }

        @Test
        void sentenceCarriesTheNumbers() {
            CreditDecision d = checkWithThisOrder("12310");
            assertThat(d.reasons().get(0).message())
                    .isEqualTo("Exposure $52,310.00 exceeds the credit limit $50,000.00 by $2,310.00.");
        }

        @Test
        void zeroLimitHoldsAnyOrder() {
            CreditDecision d = engine().check(input(customer(RiskClass.LOW, Money.ZERO, TODAY.minusYears(3)),
                    List.of(), List.of(), order("0.01")));
            assertThat(d.reasonCodes()).containsExactly(CreditReason.CREDIT_LIMIT_EXCEEDED);
        }
    }

    @Nested
    class PastDue {
        // MEDIUM tolerates 15 days past due
        @Test
        void exactlyToleranceDaysPastDuePasses() {
            CreditDecision d = engine().check(input(customer(),
                    List.of(invoice("INV-7", TODAY.minusDays(15), "100")), List.of(), order("10")));
            assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void oneDayMoreHolds() {
            CreditDecision d = engine().check(input(customer(),
                    List.of(invoice("INV-7", TODAY.minusDays(16), "1200")), List.of(), order("10")));
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(CreditReason.INVOICE_PAST_DUE);
                assertThat(r.message()).isEqualTo("Invoice INV-7 ($1,200.00 open, due Nov 10, 2026) is 16 days"
                        + " past due; risk class Medium allows 15 days.");
            });
        }

        @Test
        void severalLateInvoicesAreSummedAndTheWorstNamed() {
            CreditDecision d = engine().check(input(customer(), List.of(
                    invoice("INV-8", TODAY.minusDays(20), "500"),
                    invoice("INV-3", TODAY.minusDays(47), "1200"),
                    invoice("INV-9", TODAY.minusDays(3), "999")), List.of(), order("10")));
            assertThat(d.reasons()).extracting(CreditHoldReason::message).containsExactly(
                    "2 invoices totalling $1,700.00 are more than 15 days past due; the most overdue, INV-3"
                            + " ($1,200.00 open, due Oct 10, 2026), is 47 days past due;"
                            + " risk class Medium allows 15 days.");
        }

        @Test
        void aCreditMemoIsNeverPastDue() {
            CreditDecision d = engine().check(input(customer(),
                    List.of(invoice("CM-1", TODAY.minusDays(200), "-50")), List.of(), order("10")));
            assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void toleranceDependsOnRiskClass() {
            List<OpenItem> items = List.of(invoice("INV-7", TODAY.minusDays(6), "100"));
            assertThat(engine().check(input(customer(RiskClass.HIGH, Money.of(50_000), TODAY.minusYears(5)),
                    items, List.of(), order("10"))).reasonCodes()).containsExactly(CreditReason.INVOICE_PAST_DUE);
            assertThat(engine().check(input(customer(RiskClass.LOW, Money.of(50_000), TODAY.minusYears(5)),
                    items, List.of(), order("10"))).outcome()).isEqualTo(CreditOutcome.PASS);
        }
    }

    @Nested
    class OldestItem {
        // LOW: past due tolerance 30, oldest item 120 days; an invoice due in the future but dated long ago
        private CreditDecision withItemDated(long daysAgo) {
            OpenItem item = new OpenItem("INV-OLD", TODAY.minusDays(daysAgo), TODAY.plusDays(1), Money.of("800"));
            return engine().check(input(customer(RiskClass.LOW, Money.of(50_000), TODAY.minusYears(5)),
                    List.of(item), List.of(), order("10")));
        }

        @Test
        void exactlyMaxAgePasses() {
            assertThat(withItemDated(120).outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void oneDayOlderHolds() {
            CreditDecision d = withItemDated(121);
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(CreditReason.OLDEST_ITEM_TOO_OLD);
                assertThat(r.message()).isEqualTo("The oldest open item, INV-OLD ($800.00 open) of Jul 28, 2026,"
                        + " is 121 days old; risk class Low allows 120 days.");
            });
        }
    }

    @Nested
    class MaxOrderWithoutLimit {
        // MEDIUM: $5,000 without a limit
        private CreditDecision noLimit(String value) {
            return engine().check(input(customer(RiskClass.MEDIUM, null, TODAY.minusYears(5)),
                    List.of(), List.of(), order(value)));
        }

        @Test
        void exactlyTheMaximumPasses() {
            assertThat(noLimit("5000.00").outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void oneCentOverHolds() {
            CreditDecision d = noLimit("5000.01");
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(CreditReason.ORDER_OVER_MAX_NO_LIMIT);
                assertThat(r.message()).isEqualTo("Order value $5,000.01 exceeds $5,000.00, the most allowed for"
                        + " a customer without a credit limit in risk class Medium, by $0.01.");
            });
        }

        @Test
        void customerWithALimitIsNotCapped() {
            CreditDecision d = engine().check(input(customer(), List.of(), List.of(), order("20000")));
            assertThat(d.outcome()).isEqualTo(CreditOutcome.PASS);
        }
    }

    @Nested
    class NewCustomer {
        // MEDIUM: new for 180 days, at most $5,000
        private CreditDecision since(long daysAgo, String value) {
            return engine().check(input(customer(RiskClass.MEDIUM, Money.of(50_000), TODAY.minusDays(daysAgo)),
                    List.of(), List.of(), order(value)));
        }

        @Test
        void newCustomerAtTheMaximumPasses() {
            assertThat(since(10, "5000").outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void newCustomerOneCentOverHolds() {
            CreditDecision d = since(179, "5000.01");
            assertThat(d.reasons()).singleElement().satisfies(r -> {
                assertThat(r.code()).isEqualTo(CreditReason.ORDER_OVER_MAX_NEW_CUSTOMER);
                assertThat(r.message()).isEqualTo("Order value $5,000.01 exceeds $5,000.00, the most allowed for a"
                        + " new customer in risk class Medium, by $0.01 (customer since May 31, 2026, 179 days;"
                        + " new for 180 days).");
            });
        }

        @Test
        void afterTheNewPeriodTheCapNoLongerApplies() {
            assertThat(since(180, "9000").outcome()).isEqualTo(CreditOutcome.PASS);
        }

        @Test
        void newCustomerWithoutLimitCanFailBothCaps() {
            CreditDecision d = engine().check(input(customer(RiskClass.HIGH, null, TODAY.minusDays(5)),
                    List.of(), List.of(), order("3000")));
            assertThat(d.reasonCodes()).containsExactlyInAnyOrder(
                    CreditReason.ORDER_OVER_MAX_NO_LIMIT, CreditReason.ORDER_OVER_MAX_NEW_CUSTOMER);
        }
    }

    @Nested
    class ManualHold {
        @Test
        void manualHoldHoldsWithItsNote() {
            CustomerCreditProfile c = new CustomerCreditProfile(7, "Acme", RiskClass.LOW, Money.of(50_000),
                    TODAY.minusYears(5), true, "Disputed freight charges; call before shipping.", null);
            CreditDecision d = engine().check(input(c, List.of(), List.of(), order("1")));
            assertThat(d.reasons()).containsExactly(new CreditHoldReason(CreditReason.MANUAL_HOLD,
                    "The customer is on manual hold: Disputed freight charges; call before shipping."));
        }

        @Test
        void manualHoldWithoutNote() {
            CustomerCreditProfile c = new CustomerCreditProfile(7, "Acme", RiskClass.LOW, Money.of(50_000),
                    TODAY.minusYears(5), true, " ", null);
            assertThat(engine().check(input(c, List.of(), List.of(), order("1"))).reasons())
                    .extracting(CreditHoldReason::message).containsExactly("The customer is on manual hold.");
        }
    }

    @Nested
    class ReviewDate {
        private CreditDecision reviewDue(RiskClass rc, long daysAgo) {
            CustomerCreditProfile c = new CustomerCreditProfile(7, "Acme", rc, Money.of(50_000),
                    TODAY.minusYears(5), false, null, TODAY.minusDays(daysAgo));
            return engine().check(input(c, List.of(), List.of(), order("1")));
        }

        @Test
        void highRiskReviewDueTodayPassesAndYesterdayHolds() {
            assertThat(reviewDue(RiskClass.HIGH, 0).outcome()).isEqualTo(CreditOutcome.PASS);
            assertThat(reviewDue(RiskClass.HIGH, 1).reasons()).containsExactly(new CreditHoldReason(
                    CreditReason.CREDIT_REVIEW_OVERDUE, "The credit review was due on Nov 25, 2026, 1 day ago."));
        }

        @Test
        void mediumGetsSevenDaysOfGrace() {
            assertThat(reviewDue(RiskClass.MEDIUM, 7).outcome()).isEqualTo(CreditOutcome.PASS);
            assertThat(reviewDue(RiskClass.MEDIUM, 8).reasons()).extracting(CreditHoldReason::message)
                    .containsExactly("The credit review was due on Nov 18, 2026, 8 days ago;"
                            + " risk class Medium allows 7 days of grace.");
        }

        @Test
        void reviewInTheFuturePasses() {
            assertThat(reviewDue(RiskClass.HIGH, -30).outcome()).isEqualTo(CreditOutcome.PASS);
        }
    }

    @Test
    void allReasonsAreReportedTogether() {
        CustomerCreditProfile c = new CustomerCreditProfile(7, "Acme", RiskClass.MEDIUM, Money.of(1_000),
                TODAY.minusYears(5), true, "Bankruptcy rumours", TODAY.minusDays(60));
        CreditDecision d = engine().check(input(c,
                List.of(invoice("INV-1", TODAY.minusDays(100), "900")), List.of(), order("500")));
        assertThat(d.outcome()).isEqualTo(CreditOutcome.HOLD);
        assertThat(d.reasons()).extracting(CreditHoldReason::code).containsExactly(
                CreditReason.MANUAL_HOLD, CreditReason.CREDIT_LIMIT_EXCEEDED, CreditReason.INVOICE_PAST_DUE,
                CreditReason.OLDEST_ITEM_TOO_OLD, CreditReason.CREDIT_REVIEW_OVERDUE);
    }

    @Test
    void disabledCheckIsSkippedForThatClassOnly() {
        CreditPolicy policy = CreditPolicy.defaults().with(RiskClass.LOW,
                CreditPolicy.defaults().forClass(RiskClass.LOW).withDisabled(CreditReason.INVOICE_PAST_DUE));
        CreditEngine engine = new CreditEngine(policy, CreditFixtures.CLOCK);
        List<OpenItem> late = List.of(invoice("INV-1", TODAY.minusDays(40), "10"));
        assertThat(engine.check(input(customer(RiskClass.LOW, Money.of(50_000), TODAY.minusYears(5)),
                late, List.of(), order("1"))).outcome()).isEqualTo(CreditOutcome.PASS);
        assertThat(engine.check(input(customer(RiskClass.MEDIUM, Money.of(50_000), TODAY.minusYears(5)),
                late, List.of(), order("1"))).reasonCodes()).containsExactly(CreditReason.INVOICE_PAST_DUE);
    }
}
