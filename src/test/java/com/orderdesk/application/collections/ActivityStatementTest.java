package com.orderdesk.application.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.invoicing.print.ActivityStatement;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The activity kind of the statement (balance forward): the opening balance on the period's first day,
 * each movement in it, the closing balance = opening + movements = the open items' total on its last day.
 * The fixture's book: Acme (C-10001) owes INV-701..706 (800.00 each, the oldest from March) paid by cheques
 * posted on the book's today (Nov 26), INV-7101 (5,000.00, Sep 12) and INV-7102 (300.00, Oct 17), both open.
 */
class ActivityStatementTest {
    private static final LocalDate TODAY = TestBook.TODAY;
    @TempDir
    Path dir;
    private CollectionsFixture f;

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
    }

    private static ActivityStatement activity(AppServices with, String from, String to, CollectionsFixture f) {
        return with.statements().activity(f.ar(), "C-10001", LocalDate.parse(from), LocalDate.parse(to));
    }

    private static List<String> moves(ActivityStatement a) {
        List<String> out = new ArrayList<>();
        List<Money> balances = a.runningBalances();
        for (int i = 0; i < a.movements().size(); i++) {
            ActivityStatement.Movement m = a.movements().get(i);
            out.add(m.date() + " " + m.type() + " " + m.documentNumber() + " " + m.amount() + " = " + balances.get(i));
        }
        return out;
    }

    @Test
    void theOpeningCountsInvoicesFromBeforeThePeriodAndAPaymentAppliedAfterItsEndIsNotInIt() {
        // a payment on INV-7101 applied three days after the book's today, after the period below ends
        AppServices later = f.later(3);
        f.pay(later, "C-10001", "INV-7101", "1000.00", TODAY.plusDays(3));

        ActivityStatement october = activity(later, "2026-10-01", "2026-10-31", f);
        assertThat(october.opening()).as("owed on Oct 1: INV-701..706 and INV-7101, all issued before").isEqualTo(Money.of("9800.00"));
        assertThat(moves(october)).containsExactly("2026-10-17 Invoice INV-7102 300.00 = 10100.00");
        assertThat(october.closing()).isEqualTo(Money.of("10100.00"));

        ActivityStatement november = activity(later, "2026-11-01", "2026-11-28", f);
        assertThat(november.opening()).isEqualTo(october.closing());
        assertThat(moves(november)).as("the six cheques posted on Nov 26; the 1,000.00 of Nov 29 is after the period")
                .hasSize(6).allMatch(m -> m.startsWith("2026-11-26 Payment "))
                .noneMatch(m -> m.contains("-1000.00"));
        assertThat(november.closing()).isEqualTo(Money.of("5300.00"));
        assertThat(november.movements()).allSatisfy(m -> assertThat(m.reference()).startsWith("On INV-70"));

        ActivityStatement toToday = activity(later, "2026-11-01", "2026-11-29", f);
        assertThat(toToday.movements()).hasSize(7);
        assertThat(toToday.movements().get(6).amount()).isEqualTo(Money.of("-1000.00"));
        assertThat(toToday.movements().get(6).reference()).isEqualTo("On INV-7101");
        assertThat(toToday.closing()).isEqualTo(Money.of("4300.00"));

        // closing = opening + movements (by construction) and = the open-item statement's total on the last day
        for (ActivityStatement a : List.of(october, november, toToday)) {
            assertThat(a.closing()).as("closing on %s", a.to()).isEqualTo(a.openAtEnd().balance())
                    .isEqualTo(later.invoicing().statement(f.ar(), "C-10001", a.to()).balance());
        }
    }

    @Test
    void theBatchWritesOneActivityStatementPerCustomerThatMovedAndIsAuditedAsTheStatementRunIs() {
        List<ActivityStatement> written = new ArrayList<>();
        StatementUseCases.Outcome o = f.services.statements().printActivity(f.ar(), LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), doc -> {
                    written.add(doc);
                    return dir.resolve(doc.customerNumber() + ".pdf");
                }, BatchProgress.NONE);

        assertThat(written).extracting(ActivityStatement::customerNumber).containsExactly("C-10001", "C-10002");
        // the schools: INV-801..806 (150.00 each) before October, INV-8101 (120.00) issued on Oct 22
        assertThat(written.get(1).opening()).isEqualTo(Money.of("900.00"));
        assertThat(moves(written.get(1))).containsExactly("2026-10-22 Invoice INV-8101 120.00 = 1020.00");
        assertThat(o.billed()).isEqualTo(Money.of("11120.00"));
        List<AuditEntry> runs = f.services.auditTrail().find(f.book.admin(), AuditQuery.all()).stream()
                .filter(e -> e.action().equals(CollectionsActions.STATEMENTS_PRINTED)).toList();
        assertThat(runs).hasSize(1);
        assertThat(AuditValues.parse(runs.get(0).after())).containsEntry("kind", "activity").containsEntry("from", "2026-10-01")
                .containsEntry("asOf", "2026-10-31").containsEntry("statements", "2");
    }

    @Test
    void aBackwardOrFuturePeriodIsRefusedAndOnlyThoseWhoPrintStatementsMayAsk() {
        var statements = f.services.statements();
        assertThatThrownBy(() -> statements.activity(f.ar(), "C-10001", TODAY, TODAY.minusDays(1)))
                .hasMessageContaining("after its last day");
        assertThatThrownBy(() -> statements.activity(f.ar(), "C-10001", TODAY, TODAY.plusDays(1)))
                .hasMessageContaining("a day still to come");
        assertThatThrownBy(() -> statements.activity(f.book.clerk(), "C-10001", TODAY.minusDays(30), TODAY))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> f.services.invoicing().activity(f.book.clerk(), "C-10001", TODAY.minusDays(30), TODAY))
                .isInstanceOf(NotAuthorizedException.class);
    }
}
