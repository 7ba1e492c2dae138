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
