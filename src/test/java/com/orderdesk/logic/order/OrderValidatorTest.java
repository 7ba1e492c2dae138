package com.orderdesk.logic.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static OrderDraft draft(LocalDate requested, OrderLineDraft... lines) {
        return new OrderDraft(null, null, 1L, 2L, OrderChannel.PHONE, "PO", requested, null, List.of(lines));
    }

    static OrderLineDraft line(int qty, String price, String discount) {
        return new OrderLineDraft(9L, "SKU", qty, price == null ? null : Money.of(price), new BigDecimal(discount));
    }

    @Test
    void aCompleteOrderHasNoProblems() {
        assertThat(OrderValidator.validate(draft(TODAY, line(1, null, "0"), line(99_999, "999999.99", "100")), TODAY)).isEmpty();
    }

    @Test
    void quantityMustBeAWholeNumberFromOneToTheMaximum() {
        List<ValidationProblem> p = OrderValidator.validate(draft(TODAY, line(0, null, "0"), line(100_000, null, "0")), TODAY);
        assertThat(p).extracting(ValidationProblem::field).containsExactly("lines[1].quantity", "lines[2].quantity");
        assertThat(p.get(0).toString()).isEqualTo("Line 1: Quantity must be a whole number from 1 to 99999.");
    }

    @Test
    void priceAndDiscountMustBeInRange() {
        List<ValidationProblem> p = OrderValidator.validate(draft(TODAY, line(1, "-0.01", "0"), line(1, null, "100.01"),
                line(1, null, "-1"), line(1, null, "12.345")), TODAY);
        assertThat(p).extracting(ValidationProblem::field)
                .containsExactly("lines[1].unitPrice", "lines[2].discountPct", "lines[3].discountPct", "lines[4].discountPct");
    }

    @Test
    void headerRequiresCustomerShipToChannelALineAndNoPastDate() {
        OrderDraft empty = new OrderDraft(null, null, null, null, null, "x".repeat(41), TODAY.minusDays(1), null, List.of());
        assertThat(OrderValidator.validate(empty, TODAY)).extracting(ValidationProblem::field)
                .containsExactly("customer", "channel", "customerPo", "requestedDate", "lines");
        OrderDraft noShipTo = new OrderDraft(null, null, 1L, null, OrderChannel.EMAIL, null, null, null, List.of(line(1, null, "0")));
        assertThat(OrderValidator.validate(noShipTo, TODAY)).extracting(ValidationProblem::field).containsExactly("shipTo");
    }

    @Test
    void anAmendedOrderMayKeepARequestedDateThatHasSincePassed() {
        OrderDraft amended = new OrderDraft(5L, 1L, 1L, 2L, OrderChannel.PHONE, null, TODAY.minusDays(3), null, List.of(line(1, null, "0")));
        assertThat(OrderValidator.validate(amended, TODAY)).isEmpty();
    }
}
