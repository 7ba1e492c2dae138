package com.orderdesk.gui.credit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/** The credit desk tests' book: Acme predicted to pay very late (p_late30 0.86, 44 days), so its new orders are held. */
final class LateBook {
    private LateBook() {
    }

    /** Stores the payment prediction as of the book's day, with {@code behaviour} as its words. */
    static void predictPaysLate(TestBook book, String behaviour) throws Exception {
        try (Connection c = book.db.openJdbcConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO collection_prediction (customer_id, as_of, open_cents, overdue_cents, disputed_cents, oldest_due,"
                        + " first_pay, last_pay, p_late30, behaviour, expected_days_late)"
                        + " VALUES (?, ?, 480000, 0, 0, NULL, ?, ?, 0.86, ?, 44)")) {
            ps.setLong(1, book.acmeId);
            ps.setString(2, TestBook.TODAY.toString());
            ps.setString(3, TestBook.TODAY.plusDays(30).toString());
            ps.setString(4, TestBook.TODAY.plusDays(75).toString());
            ps.setString(5, behaviour);
            ps.executeUpdate();
        }
    }

    /**
     * Six settled invoices of Acme, each of 123,456.78 paid 12 days after due: the detail's line on
     * the payment habit is then as long as a real customer's ("6 payments, 740,740.68: on average ...").
     */
    static void paidSixInvoices(TestBook book) throws Exception {
        try (Connection c = book.db.openJdbcConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO invoice (invoice_no, customer_id, issue_date, due_date, terms, subtotal_cents, tax_cents,"
                        + " freight_cents, total_cents, open_cents, status, version, paid_on)"
                        + " VALUES (?, ?, ?, ?, 'NET 30', 12345678, 0, 0, 12345678, 0, 'PAID', 0, ?)")) {
            for (int i = 1; i <= 6; i++) {
                java.time.LocalDate issued = TestBook.TODAY.minusDays(60L + 7 * i);
                ps.setString(1, "INV-PAID-" + i);
                ps.setLong(2, book.acmeId);
                ps.setString(3, issued.toString());
                ps.setString(4, issued.plusDays(30).toString());
                ps.setString(5, issued.plusDays(42).toString());
                ps.executeUpdate();
            }
        }
    }

    /** An order clerk enters three boxes of gloves for Acme by phone; the prediction holds it. */
    static void enterHeldOrder(TestBook book) {
        var saved = book.services().orders().save(book.user("olivia", Role.ORDER_CLERK), new OrderDraft(null, null, book.acmeId,
                book.acmeShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 3, null, BigDecimal.ZERO))));
        assertThat(saved.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
    }
}
