package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.credit.CreditUseCases;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.model.customer.ShipToAddress;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.persistence.numbering.DocumentNumberAllocator;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every credit action (release, reject, limit, manual hold) refuses a user whose role does not allow it. */
class CreditPermissionsTest {
    @TempDir
    Path dir;
    TestBook book;
    CreditUseCases credit;
    SignedInUser clerk;
    SignedInUser arClerk;
    SignedInUser admin;
    SavedOrder held;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        credit = book.services().credit();
        clerk = book.clerk();
        arClerk = book.arClerk();
        admin = book.admin();
        book.db.write(s -> {
            s.find(Customer.class, book.acmeId).setCreditLimit(Money.of("10"));
            return null;
        });
        held = book.services().orders().save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId,
                OrderChannel.PHONE, null, null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 5, null,
                        BigDecimal.ZERO))));
        assertThat(held.status()).isEqualTo(OrderStatus.CREDIT_HOLD);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    @Test
    void releaseIsTheCreditManagersAlone() {
        for (SignedInUser other : List.of(clerk, arClerk, admin)) {
            refusedAndNothingChanged(book, "release credit holds", () -> credit.release(other, held.id(), "paid by wire"));
        }
        assertThat(credit.release(book.manager(), held.id(), "paid by wire")).isEqualTo(held.number());
    }

    @Test
    void keepingOnHoldIsTheCreditManagersAloneAndAuditedWithItsReason() {
        for (SignedInUser other : List.of(clerk, arClerk, admin)) {
            refusedAndNothingChanged(book, "release credit holds", () -> credit.keepOnHold(other, held.id(), "waiting for the wire"));
        }
        assertThat(credit.keepOnHold(book.manager(), held.id(), "  waiting for the wire ")).isEqualTo(held.number());
        List<String> kept = book.db.read(s -> s.createNativeQuery(
                "SELECT doc_id || '|' || reason FROM audit_entry WHERE action = 'CREDIT_KEEP'", String.class).getResultList());
        assertThat(kept).containsExactly(held.number() + "|waiting for the wire");
        String status = book.db.read(s -> s.createNativeQuery("SELECT status FROM sales_order WHERE id = :id", String.class)
                .setParameter("id", held.id()).getSingleResult());
        assertThat(status).isEqualTo("CREDIT_HOLD");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> credit.keepOnHold(book.manager(), held.id(), " "))
                .hasMessage("Type a reason for keeping order " + held.number() + " on hold.");
    }

    /**
     * The order save's credit check run again over orders already in the book (the demo's history uses it): only by
     * someone who may enter orders, and only on orders that person entered; refused for everyone else with nothing
     * changed.
     */
    @Test
    void checkingAsEnteredIsForTheClerkWhoEnteredTheOrder() {
        long history = historyOrder();
        for (SignedInUser other : List.of(arClerk, book.manager(), admin)) {
            refusedAndNothingChanged(book, "enter or change orders", () -> credit.checkAsEntered(other, List.of(history)));
        }
        assertThat(credit.checkAsEntered(clerk, List.of(history))).isEqualTo(1);
        assertThat(status(history)).isEqualTo("CREDIT_HOLD");
    }

    /**
     * Once an order's credit is checked it is the credit desk's: the clerk who entered it cannot run the save's check
     * again, which would release an order a credit manager kept on hold (or undo a release) on the clerk's word.
     */
    @Test
    void anOrderWhoseCreditWasCheckedIsNotCheckedAgain() {
        credit.keepOnHold(book.manager(), held.id(), "waiting for the wire");
        book.db.write(s -> {
            s.find(Customer.class, book.acmeId).setCreditLimit(Money.of("99999"));
            return null;
        });
        long entries = auditEntries();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> credit.checkAsEntered(clerk, List.of(held.id())))
                .hasMessage("Order " + held.number() + " has had its credit checked already (see its history);"
                        + " a credit manager decides it now.");
        assertThat(status(held.id())).isEqualTo("CREDIT_HOLD");
        assertThat(auditEntries()).isEqualTo(entries);

        long history = historyOrder();
        credit.checkAsEntered(clerk, List.of(history));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> credit.checkAsEntered(clerk, List.of(history)))
                .hasMessageContaining("has had its credit checked already");
    }

    /** An order written as a row, as the demo's history is: entered by the clerk, awaiting credit, never checked. */
    private long historyOrder() {
        return book.db.write(s -> {
            Customer acme = s.find(Customer.class, book.acmeId);
            SalesOrder o = new SalesOrder(DocumentNumberAllocator.next(s, DocumentNumberAllocator.ORDER), acme,
                    OrderChannel.PHONE, TestBook.TODAY, clerk.userName(), TestBook.CLOCK.instant());
            o.shipTo(s.find(ShipToAddress.class, book.acmeShipToId));
            Product glove = s.find(Product.class, book.gloveId);
            o.addLine(new SalesOrderLine(glove, 5, Money.of("12.49"), PriceSource.LIST, BigDecimal.ZERO, Money.of("62.45")));
            o.setTotals(Money.of("62.45"), Money.of("0"), BigDecimal.ZERO, Money.of("0"), Money.of("62.45"));
            o.setStatus(OrderStatus.ENTERED);
            s.persist(o);
            s.flush();
            return o.id();
        });
    }

    private String status(long orderId) {
        return book.db.read(s -> s.createNativeQuery("SELECT status FROM sales_order WHERE id = :id", String.class)
                .setParameter("id", orderId).getSingleResult());
    }

    private long auditEntries() {
        return book.db.read(s -> s.createNativeQuery("SELECT COUNT(*) FROM audit_entry", Long.class).getSingleResult());
    }

    @Test
    void rejectIsTheCreditManagersAlone() {
        for (SignedInUser other : List.of(clerk, arClerk, admin)) {
            refusedAndNothingChanged(book, "reject held orders", () -> credit.reject(other, held.id(), "duplicate"));
        }
    }

    @Test
    void limitsAndManualHoldsAreTheCreditManagersAlone() {
        for (SignedInUser other : List.of(clerk, arClerk, admin)) {
            refusedAndNothingChanged(book, "change credit limits or risk classes",
                    () -> credit.changeCreditLimit(other, book.acmeId, Money.of("99999"), RiskClass.LOW, "review"));
            refusedAndNothingChanged(book, "put customers on or off manual hold",
                    () -> credit.setManualHold(other, book.acmeId, true, "cheque bounced"));
        }
        assertThat(credit.changeCreditLimit(book.manager(), book.acmeId, Money.of("99999"), RiskClass.LOW, "review").released()).isEqualTo(1);
    }
}
