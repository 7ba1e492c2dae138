package com.orderdesk.persistence.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HoldDetail;
import com.orderdesk.logic.credit.PredictedBehaviour;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The credit check's "predicted to pay very late" reason, read from the predictions the
 * collections desk stored for the day, against the default thresholds (low risk 75 %, medium 50 %,
 * high 30 %). Acme has no open invoices and a limit far above the order, so no other reason applies.
 */
class PredictedLateHoldTest {
    @TempDir
    Path dir;
    TestBook book;
    OrderUseCases orders;
    CreditUseCases desk;
    SignedInUser clerk;
    SignedInUser manager;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        clerk = book.user("olivia", Role.ORDER_CLERK);
        manager = book.user("carmen", Role.CREDIT_MANAGER);
        orders = book.services().orders();
        desk = book.services().credit();
    }

    @AfterEach
    void tearDown() {
        book.db.close();
    }

    private SavedOrder gloves() {
        return orders.save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE, null, null,
                null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO))));
    }

    /** Stores Acme's prediction as the day's prediction run does (the collections desk's cache). */
    private void predict(LocalDate asOf, double pLate30, long daysLate, String behaviour) {
        try (Connection c = book.db.openJdbcConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO collection_prediction (customer_id, as_of, open_cents, overdue_cents, disputed_cents, oldest_due,"
                        + " first_pay, last_pay, p_late30, behaviour, expected_days_late) VALUES (?, ?, 120000, 0, 0, NULL,"
                        + " ?, ?, ?, ?, ?)")) {
            c.createStatement().executeUpdate("DELETE FROM collection_prediction");
            ps.setLong(1, book.acmeId);
            ps.setString(2, asOf.toString());
            ps.setString(3, asOf.plusDays(20).toString());
            ps.setString(4, asOf.plusDays(60).toString());
            ps.setDouble(5, pLate30);
            ps.setString(6, behaviour);
            ps.setLong(7, daysLate);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void riskClass(RiskClass rc) {
        book.db.write(s -> {
            s.find(Customer.class, book.acmeId).setRiskClass(rc);
            return null;
        });
    }

    @Test
    void anOrderOfACustomerPredictedToPayVeryLateIsHeldWithThatReasonAndTheDeskShowsThePrediction() {
        predict(TestBook.TODAY, 0.82, 41, "pays ~35 days late, trend worsening (+2.0 days/month)");

        SavedOrder order = gloves();

        assertThat(order.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
        HoldDetail d = desk.detail(manager, order.id());
        assertThat(d.reasons()).extracting(r -> r.code()).containsExactly(CreditReason.PREDICTED_VERY_LATE);
        assertThat(d.reasons().get(0).message()).isEqualTo("The payment prediction of Nov 26, 2026 puts the chance of"
                + " paying more than 30 days after due at 82% (money expected 41 days after due); risk class Low allows 75%."
                + " Pays ~35 days late, trend worsening (+2.0 days/month).");
        assertThat(d.prediction()).contains(new PredictedBehaviour(TestBook.TODAY, 0.82, 41L,
                "pays ~35 days late, trend worsening (+2.0 days/month)"));
        assertThat(desk.heldOrders(manager).rows()).singleElement()
                .satisfies(r -> assertThat(r.reasons()).containsExactly(CreditReason.PREDICTED_VERY_LATE));
    }

    @Test
    void atOrBelowTheRiskClassThresholdTheOrderPasses() {
        predict(TestBook.TODAY, 0.75, 30, "pays ~28 days late");
        assertThat(gloves().status()).isEqualTo(OrderStatus.ALLOCATED);

        // the same prediction is too much for a medium-risk customer (50 %)
        riskClass(RiskClass.MEDIUM);
        assertThat(gloves().status()).isEqualTo(OrderStatus.CREDIT_HOLD);

        predict(TestBook.TODAY, 0.5, 12, "pays ~10 days late");
        assertThat(gloves().status()).isEqualTo(OrderStatus.ALLOCATED);
    }

    @Test
    void aPredictionMoreThanAWeekOldIsNotUsed() {
        predict(TestBook.TODAY.minusDays(8), 0.95, 60, "has stopped paying");
        assertThat(gloves().status()).isEqualTo(OrderStatus.ALLOCATED);

        predict(TestBook.TODAY.minusDays(7), 0.95, 60, "has stopped paying");
        assertThat(gloves().status()).isEqualTo(OrderStatus.CREDIT_HOLD);
    }
}
