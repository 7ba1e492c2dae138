package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.SavedOrder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The order screen's state, driven without a toolkit. */
class OrderEntryViewModelTest {
    final TaxRates rates = state -> switch (state) {
        case "IL" -> new BigDecimal("0.0625");
        case "OR" -> BigDecimal.ZERO;
        default -> throw new IllegalArgumentException(state);
    };

    static CustomerContext customer(boolean exempt) {
        return new CustomerContext(1, "C-10001", "Acme", "Dana", "312", "a@b", "NET 30", Money.of("1000"), RiskClass.LOW,
                false, exempt, Money.of("100"), Money.ZERO, Money.ZERO,
                List.of(new ShipToView(11, "Main", "Chicago", "IL", true), new ShipToView(12, "West", "Portland", "OR", false)));
    }

    static LineQuote quote(long id, String price, long available) {
        return new LineQuote(id, "SKU-" + id, "Item " + id, "EA", Money.of(price), PriceSource.LIST, Money.of(price), available, true, 500);
    }

    @Test
    void choosingACustomerTakesItsDefaultShipToAndTheStatesTax() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.customerChosen(customer(false));
        assertThat(vm.shipToProperty().get().id()).isEqualTo(11);
        assertThat(vm.taxRateProperty().get()).isEqualByComparingTo("0.0625");
        vm.shipToProperty().set(vm.shipTos().get(1));
        assertThat(vm.taxRateProperty().get()).isEqualByComparingTo("0");
    }

    @Test
    void totalsFollowEveryEditOfTheLines() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.customerChosen(customer(false));
        OrderLineRow a = vm.addLine(quote(1, "10.00", 100), 3, null, null);
        vm.addLine(quote(2, "5.00", 100), 2, null, null);
        assertThat(vm.totalsProperty().get().subtotal()).isEqualTo(Money.of("40.00"));
        assertThat(vm.totalsProperty().get().tax()).isEqualTo(Money.of("2.50"));

        a.quantityProperty().set(4);
        a.discountPctProperty().set(new BigDecimal("10"));
        OrderTotals t = vm.totalsProperty().get();
        assertThat(t.subtotal()).isEqualTo(Money.of("46.00")); // 36.00 + 10.00
        assertThat(t.total()).isEqualTo(Money.of("48.88"));   // + 2.875 -> 2.88
    }

    /** A date picker commits its text again on losing focus: an equal date is no edit (seen after Ctrl+S in the date field). */
    @Test
    void theSameRequestedDateSetAgainIsNoEditButAnotherDateIs() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.requestedDateProperty().set(java.time.LocalDate.of(2026, 11, 30));
        vm.dirtyProperty().set(false);

        vm.requestedDateProperty().set(java.time.LocalDate.parse("2026-11-30"));
        assertThat(vm.dirtyProperty().get()).isFalse();

        vm.requestedDateProperty().set(java.time.LocalDate.of(2026, 12, 1));
        assertThat(vm.dirtyProperty().get()).isTrue();
    }

    @Test
    void exemptCustomerShowsNoTax() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.customerChosen(customer(true));
        vm.addLine(quote(1, "10.00", 100), 3, null, null);
        assertThat(vm.totalsProperty().get().tax()).isEqualTo(Money.ZERO);
    }

    @Test
    void aQuantityAboveStockIsWarnedAbout() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        OrderLineRow row = vm.addLine(quote(1, "10.00", 7), 5, null, null);
        assertThat(row.stockWarningProperty().get()).isEmpty();
        assertThat(vm.anyStockWarningProperty().get()).isFalse();
        row.quantityProperty().set(8);
        assertThat(row.stockWarningProperty().get()).isEqualTo("Only 7 available in all");
        assertThat(vm.anyStockWarningProperty().get()).isTrue();
        row.quantityProperty().set(4);
        OrderLineRow same = vm.addLine(quote(1, "10.00", 7), 4, null, null);
        assertThat(same.stockWarningProperty().get()).as("4 + 4 of the same item exceed 7").isEqualTo("Only 7 available in all");
        assertThat(row.stockWarningProperty().get()).isEqualTo("Only 7 available in all");
    }

    @Test
    void theDraftCarriesOnlyOverriddenPricesAndASavedOrderIsAmendedNext() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.customerChosen(customer(false));
        vm.channelProperty().set(OrderChannel.EMAIL);
        vm.customerPoProperty().set("PO-1");
        vm.addLine(quote(1, "10.00", 100), 1, null, null);
        vm.addLine(quote(2, "5.00", 100), 1, Money.of("4.50"), null);
        OrderDraft d = vm.toDraft();
        assertThat(d.isNew()).isTrue();
        assertThat(d.customerId()).isEqualTo(1);
        assertThat(d.shipToId()).isEqualTo(11);
        assertThat(d.channel()).isEqualTo(OrderChannel.EMAIL);
        assertThat(d.lines()).extracting(l -> l.unitPrice()).containsExactly(null, Money.of("4.50"));
        assertThat(vm.dirtyProperty().get()).isTrue();

        vm.applySaved(new SavedOrder(77, "SO-100123", 3, OrderStatus.ENTERED, vm.totalsProperty().get(), true));
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(vm.orderNumberProperty().get()).isEqualTo("SO-100123");
        assertThat(vm.toDraft().orderId()).isEqualTo(77);
        assertThat(vm.toDraft().expectedVersion()).isEqualTo(3);

        vm.clear();
        assertThat(vm.isNew()).isTrue();
        assertThat(vm.lines()).isEmpty();
        assertThat(vm.dirtyProperty().get()).isFalse();
    }
    @Test
    void linesQuotedForANewCustomerTakeItsPricesButKeepTheTypedOnes() {
        OrderEntryViewModel vm = new OrderEntryViewModel(rates);
        vm.customerChosen(customer(false));
        OrderLineRow kept = vm.addLine(quote(1, "10.99", 100), 2, null, null);
        OrderLineRow typed = vm.addLine(quote(2, "41.00", 100), 2, Money.of("40.00"), null);
        OrderLineRow removed = vm.addLine(quote(3, "5.00", 100), 1, null, null);
        vm.removeLine(removed);

        vm.requote(new java.util.LinkedHashMap<>(java.util.Map.of(kept, quote(1, "12.49", 100), typed, quote(2, "43.00", 100),
                removed, quote(3, "6.00", 100))));

        assertThat(kept.getUnitPrice()).isEqualTo(Money.of("12.49"));
        assertThat(kept.isPriceOverridden()).isFalse();
        assertThat(typed.getUnitPrice()).as("the typed price").isEqualTo(Money.of("40.00"));
        assertThat(typed.isPriceOverridden()).isTrue();
        assertThat(removed.getUnitPrice()).as("a line taken off meanwhile").isEqualTo(Money.of("5.00"));
        assertThat(vm.totalsProperty().get().subtotal()).isEqualTo(Money.of("104.98"));
    }
}
