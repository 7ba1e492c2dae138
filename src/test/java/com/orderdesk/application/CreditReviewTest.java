package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A credit manager records a credit review of a customer (CreditUseCases#recordReview): the next review
 * date, audited; the customer's orders held for the overdue review and nothing else are released, the
 * others stay held. Clerks and AR are refused with the book unchanged.
 */
class CreditReviewTest {
    private static final LocalDate OVERDUE = TestBook.TODAY.minusDays(60);

    @TempDir
    Path dir;
    TestBook book;
    CreditUseCases desk;
    SignedInUser clerk;
    SignedInUser manager;
    SavedOrder reviewOnly;
    SavedOrder reviewAndSize;
    SavedOrder otherCustomers;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        desk = book.services().credit();
        clerk = book.clerk();
        manager = book.manager();
        // no limit, review 60 days overdue (MEDIUM allows 7 days of grace), customers for years
        for (long id : new long[] {book.acmeId, book.exemptId}) {
            book.db.write(s -> {
                Customer c = s.find(Customer.class, id);
                c.setCreditLimit(null);
                c.setRiskClass(RiskClass.MEDIUM);
                c.setCreditReviewDate(OVERDUE);
                return null;
            });
        }
        book.db.write(s -> s.createNativeQuery("UPDATE customer SET customer_since = '2020-01-01'").executeUpdate());
        reviewOnly = book.services().orders().save(clerk, gloves(book.acmeId, book.acmeShipToId, 1));
        // 500 x 10.99: over the 5,000.00 a MEDIUM customer without a limit may order at once
        reviewAndSize = book.services().orders().save(clerk, gloves(book.acmeId, book.acmeShipToId, 500));
        otherCustomers = book.services().orders().save(clerk, gloves(book.exemptId, book.exemptShipToId, 1));
        assertThat(reasons(reviewOnly)).containsExactly(CreditReason.CREDIT_REVIEW_OVERDUE);
        assertThat(reasons(reviewAndSize)).containsExactlyInAnyOrder(CreditReason.ORDER_OVER_MAX_NO_LIMIT,
                CreditReason.CREDIT_REVIEW_OVERDUE);
        assertThat(reasons(otherCustomers)).containsExactly(CreditReason.CREDIT_REVIEW_OVERDUE);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private OrderDraft gloves(long customerId, long shipToId, int qty) {
        return new OrderDraft(null, null, customerId, shipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", qty, null, BigDecimal.ZERO)));
    }

    private List<CreditReason> reasons(SavedOrder o) {
        return desk.detail(manager, o.id()).reasons().stream().map(CreditHoldReason::code).toList();
    }

    private OrderStatus status(SavedOrder o) {
        return book.db.read(s -> s.find(SalesOrder.class, o.id()).status());
    }

    private LocalDate reviewDate(long customerId) {
        return book.db.read(s -> s.find(Customer.class, customerId).creditReviewDate().orElse(null));
    }

    @Test
    void clerksAndArAreRefusedAndNothingChanges() {
        for (SignedInUser other : List.of(clerk, book.arClerk())) {
            refusedAndNothingChanged(book, "change credit limits or risk classes",
                    () -> desk.recordReview(other, book.acmeId, OVERDUE, TestBook.TODAY.plusMonths(12), "looked"));
            assertThat(reviewDate(book.acmeId)).isEqualTo(OVERDUE);
        }
    }

    @Test
    void theNextReviewMustBeAfterTodayAndNothingIsStoredOtherwise() {
        String before = UseCaseRefusals.fingerprint(book);
        assertThatThrownBy(() -> desk.recordReview(manager, book.acmeId, OVERDUE, TestBook.TODAY, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The next credit review of Acme Janitorial Supply must be after today (Nov 26, 2026);"
                        + " Nov 26, 2026 is today.");
        assertThatThrownBy(() -> desk.recordReview(manager, book.acmeId, OVERDUE, TestBook.TODAY.minusDays(3), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("must be after today (Nov 26, 2026); Nov 23, 2026 has passed.");
        assertThatThrownBy(() -> desk.recordReview(manager, book.acmeId, OVERDUE, null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Give the date of the next credit review of Acme Janitorial Supply: a day after today (Nov 26, 2026).");
        assertThat(UseCaseRefusals.fingerprint(book)).isEqualTo(before);
        assertThat(reviewDate(book.acmeId)).isEqualTo(OVERDUE);
    }

    @Test
    void aReviewSetsTheNextDateIsAuditedAndReleasesOnlyTheOrdersNothingElseHolds() {
        LocalDate next = desk.defaultNextReview(manager);
        assertThat(next).isEqualTo(LocalDate.of(2027, 11, 26));

        var recorded = desk.recordReview(manager, book.acmeId, OVERDUE, next, "  Accounts and references checked  ");

        assertThat(recorded).isEqualTo(new CreditUseCases.ReviewRecorded("Acme Janitorial Supply", next, 1));
        assertThat(reviewDate(book.acmeId)).isEqualTo(next);
        assertThat(status(reviewOnly)).as("held for the review only").isNotEqualTo(OrderStatus.CREDIT_HOLD)
                .isNotEqualTo(OrderStatus.CANCELLED);
        assertThat(status(reviewAndSize)).as("held for its size too").isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(reasons(reviewAndSize)).containsExactly(CreditReason.ORDER_OVER_MAX_NO_LIMIT);
        assertThat(status(otherCustomers)).as("another customer's").isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(reasons(otherCustomers)).containsExactly(CreditReason.CREDIT_REVIEW_OVERDUE);
        assertThat(reviewDate(book.exemptId)).isEqualTo(OVERDUE);

        String acme = book.db.read(s -> s.find(Customer.class, book.acmeId).number());
        List<AuditEntry> reviews = book.services().auditTrail().find(manager, AuditQuery.all()).stream()
                .filter(e -> e.action().equals(AuditActions.CREDIT_REVIEW)).toList();
        assertThat(reviews).singleElement().satisfies(e -> {
            assertThat(e.user()).isEqualTo("carmen");
            assertThat(e.documentType()).isEqualTo(AuditActions.CUSTOMER);
            assertThat(e.documentId()).isEqualTo(acme);
            assertThat(e.reason()).isEqualTo("Accounts and references checked");
            assertThat(AuditValues.parse(e.before())).isEqualTo(Map.of("creditReviewDate", "2026-09-27"));
            assertThat(AuditValues.parse(e.after())).isEqualTo(Map.of("creditReviewDate", "2027-11-26",
                    "reviewedOn", "2026-11-26"));
        });
    }

    @Test
    void aReviewRecordedElsewhereMeanwhileIsSaidAndNothingIsStored() {
        SignedInUser tomas = book.user("tomas", com.orderdesk.model.security.Role.CREDIT_MANAGER);
        desk.recordReview(manager, book.acmeId, OVERDUE, TestBook.TODAY.plusMonths(6), null);
        String before = UseCaseRefusals.fingerprint(book);

        // the second manager still had the overdue date in front of them
        assertThatThrownBy(() -> desk.recordReview(tomas, book.acmeId, OVERDUE, TestBook.TODAY.plusMonths(12), "Annual"))
                .isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("was changed at another desk after you opened it: the next review is now May 26, 2027.");
        assertThat(UseCaseRefusals.fingerprint(book)).isEqualTo(before);
        assertThat(reviewDate(book.acmeId)).isEqualTo(TestBook.TODAY.plusMonths(6));
    }
}
