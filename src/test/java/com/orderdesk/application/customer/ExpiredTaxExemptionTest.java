package com.orderdesk.application.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tax exemption counts only while its certificate is valid: after the expiry date the order is
 * taxed like any other, and order entry is told why.
 */
class ExpiredTaxExemptionTest {
    @TempDir
    Path dir;
    private TestBook book;
    private SignedInUser clerk;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        clerk = book.clerk();
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private void exemptAcmeUntil(LocalDate expires) {
        CustomerMaintenance customers = book.services().customerMaintenance();
        CustomerRecord acme = customers.open(clerk, book.acmeId).record();
        customers.save(clerk, Customers.withExemption(acme, "IL-EX-2231", expires), false);
    }

    private SavedOrder orderOfTenGloves() {
        return book.services().orders().save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE,
                null, null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 10, null, BigDecimal.ZERO))));
    }

    @Test
    void anExpiredCertificateMeansTaxIsChargedWithAWarning() {
        exemptAcmeUntil(TestBook.TODAY.minusDays(1));

        CustomerContext ctx = book.services().customers().context(clerk, book.acmeId, TestBook.TODAY);
        assertThat(ctx.taxExempt()).isFalse();
        assertThat(ctx.taxExemptionWarning()).contains("Tax-exemption certificate IL-EX-2231 expired on Nov 25, 2026:"
                + " sales tax is charged until a current certificate is on file.");
        assertThat(book.services().customerMaintenance().open(clerk, book.acmeId).warning()).isEqualTo(ctx.taxExemptionWarning());

        SavedOrder order = orderOfTenGloves();
        assertThat(order.totals().subtotal()).isEqualTo(Money.of("109.90"));
        assertThat(order.totals().tax()).isEqualTo(Money.of("6.87")); // 6.25 % of 109.90
    }

    @Test
    void aCertificateValidTodayStillExemptsTheSale() {
        exemptAcmeUntil(TestBook.TODAY);

        CustomerContext ctx = book.services().customers().context(clerk, book.acmeId, TestBook.TODAY);
        assertThat(ctx.taxExempt()).isTrue();
        assertThat(ctx.taxExemptionWarning()).isEmpty();
        assertThat(orderOfTenGloves().totals().tax()).isEqualTo(Money.ZERO);
    }

    @Test
    void aSwitchedOffCustomerTakesNoNewOrders() {
        var customers = book.services().customerMaintenance();
        customers.setActive(clerk, book.acmeId, customers.open(clerk, book.acmeId).record().version(), false, "closed");

        org.assertj.core.api.Assertions.assertThatThrownBy(this::orderOfTenGloves)
                .isInstanceOf(com.orderdesk.logic.order.OrderValidationException.class)
                .hasMessageContaining("C-10001 Acme Janitorial Supply is switched off and takes no new orders");
    }
}
