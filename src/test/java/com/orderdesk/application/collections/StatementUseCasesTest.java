package com.orderdesk.application.collections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.CreditMemo;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The statement batch: who gets a statement (a balance owed, nothing else), what it holds, Cancel,
 * failures that do not stop the batch, the audit of the run, and who may run it.
 */
class StatementUseCasesTest {
    @TempDir
    Path dir;
    private CollectionsFixture f;
    private StatementUseCases statements;

    @BeforeEach
    void book() {
        f = new CollectionsFixture(dir);
        statements = f.services.statements();
    }

    /** A credit memo on a paid invoice: a credit in the customer's favour until it is used. */
    private void creditMemo(String number, String invoice, String amount) {
        f.book.db.write(s -> {
            Invoice i = s.createSelectionQuery("from Invoice i where i.number = :n", Invoice.class).setParameter("n", invoice)
                    .getSingleResult();
            Money m = Money.of(amount);
            s.persist(new CreditMemo(number, i, TestBook.TODAY.minusDays(3), "Damaged goods", List.of(), List.of(), m,
                    Money.ZERO, m, m, "ar1", TestBook.CLOCK.instant()));
            return null;
        });
    }

    private StatementUseCases.Outcome printAll(List<StatementDocument> into) {
        return statements.printAll(f.ar(), TestBook.TODAY, doc -> {
            into.add(doc);
            return dir.resolve(doc.customerNumber() + ".pdf");
        }, BatchProgress.NONE);
    }

    @Test
    void everyCustomerOwingABalanceGetsOneStatementAndACreditBalanceGetsNone() {
        // the schools owe 120.00 but have a 150.00 credit: 30.00 in their favour
        creditMemo("CM-009001", "INV-801", "150.00");
        List<StatementDocument> docs = new ArrayList<>();

        StatementUseCases.Outcome o = printAll(docs);

        assertThat(statements.candidates(f.ar(), TestBook.TODAY)).containsExactly("C-10001", "C-10002");
        assertThat(docs).extracting(StatementDocument::customerNumber).containsExactly("C-10001");
        assertThat(docs.get(0).items()).extracting(StatementDocument.Item::documentNumber)
                .containsExactly("INV-7101", "INV-7102");
        assertThat(docs.get(0).balance()).isEqualTo(Money.of("5300.00"));
        assertThat(o.leftOut()).containsExactly("C-10002");
        assertThat(o.billed()).isEqualTo(Money.of("5300.00"));
        assertThat(o.written()).hasSize(1);
        assertThat(o.cancelled()).isFalse();
    }

    @Test
    void paidUpCustomersAndItemsIssuedAfterTheDateAreLeftOut() {
        f.pay("C-10002", "INV-8101", "120.00", TestBook.TODAY);
        assertThat(statements.candidates(f.ar(), TestBook.TODAY)).containsExactly("C-10001");
        // on a day before INV-7102 was issued it was not on the account (the history invoices were paid, in the
        // book, only today: on that day they were still open)
        assertThat(statements.statement(f.ar(), "C-10001", TestBook.TODAY.minusDays(50)).orElseThrow().items())
                .extracting(StatementDocument.Item::documentNumber).contains("INV-7101").doesNotContain("INV-7102");
        assertThat(statements.candidates(f.ar(), TestBook.TODAY.minusMonths(12))).isEmpty();
    }

    @Test
    void aStatementAsOfAPastDayShowsTheOpenAmountsOfThatDay() {
        // five days after the book's today: INV-7102 paid in full, 1,000.00 of INV-7101, and a new invoice issued
        var later = f.later(5);
        f.pay(later, "C-10001", "INV-7102", "300.00", TestBook.TODAY.plusDays(5));
        f.pay(later, "C-10001", "INV-7101", "1000.00", TestBook.TODAY.plusDays(5));
        f.invoice(f.book.acmeId, "INV-7103", TestBook.TODAY.plusDays(2), TestBook.TODAY.plusDays(32), "40.00");
        StatementUseCases laterStatements = later.statements();

        StatementDocument then = laterStatements.statement(f.ar(), "C-10001", TestBook.TODAY).orElseThrow();
        assertThat(then.items()).extracting(StatementDocument.Item::documentNumber, i -> i.open().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-7101", "5000.00"),
                        org.assertj.core.groups.Tuple.tuple("INV-7102", "300.00"));
        assertThat(then.balance()).isEqualTo(Money.of("5300.00"));
        assertThat(laterStatements.candidates(f.ar(), TestBook.TODAY)).contains("C-10001");

        StatementDocument now = laterStatements.statement(f.ar(), "C-10001", TestBook.TODAY.plusDays(5)).orElseThrow();
        assertThat(now.items()).extracting(StatementDocument.Item::documentNumber, i -> i.open().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("INV-7101", "4000.00"),
                        org.assertj.core.groups.Tuple.tuple("INV-7103", "40.00"));
        assertThat(now.balance()).isEqualTo(Money.of("4040.00"));
    }

    @Test
    void aDisputedAmountIsOnTheStatementMarkedAndKeptOutOfTheAging() {
        f.services.claims().openDispute(f.ar(), new DisputeRequest("INV-7102", ClaimReason.PRICING, Money.of("100.00"),
                "price not as agreed"));
        StatementDocument doc = statements.statement(f.ar(), "C-10001", TestBook.TODAY).orElseThrow();
        assertThat(doc.disputed()).isEqualTo(Money.of("100.00"));
        assertThat(doc.balance()).isEqualTo(Money.of("5300.00"));
        assertThat(doc.items()).filteredOn(StatementDocument.Item::disputed).singleElement()
                .extracting(StatementDocument.Item::reference).asString().startsWith("On INV-7102");
    }

    @Test
    void cancelStopsBeforeTheNextCustomerAndTheRunIsAuditedWithWhatWasWritten() {
        List<String> seen = new ArrayList<>();
        List<String> told = new ArrayList<>();
        StatementUseCases.Outcome o = statements.printAll(f.ar(), TestBook.TODAY, doc -> {
            seen.add(doc.customerNumber());
            return dir.resolve(doc.customerNumber() + ".pdf");
        }, new BatchProgress() {
            @Override
            public void starting(int number, int of, String customerNo) {
                told.add(number + " of " + of + ": " + customerNo);
            }

            @Override
            public boolean stopRequested() {
                return !seen.isEmpty();
            }
        });

        assertThat(seen).containsExactly("C-10001");
        assertThat(told).as("told before the first customer, asked before the second").containsExactly("1 of 2: C-10001");
        assertThat(o.cancelled()).isTrue();
        AuditEntry entry = runs().get(0);
        assertThat(entry.user()).isEqualTo(f.ar().userName());
        assertThat(entry.documentId()).isEqualTo("statements " + TestBook.TODAY);
        Map<String, String> after = AuditValues.parse(entry.after());
        assertThat(after).containsEntry("statements", "1").containsEntry("asOf", TestBook.TODAY.toString())
                .containsEntry("cancelled", "true").containsEntry("customers", "2");
    }

    @Test
    void aStatementThatFailsIsNamedAndTheBatchGoesOn() {
        StatementUseCases.Outcome o = statements.printAll(f.ar(), TestBook.TODAY, doc -> {
            if (doc.customerNumber().equals("C-10001")) {
                throw new IllegalStateException("disk full");
            }
            return dir.resolve(doc.customerNumber() + ".pdf");
        }, BatchProgress.NONE);
        assertThat(o.failures()).containsExactly(Map.entry("C-10001", "disk full"));
        assertThat(o.written()).containsExactly(dir.resolve("C-10002.pdf"));
        assertThat(AuditValues.parse(runs().get(0).after())).containsEntry("failed", "1").containsEntry("statements", "1");
    }

    @Test
    void aFutureDateIsRefusedAndOnlyCollectionsStaffMayRunTheBatch() {
        assertThatThrownBy(() -> statements.printAll(f.ar(), TestBook.TODAY.plusDays(1), doc -> dir, BatchProgress.NONE)).hasMessageContaining("in the future");
        assertThatThrownBy(() -> statements.printAll(f.book.clerk(), TestBook.TODAY, doc -> dir, BatchProgress.NONE)).isInstanceOf(NotAuthorizedException.class).hasMessageContaining("may not work the collections");
        assertThat(runs()).isEmpty();
    }

    private List<AuditEntry> runs() {
        return f.services.auditTrail().find(f.book.admin(), AuditQuery.all()).stream()
                .filter(e -> e.action().equals(CollectionsActions.STATEMENTS_PRINTED)).toList();
    }
}
