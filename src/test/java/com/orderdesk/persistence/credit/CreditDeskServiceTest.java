package com.orderdesk.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditProblem;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.credit.CreditEngine;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.logic.credit.CreditPolicy;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.Authorizer;
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
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.persistence.audit.AuditTrailQueries;
import com.orderdesk.persistence.order.OrderService;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credit check on save, the hold desk's actions and the stored audit chain, on a real SQLite file. */
class CreditDeskServiceTest {
    static final SignedInUser CLERK = new SignedInUser(1, "olivia", "Olivia Bennett", Set.of(Role.ORDER_CLERK));
    static final SignedInUser MANAGER = new SignedInUser(4, "carmen", "Carmen Diaz", Set.of(Role.CREDIT_MANAGER));
    static final SignedInUser OTHER_MANAGER = new SignedInUser(7, "tomas", "Tomas Lind", Set.of(Role.CREDIT_MANAGER));

    @TempDir
    Path dir;
    TestBook book;
    OrderService orders;
    CreditDeskService desk;
    AuditTrailQueries trail;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        AuditLog audit = new AuditLog(TestBook.CLOCK);
        CreditCheckStore checks = new CreditCheckStore(new CreditEngine(CreditPolicy.defaults(), TestBook.CLOCK), audit);
        orders = new OrderService(book.db, TestBook.TAX, TestBook.CLOCK, checks);
        desk = new CreditDeskService(book.db, TestBook.CLOCK, checks, new CreditHoldActions(new Authorizer(), TestBook.CLOCK), audit);
        trail = new AuditTrailQueries(book.db, ZoneOffset.UTC);
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

    private OrderStatus status(long orderId) {
        return book.db.read(s -> s.find(SalesOrder.class, orderId).status());
    }

    @Test
    void anOrderOverTheLimitIsHeldWithItsReasonAndOneWithinPassesToReleased() {
        SavedOrder held = orders.save(gloves(null, null, 10), "olivia"); // 10 x 10.99 + tax = 116.77 > 100

        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        HoldDetail d = desk.detail(held.id());
        assertThat(d.reasons()).extracting(r -> r.code()).containsExactly(CreditReason.CREDIT_LIMIT_EXCEEDED);
        assertThat(d.reasons().get(0).message()).isEqualTo("Exposure $116.77 exceeds the credit limit $100.00 by $16.77.");
        assertThat(d.exposure().thisOrder()).isEqualTo(Money.of("116.77"));
        assertThat(desk.heldOrders()).extracting(r -> r.orderNumber()).containsExactly(held.number());

        setAcmeLimit(Money.of("50000"));
        SavedOrder passed = orders.save(gloves(null, null, 1), "olivia");
        assertThat(passed.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(trail.find(AuditQuery.all())).extracting(AuditEntry::action)
                .containsExactly(AuditActions.CREDIT_CHECK_PASS, AuditActions.CREDIT_CHECK_HOLD);
    }

    @Test
    void aClerksReleaseIsRefusedAndNothingChanges() {
        SavedOrder held = orders.save(gloves(null, null, 10), "marcus");

        assertThatThrownBy(() -> desk.release(CLERK, held.id(), "customer called"))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.MISSING_PERMISSION))
                .hasMessageContaining("may not release credit holds");
        assertThat(status(held.id())).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(trail.find(AuditQuery.all())).extracting(AuditEntry::action).doesNotContain(AuditActions.CREDIT_RELEASE);
    }

    @Test
    void whoeverEnteredOrLastChangedTheOrderCannotReleaseIt() {
        SavedOrder held = orders.save(gloves(null, null, 10), "carmen");
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "known customer"))
                .isInstanceOfSatisfying(NotAuthorizedException.class,
                        e -> assertThat(e.kind()).isEqualTo(NotAuthorizedException.Kind.SEGREGATION_OF_DUTIES))
                .hasMessageContaining("entered order " + held.number());

        SavedOrder amended = orders.save(gloves(held.id(), held.version(), 11), "tomas");
        assertThat(amended.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThatThrownBy(() -> desk.release(OTHER_MANAGER, held.id(), "known customer"))
                .hasMessageContaining("last changed order " + held.number());
        assertThat(status(held.id())).isEqualTo(OrderStatus.CREDIT_HOLD);
    }

    @Test
    void aManagerReleasesWithAReasonAndTheAuditEntryIsWritten() {
        SavedOrder held = orders.save(gloves(null, null, 10), "olivia");
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "  ")).hasMessageContaining("Type a reason");

        assertThat(desk.release(MANAGER, held.id(), "Paid by wire today")).isEqualTo(held.number());

        assertThat(status(held.id())).isEqualTo(OrderStatus.RELEASED);
        assertThat(desk.heldOrders()).isEmpty();
        AuditEntry last = trail.find(AuditQuery.all()).get(0);
        assertThat(last.action()).isEqualTo(AuditActions.CREDIT_RELEASE);
        assertThat(last.user()).isEqualTo("carmen");
        assertThat(last.documentId()).isEqualTo(held.number());
        assertThat(last.reason()).isEqualTo("Paid by wire today");
        assertThat(last.before()).contains("CREDIT_LIMIT_EXCEEDED");
        assertThat(trail.verify(p -> { }, () -> false).intact()).isTrue();
        assertThatThrownBy(() -> desk.release(MANAGER, held.id(), "again"))
                .hasMessageContaining("no longer on credit hold");
    }

    @Test
    void aReleasedOrderStaysReleasedForSmallChangesAndIsCheckedAgainWhenItsValueRisesTooMuch() {
        SavedOrder held = orders.save(gloves(null, null, 10), "olivia");
        desk.release(MANAGER, held.id(), "ok");
        long v = book.db.read(s -> s.find(SalesOrder.class, held.id()).version());

        SavedOrder small = orders.save(gloves(held.id(), v, 9), "olivia"); // lower value: still covered by the release
        assertThat(small.status()).isEqualTo(OrderStatus.RELEASED);

        SavedOrder big = orders.save(gloves(held.id(), small.version(), 20), "olivia");
        assertThat(big.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        assertThat(desk.detail(held.id()).reasons()).extracting(r -> r.code()).contains(CreditReason.CREDIT_LIMIT_EXCEEDED);
    }

    @Test
    void rejectCancelsAndALimitChangeReleasesHeldOrdersThatNowPassWithItsHistory() {
        SavedOrder a = orders.save(gloves(null, null, 10), "olivia");
        SavedOrder b = orders.save(gloves(null, null, 12), "olivia");
        desk.reject(MANAGER, b.id(), "Duplicate of " + a.number());
        assertThat(status(b.id())).isEqualTo(OrderStatus.CANCELLED);

        int moved = desk.changeCreditLimit(MANAGER, book.acmeId, Money.of("5000"), RiskClass.MEDIUM, "Annual review");

        assertThat(moved).isEqualTo(1);
        assertThat(status(a.id())).isEqualTo(OrderStatus.RELEASED);
        setAcmeLimit(Money.of("5000")); // (no-op) keeps the detail readable below
        SavedOrder c = orders.save(gloves(null, null, 1000), "olivia"); // far over 5,000: held again
        assertThat(desk.detail(c.id()).limitHistory()).singleElement().satisfies(h -> {
            assertThat(h.before()).isEqualTo("100.00 (LOW)");
            assertThat(h.after()).isEqualTo("5000.00 (MEDIUM)");
            assertThat(h.note()).isEqualTo("Annual review");
            assertThat(h.user()).isEqualTo("carmen");
        });
        assertThatThrownBy(() -> desk.changeCreditLimit(CLERK, book.acmeId, Money.of("1"), RiskClass.LOW, "x"))
                .isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aCustomerOnManualHoldHasEveryNewOrderHeldWithTheNote() {
        setAcmeLimit(Money.of("50000"));
        desk.setManualHold(MANAGER, book.acmeId, true, "Cheque bounced");
        SavedOrder held = orders.save(gloves(null, null, 1), "olivia");

        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        HoldDetail d = desk.detail(held.id());
        assertThat(d.reasons()).extracting(r -> r.message()).containsExactly("The customer is on manual hold: Cheque bounced");
        assertThat(d.customer().manualHold()).isTrue();

        assertThat(desk.setManualHold(MANAGER, book.acmeId, false, "Cleared")).isEqualTo(1);
        assertThat(status(held.id())).isEqualTo(OrderStatus.RELEASED);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAuditEntriesAndTamperingIsDetected() throws SQLException {
        SavedOrder held = orders.save(gloves(null, null, 10), "olivia");
        desk.release(MANAGER, held.id(), "Paid by wire today");

        try (Connection c = book.db.openJdbcConnection(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.executeUpdate("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = 2"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"))
                    .hasMessageContaining("append-only");
            assertThat(trail.verify(p -> { }, () -> false).intact()).isTrue();
            // nor can the application's own persistence layer rewrite an entry
            assertThatThrownBy(() -> book.db.write(s -> s.createMutationQuery(
                    "update AuditRecord a set a.reason = 'nothing to see'").executeUpdate())).isInstanceOf(RuntimeException.class);
            assertThat(trail.find(AuditQuery.all())).extracting(AuditEntry::reason).doesNotContain("nothing to see");

            // someone with the database file drops the guard and edits the release's reason
            st.executeUpdate("DROP TRIGGER audit_entry_no_update");
            st.executeUpdate("UPDATE audit_entry SET reason = 'nothing to see' WHERE seq = 2");
        }

        var result = trail.verify(p -> { }, () -> false);
        assertThat(result.intact()).isFalse();
        assertThat(result.problemsFor(2)).extracting(AuditProblem::kind).contains(AuditProblem.Kind.ALTERED);
        assertThat(result.summary()).contains("tampered");
    }

    @Test
    void cuttingEntriesOffTheEndIsDetectedThroughTheHeadKeptOutsideTheTable() throws SQLException {
        SavedOrder held = orders.save(gloves(null, null, 10), "olivia");
        desk.release(MANAGER, held.id(), "ok");
        try (Connection c = book.db.openJdbcConnection(); Statement st = c.createStatement()) {
            st.executeUpdate("DROP TRIGGER audit_entry_no_delete");
            st.executeUpdate("DELETE FROM audit_entry WHERE seq = 2");
        }
        assertThat(trail.verify(p -> { }, () -> false).problems())
                .extracting(AuditProblem::kind).containsExactly(AuditProblem.Kind.TRUNCATED);
    }
}
