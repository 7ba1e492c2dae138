package com.orderdesk.gui.order;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.OrderTotals;
import java.math.BigDecimal;
import javafx.scene.control.Label;

/**
 * The order's totals under its lines, with the tax caption naming the ship-to state and rate (or the
 * exemption); shown again whenever the view model's totals change.
 */
final class TotalsPanel {
    private final Formats formats;
    private final OrderEntryViewModel vm;
    private final Label gross;
    private final Label discount;
    private final Label subtotal;
    private final Label taxCaption;
    private final Label tax;
    private final Label total;

    TotalsPanel(Formats formats, OrderEntryViewModel vm, Label gross, Label discount, Label subtotal, Label taxCaption, Label tax,
                Label total) {
        this.formats = formats;
        this.vm = vm;
        this.gross = gross;
        this.discount = discount;
        this.subtotal = subtotal;
        this.taxCaption = taxCaption;
        this.tax = tax;
        this.total = total;
        vm.totalsProperty().addListener((obs, old, t) -> show(t));
        show(vm.totalsProperty().get());
    }

    void show(OrderTotals t) {
        gross.setText(formats.money(t.gross()));
        discount.setText(formats.money(t.discount().negate()));
        subtotal.setText(formats.money(t.subtotal()));
        ShipToView s = vm.shipToProperty().get();
        CustomerContext c = vm.customerProperty().get();
        String where = s == null ? "" : " " + s.state();
        taxCaption.setText(c != null && c.taxExempt() ? "Sales tax (exempt)"
                : "Sales tax" + where + " " + formats.percent(t.taxRate().multiply(BigDecimal.valueOf(100))));
        tax.setText(formats.money(t.tax()));
        total.setText(formats.money(t.total()));
    }
}
