package com.orderdesk.application.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.StopAfter;
import com.orderdesk.logic.collections.AgingBucket;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.collections.PaymentPromise;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectionsUseCasesTest {
    @TempDir
    Path dir;
    private CollectionsFixture f;
    private CollectionsUseCases collections;

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
        collections = f.services.collections();
    }

    private static List<String> order(CollectionsUseCases c, com.orderdesk.logic.security.SignedInUser u) {
        return c.worklist(u).listing().rows().stream().map(WorklistRow::customerNo).toList();
    }

    @Test
    void theWorklistRanksCustomersByWhatIsAtStakeWithTheirPredictedPayDates() {
        assertThat(collections.predictionsCurrent(f.ar())).isFalse();
        assertThat(collections.refreshPredictions(f.ar())).isEqualTo(2);
        assertThat(collections.predictionsCurrent(f.ar())).isTrue();

        List<WorklistRow> rows = collections.worklist(f.ar()).listing().rows();
        assertThat(rows).extracting(WorklistRow::customerNo).containsExactly("C-10001", "C-10002");
        WorklistRow acme = rows.get(0);
        assertThat(acme.open()).isEqualTo(Money.of("5300.00"));
        assertThat(acme.overdue()).isEqualTo(Money.of("5300.00"));
        assertThat(acme.daysPastDue()).isEqualTo(45);
        assertThat(acme.bucket()).isEqualTo(AgingBucket.DAYS_31_60);
        assertThat(acme.firstPay()).isAfter(TestBook.TODAY);
        assertThat(acme.lastPay()).isAfterOrEqualTo(acme.firstPay());
        assertThat(acme.pLate30()).isGreaterThan(rows.get(1).pLate30());
        assertThat(acme.stake()).isGreaterThan(rows.get(1).stake());
        assertThat(acme.behaviour()).isNotBlank();
        // the day's forecast is kept for later comparison
        Integer weeks = f.book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM cash_forecast_week", Object.class)
                .getSingleResult()).intValue());
        assertThat(weeks).isEqualTo(13);
    }

    @Test
    void aLoadStoppedDuringTheDaysPredictionsStoresNothingAndKeepsYesterdaysCache() {
        assertThat(collections.load(f.ar(), false, BatchProgress.NONE)).get().extracting(w -> w.listing().rows().size())
                .isEqualTo(2);
        CollectionsUseCases tomorrow = f.later(1).collections();
        assertThat(tomorrow.predictionsCurrent(f.ar())).isFalse();

        // Cancel while the prediction engine runs (step 3): stopped before its answers are summed up and stored
        StopAfter stop = new StopAfter(3);
        assertThat(tomorrow.load(f.ar(), false, stop)).isEmpty();
        assertThat(stop.told()).containsExactly("1 of 5: Reading the paid invoices", "2 of 5: Reading the open invoices",
                "3 of 5: Predicting each invoice's payment");
        assertThat(tomorrow.predictionsCurrent(f.ar())).as("tomorrow's run rolled back").isFalse();
        assertThat(predictionsAsOf()).as("today's cache stays").isEqualTo(TestBook.TODAY.toString());
        // Cancel as the outlooks are summed up: asked between two customers, before the first is stored
        assertThat(tomorrow.load(f.ar(), false, new StopAfter(4))).isEmpty();
        assertThat(predictionsAsOf()).isEqualTo(TestBook.TODAY.toString());
        assertThat(refreshesAudited()).as("only the whole run is audited").isEqualTo(1);

        StopAfter whole = new StopAfter(Integer.MAX_VALUE);
        assertThat(tomorrow.load(f.ar(), false, whole)).isPresent();
        assertThat(whole.told()).hasSize(5).last().isEqualTo("5 of 5: " + CollectionsUseCases.READING_THE_WORKLIST);
        assertThat(predictionsAsOf()).isEqualTo(TestBook.TODAY.plusDays(1).toString());
        assertThat(refreshesAudited()).isEqualTo(2);
    }

    private String predictionsAsOf() {
        return f.book.db.read(s -> String.valueOf(s.createNativeQuery("SELECT max(as_of) FROM collection_prediction", Object.class)
                .getSingleResult()));
    }

    private int refreshesAudited() {
        return f.book.db.read(s -> ((Number) s.createNativeQuery("SELECT count(*) FROM audit_entry WHERE action = '"
                + CollectionsActions.PREDICTIONS_REFRESHED + "'", Object.class).getSingleResult()).intValue());
    }

    @Test
    void aPromiseKeptByThePaymentIsSettledAndABrokenOneTopsTheWorklistUntilFollowedUp() {
        collections.refreshPredictions(f.ar());
        assertThat(order(collections, f.ar())).containsExactly("C-10001", "C-10002");
        collections.recordPromise(f.ar(), f.book.exemptId, Money.of("120.00"), TestBook.TODAY.plusDays(3), "pays Friday");
        collections.recordPromise(f.ar(), f.book.acmeId, Money.of("300.00"), TestBook.TODAY.plusDays(2), "small one first");

        // the schools pay on the day after: kept when the worklist is next loaded
        AppServices tomorrow = f.later(1);
        f.pay(tomorrow, "C-10002", "INV-8101", "120.00", TestBook.TODAY.plusDays(1));
        CollectionsUseCases.Worklist list = tomorrow.collections().worklist(f.ar());
        assertThat(list.promisesKept()).isEqualTo(1);
        assertThat(list.promisesBroken()).isZero();

        // Acme pays nothing: its promise breaks once the grace days are past...
        AppServices later = f.later(5);
        CollectionsUseCases.Worklist after = later.collections().worklist(f.ar());
        assertThat(after.promisesBroken()).isEqualTo(1);
        WorklistRow acme = after.listing().rows().get(0);
        assertThat(acme.customerNo()).isEqualTo("C-10001");
        assertThat(acme.brokenPromise()).isTrue();
        assertThat(acme.promiseStatus()).isEqualTo(PaymentPromise.Status.BROKEN);
        var file = later.collections().customerFile(f.ar(), f.book.acmeId);
        assertThat(file.promises()).extracting(PaymentPromise::status).containsExactly(PaymentPromise.Status.BROKEN);
        assertThat(later.collections().customerFile(f.ar(), f.book.exemptId).promises())
                .extracting(PaymentPromise::status).containsExactly(PaymentPromise.Status.KEPT);

        // ...and the call that follows it up takes the flag off
        later.collections().logContact(f.ar(), f.book.acmeId, CollectionContact.Channel.CALL, "Promised again, cheque in post",
                TestBook.TODAY.plusDays(8));
        WorklistRow followed = later.collections().worklist(f.ar()).listing().rows().get(0);
        assertThat(followed.brokenPromise()).isFalse();
        assertThat(followed.lastContactOn()).isEqualTo(TestBook.TODAY.plusDays(5));
        assertThat(followed.nextActionOn()).isEqualTo(TestBook.TODAY.plusDays(8));
        List<String> actions = f.book.db.read(s -> s.createNativeQuery("SELECT action FROM audit_entry WHERE action LIKE 'PROMISE%'"
                + " ORDER BY id", String.class).getResultList());
        assertThat(actions)
                .containsExactly("PROMISE_TO_PAY", "PROMISE_TO_PAY", "PROMISE_KEPT", "PROMISE_BROKEN");
    }

    @Test
    void aBrokenPromiseOfASmallerCustomerComesBeforeTheLargestStake() {
        collections.refreshPredictions(f.ar());
        collections.recordPromise(f.ar(), f.book.exemptId, Money.of("120.00"), TestBook.TODAY, null);
        AppServices later = f.later(3);
        assertThat(order(later.collections(), f.ar())).containsExactly("C-10002", "C-10001");
    }

    @Test
    void contactsAndPromisesNeedWhatMakesThemUseful() {
        assertThatThrownBy(() -> collections.logContact(f.ar(), f.book.acmeId, CollectionContact.Channel.CALL, " ", null))
                .hasMessageContaining("note is empty");
        assertThatThrownBy(() -> collections.recordPromise(f.ar(), f.book.acmeId, Money.of("10.00"),
                TestBook.TODAY.minusDays(1), null)).hasMessageContaining("today or later");
        assertThatThrownBy(() -> collections.recordPromise(f.ar(), f.book.acmeId, Money.ZERO, TestBook.TODAY, null))
                .hasMessageContaining("above zero");
    }

    @Test
    void aPaymentPostedAfterTheDaysPredictionsShowsOnTheWorklistAtOnce() {
        collections.refreshPredictions(f.ar());
        // the oldest invoice paid in full and the schools' only one: the list is read from the book, not the morning's run
        f.pay("C-10001", "INV-7101", "5000.00", TestBook.TODAY);
        f.pay("C-10002", "INV-8101", "120.00", TestBook.TODAY);

        List<WorklistRow> rows = collections.worklist(f.ar()).listing().rows();
        assertThat(rows).extracting(WorklistRow::customerNo).containsExactly("C-10001");
        WorklistRow acme = rows.get(0);
        assertThat(acme.open()).isEqualTo(Money.of("300.00"));
        assertThat(acme.overdue()).isEqualTo(Money.of("300.00"));
        assertThat(acme.oldestDue()).isEqualTo(TestBook.TODAY.minusDays(10));
        assertThat(acme.daysPastDue()).isEqualTo(10);
        assertThat(acme.bucket()).isEqualTo(AgingBucket.DAYS_1_30);
    }

    @Test
    void aCustomerInvoicedAfterTheDaysPredictionsIsListedAsNotPredictedYet() {
        collections.refreshPredictions(f.ar());
        f.overdueCustomers(1); // C-20001, one invoice 45 days overdue, entered after the run (a backdated invoice)

        List<WorklistRow> rows = collections.worklist(f.ar()).listing().rows();
        assertThat(rows).extracting(WorklistRow::customerNo).contains("C-20001", "C-10001", "C-10002");
        WorklistRow late = rows.stream().filter(r -> r.customerNo().equals("C-20001")).findFirst().orElseThrow();
        assertThat(late.open()).isEqualTo(Money.of("1000.00"));
        assertThat(late.overdue()).isEqualTo(Money.of("1000.00"));
        assertThat(late.daysPastDue()).isEqualTo(45);
        assertThat(late.predicted()).isFalse();
        assertThat(late.firstPay()).isNull();
        assertThat(late.disputed()).isEqualTo(Money.ZERO);
        assertThat(rows.stream().filter(r -> !r.customerNo().equals("C-20001"))).allMatch(WorklistRow::predicted);
    }

    @Test
    void aDisputeOpenedAfterTheDaysPredictionsShowsOnTheWorklistAtOnce() {
        collections.refreshPredictions(f.ar());
        // opened after the morning's run: the disputed amount was the run's (none) until the next day
        f.services.claims().openDispute(f.ar(), new com.orderdesk.application.claims.DisputeRequest("INV-7101",
                com.orderdesk.model.claims.ClaimReason.PRICING, Money.of("250.00"), "price agreed lower"));

        WorklistRow acme = collections.worklist(f.ar()).listing().rows().stream()
                .filter(r -> r.customerNo().equals("C-10001")).findFirst().orElseThrow();
        assertThat(acme.disputed()).isEqualTo(Money.of("250.00"));
        assertThat(acme.open()).as("a dispute stays in the open amount").isEqualTo(Money.of("5300.00"));
        WorklistRow schools = collections.worklist(f.ar()).listing().rows().stream()
                .filter(r -> r.customerNo().equals("C-10002")).findFirst().orElseThrow();
        assertThat(schools.disputed()).isEqualTo(Money.ZERO);
    }
}
