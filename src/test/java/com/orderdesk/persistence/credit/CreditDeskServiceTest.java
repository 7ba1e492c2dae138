package com.orderdesk.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.audit.AuditUseCases;
import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditProblem;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.LimitChange;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit check on save, the hold desk's actions and the stored audit chain, on a real SQLite file. */
class CreditDeskServiceTest {
    SignedInUser CLERK;
    SignedInUser MANAGER;
    SignedInUser OTHER_MANAGER;

    @TempDir
    Path dir;
    TestBook book;
    OrderUseCases orders;
    CreditUseCases desk;
    AuditUseCases trail;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        CLERK = book.user("olivia", Role.ORDER_CLERK);
        // both also take orders (a small firm's managers do), so segregation of duties has work to do
        MANAGER = book.user("carmen", Role.ORDER_CLERK, Role.CREDIT_MANAGER);
        OTHER_MANAGER = book.user("tomas", Role.ORDER_CLERK, Role.CREDIT_MANAGER);
        orders = book.services().orders();
        desk = book.services().credit();
        trail = book.services().auditTrail();
        setAcmeLimit(Money.of("100"));
    }

    @AfterEach
    void tearDown() {
        book.db.close();
    }

    private void setAcmeLimit(Money limit) {
        book.db.write(s -> {
            s.find(Customer.class, book.acmeId).setCreditLimit(limit);
            return null;
        });
    }

    private OrderDraft gloves(Long id, Long version, int qty) {
        return new OrderDraft(id, version, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", qty, null, BigDecimal.ZERO)));
    }

    private long auditEntries() throws Exception {
        try (Connection c = book.db.openJdbcConnection(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private OrderStatus status(long orderId) {
        return book.db.read(s -> s.find(SalesOrder.class, orderId).status());
    }

    @Test
    void anOrderOverTheLimitIsHeldWithItsReasonAndOneWithinPassesToReleased() {
        SavedOrder held = orders.save(CLERK, gloves(null, null, 10)); // 10 x 10.99 + tax = 116.77 > 100

        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        HoldDetail d = desk.detail(MANAGER, held.id());
        assertThat(d.reasons()).extracting(r -> r.code()).containsExactly(CreditReason.CREDIT_LIMIT_EXCEEDED);
        assertThat(d.reasons().get(0).message()).isEqualTo("Exposure $116.77 exceeds the credit limit $100.00 by $16.77.");
        assertThat(d.exposure().thisOrder()).isEqualTo(Money.of("116.77"));
        assertThat(desk.heldOrders(MANAGER).rows()).extracting(r -> r.orderNumber()).containsExactly(held.number());

        setAcmeLimit(Money.of("50000"));
        SavedOrder passed = orders.save(CLERK, gloves(null, null, 1));
        // passed on to fulfillment, which routed it and reserved its stock in the same unit of work
        assertThat(passed.status()).isEqualTo(OrderStatus.ALLOCATED);
        assertThat(trail.find(MANAGER, AuditQuery.all())).extracting(AuditEntry::action)
                .filteredOn(a -> a.startsWith("CREDIT_"))
                .containsExactly(AuditActions.CREDIT_CHECK_PASS, AuditActions.CREDIT_CHECK_HOLD);
    }

    @Test
    void aClerksReleaseIsRefusedAndNothingChanges() {
        SavedOrder held = orders.save(book.user("marcus", Role.ORDER_CLERK), gloves(null, null, 10));

        assertThatThrownBy(() -> desk.release(CLERK, held.id(), "customer called"))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.MISSING_PERMISSION))
                .hasMessageContaining("may not release credit holds");
        assertThat(status(held.id())).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(trail.find(MANAGER, AuditQuery.all())).extracting(AuditEntry::action).doesNotContain(AuditActions.CREDIT_RELEASE);
    }

    @Test
    void whoeverEnteredOrLastChangedTheOrderCannotReleaseIt() {
        SavedOrder held = orders.save(MANAGER, gloves(null, null, 10));
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "known customer"))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.SEGREGATION_OF_DUTIES))
                .hasMessageContaining("entered order " + held.number());

        SavedOrder amended = orders.save(OTHER_MANAGER, gloves(held.id(), held.version(), 11));
        assertThat(amended.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThatThrownBy(() -> desk.release(OTHER_MANAGER, held.id(), "known customer"))
                .hasMessageContaining("last changed order " + held.number());
        assertThat(status(held.id())).isEqualTo(OrderStatus.CREDIT_HOLD);
    }

    @Test
    void aManagerReleasesWithAReasonAndTheAuditEntryIsWritten() {
        SavedOrder held = orders.save(CLERK, gloves(null, null, 10));
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "  ")).hasMessageContaining("Type a reason");

        assertThat(desk.release(MANAGER, held.id(), "Paid by wire today")).isEqualTo(held.number());

        assertThat(status(held.id())).isEqualTo(OrderStatus.ALLOCATED); // released, then routed by fulfillment
        assertThat(desk.heldOrders(MANAGER).rows()).isEmpty();
        AuditEntry last = trail.find(MANAGER, AuditQuery.all()).get(0);
        assertThat(last.action()).isEqualTo(AuditActions.CREDIT_RELEASE);
        assertThat(last.user()).isEqualTo("carmen");
        assertThat(last.documentId()).isEqualTo(held.number());
        assertThat(last.reason()).isEqualTo("Paid by wire today");
        assertThat(last.before()).contains("CREDIT_LIMIT_EXCEEDED");
        assertThat(trail.verify(MANAGER, p -> { }, () -> false).intact()).isTrue();
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "again"))
                .hasMessageContaining("no longer on credit hold");
    }

    @Test
    void aReleasedOrderStaysReleasedForSmallChangesAndIsCheckedAgainWhenItsValueRisesTooMuch() {
        // nothing in stock: the released order waits, backordered, and can still be amended
        book.db.write(s -> s.createMutationQuery("update InventoryItem i set i.onHand = 0, i.reserved = 0").executeUpdate());
        SavedOrder held = orders.save(CLERK, gloves(null, null, 10));
        desk.release(MANAGER, held.id(), "ok");
        long v = book.db.read(s -> s.find(SalesOrder.class, held.id()).version());

        SavedOrder small = orders.save(CLERK, gloves(held.id(), v, 9)); // lower value: still covered by the release
        assertThat(small.status()).isEqualTo(OrderStatus.RELEASED);

        SavedOrder big = orders.save(CLERK, gloves(held.id(), small.version(), 20));
        assertThat(big.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(desk.detail(MANAGER, held.id()).reasons()).extracting(r -> r.code()).contains(CreditReason.CREDIT_LIMIT_EXCEEDED);
    }

    @Test
    void rejectCancelsAndALimitChangeReleasesHeldOrdersThatNowPassWithItsHistory() {
        SavedOrder a = orders.save(CLERK, gloves(null, null, 10));
        SavedOrder b = orders.save(CLERK, gloves(null, null, 12));
        desk.reject(MANAGER, b.id(), "Duplicate of " + a.number());
        assertThat(status(b.id())).isEqualTo(OrderStatus.CANCELLED);

        int moved = desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000"), RiskClass.MEDIUM, "Annual review").released();

        assertThat(moved).isEqualTo(1);
        assertThat(status(a.id())).isEqualTo(OrderStatus.ALLOCATED); // released, then routed by fulfillment
        setAcmeLimit(Money.of("5000")); // (no-op) keeps the detail readable below
        SavedOrder c = orders.save(CLERK, gloves(null, null, 1000)); // far over 5,000: held again
        assertThat(desk.detail(MANAGER, c.id()).limitHistory()).singleElement().satisfies(h -> {
            // data, not words (tour13: persistence wrote "5,000.00 (Medium)"; the desk words it, HoldDeskTextTest)
            assertThat(h.before()).isEqualTo(new LimitChange.Terms(Money.of("100.00"), RiskClass.LOW));
            assertThat(h.after()).isEqualTo(new LimitChange.Terms(Money.of("5000.00"), RiskClass.MEDIUM));
            assertThat(h.note()).isEqualTo("Annual review");
            assertThat(h.user()).isEqualTo("carmen");
        });
        assertThatThrownBy(() -> desk.changeCreditLimit(CLERK, book.acmeId, Money.of("1"), RiskClass.LOW, "x"))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aLimitChangeToTheSameLimitAndRiskClassStoresAndAuditsNothing() throws Exception {
        desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000"), RiskClass.MEDIUM, "Annual review");
        long entries = auditEntries();

        var again = desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000.00"), RiskClass.MEDIUM, "Pressed twice");

        assertThat(again.changed()).isFalse();
        assertThat(again.released()).isZero();
        assertThat(auditEntries()).isEqualTo(entries);
        SavedOrder held = orders.save(CLERK, gloves(null, null, 1000)); // over 5,000: held, so its detail shows the history
        assertThat(desk.detail(MANAGER, held.id()).limitHistory()).singleElement()
                .satisfies(h -> assertThat(h.note()).isEqualTo("Annual review"));
        assertThat(desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000"), RiskClass.HIGH, "Risk only").changed())
                .isTrue();
    }

    @Test
    void aCustomerOnManualHoldHasEveryNewOrderHeldWithTheNote() {
        setAcmeLimit(Money.of("50000"));
        desk.setManualHold(MANAGER, book.acmeId, true, "Cheque bounced");
        SavedOrder held = orders.save(CLERK, gloves(null, null, 1));

        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        HoldDetail d = desk.detail(MANAGER, held.id());
        assertThat(d.reasons()).extracting(r -> r.message()).containsExactly("The customer is on manual hold: Cheque bounced");
        assertThat(d.customer().manualHold()).isTrue();

        assertThat(desk.setManualHold(MANAGER, book.acmeId, false, "Cleared")).isEqualTo(1);
        assertThat(status(held.id())).isEqualTo(OrderStatus.ALLOCATED); // released, then routed by fulfillment
    }

    @Test
    void limitAndManualHoldDecisionsAreFoundInTheTrailByTheCustomerNumber() {
        // tour13: the trail said "Customer 25 given a new credit limit" and a search for C-10024 found nothing
        desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000"), RiskClass.MEDIUM, "Annual review");
        desk.setManualHold(MANAGER, book.acmeId, true, "Cheque bounced");

        assertThat(trail.find(MANAGER, new AuditQuery(null, null, null, "C-10001", AuditQuery.DEFAULT_LIMIT)))
                .extracting(AuditEntry::action)
                .contains(AuditActions.CREDIT_LIMIT_CHANGE, AuditActions.MANUAL_HOLD_ON);
        SavedOrder held = orders.save(CLERK, gloves(null, null, 1));
        HoldDetail d = desk.detail(MANAGER, held.id());
        assertThat(d.limitHistory()).singleElement().satisfies(h -> assertThat(h.note()).isEqualTo("Annual review"));
        assertThat(d.reasons()).extracting(r -> r.message()).contains("The customer is on manual hold: Cheque bounced");
    }

    /** The sequence of the CREDIT_RELEASE entry (the trail also holds the orders' save entries). */
    private long releaseEntry() {
        return book.db.read(s -> s.createSelectionQuery("select a.sequence from AuditRecord a where a.action = :a", Long.class)
                .setParameter("a", AuditActions.CREDIT_RELEASE).getSingleResult());
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntriesAndTamperingIsDetected() throws SQLException {
        SavedOrder held = orders.save(CLERK, gloves(null, null, 10));
        desk.release(MANAGER, held.id(), "Paid by wire today");

        try (Connection c = book.db.openJdbcConnection(); Statement st = c.createStatement()) {
            long release = releaseEntry();
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = " + release))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThat(trail.verify(MANAGER, p -> { }, () -> false).intact()).isTrue();
            // nor can the application's own persistence layer rewrite an entry
            assertThatThrownBy(() -> book.db.write(s -> s.createMutationQuery(
                    "update AuditRecord a set a.reason = 'nothing to see'").executeUpdate())).isInstanceOf(RuntimeException.class);
            assertThat(trail.find(MANAGER, AuditQuery.all())).extracting(AuditEntry::reason).doesNotContain("nothing to see");

            // someone with the database file drops the guard and edits the release's reason
            st.executeUpdate("DROP TRIGGER audit_entry_no_update");
            st.executeUpdate("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = " + release);
        }

        var result = trail.verify(MANAGER, p -> { }, () -> false);
        assertThat(result.intact()).isFalse();
        assertThat(result.problemsFor(releaseEntry())).extracting(AuditProblem::kind).contains(AuditProblem.Kind.ALTERED);
        assertThat(result.summary()).contains("tampered");
    }

    @Test
    void cuttingEntriesOffTheEndIsDetectedThroughTheHeadKeptOutsideTheTable() throws SQLException {
        SavedOrder held = orders.save(CLERK, gloves(null, null, 10));
        desk.release(MANAGER, held.id(), "ok");
        try (Connection c = book.db.openJdbcConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER audit_entry_no_delete");
            st.executeUpdate("DELETE FROM audit_entry WHERE seq = " + releaseEntry()); // the last one
        }
        assertThat(trail.verify(MANAGER, p -> { }, () -> false).problems())
                .extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.TRUNCATED);
    }
}
