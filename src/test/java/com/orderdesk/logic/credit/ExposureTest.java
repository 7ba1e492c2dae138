package com.orderdesk.logic.credit;

import static com.orderdesk.logic.credit.CreditFixtures.TODAY;
import static com.orderdesk.logic.credit.CreditFixtures.invoice;
import static com.orderdesk.logic.credit.CreditFixtures.order;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExposureTest {

    @Test
    void exposureIsReceivablesPlusUninvoicedOrdersPlusThisOrder() {
        Exposure e = Exposure.of(
                List.of(invoice("INV-1", TODAY.plusDays(5), "1000.10"), invoice("INV-2", TODAY.minusDays(5), "250.25")),
                List.of(new OpenOrder(1, "SO-1", Money.of("300.00")), new OpenOrder(2, "SO-2", Money.of("0.65"))),
                order("99.99"));
        assertThat(e.openReceivables()).isEqualTo(Money.of("1250.35"));
        assertThat(e.uninvoicedOrders()).isEqualTo(Money.of("300.65"));
        assertThat(e.thisOrder()).isEqualTo(Money.of("99.99"));
        assertThat(e.total()).isEqualTo(Money.of("1650.99"));
    }

    @Test
    void theOrderUnderCheckIsNotCountedTwiceWhenAmended() {
        // order 100 is already saved at 400; amended to 500, it counts once at its new value
        Exposure e = Exposure.of(List.of(),
                List.of(new OpenOrder(100, "SO-100", Money.of(400)), new OpenOrder(3, "SO-3", Money.of(50))),
                order("500"));
        assertThat(e.uninvoicedOrders()).isEqualTo(Money.of(50));
        assertThat(e.total()).isEqualTo(Money.of(550));
    }

    @Test
    void creditsLowerTheExposure() {
        Exposure e = Exposure.of(
                List.of(invoice("INV-1", TODAY, "1000"), invoice("CM-1", TODAY, "-200")), List.of(), order("10"));
        assertThat(e.openReceivables()).isEqualTo(Money.of(800));
        assertThat(e.total()).isEqualTo(Money.of(810));
    }

    @Test
    void nothingOpenIsJustThisOrder() {
        Exposure e = Exposure.of(List.of(), List.of(), order("12.34"));
        assertThat(e.total()).isEqualTo(Money.of("12.34"));
        assertThat(e.openReceivables().isZero()).isTrue();
        assertThat(e.uninvoicedOrders().isZero()).isTrue();
    }
}
