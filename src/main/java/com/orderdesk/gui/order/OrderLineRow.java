package com.orderdesk.gui.order;

import com.orderdesk.logic.order.LinePricing;
import com.orderdesk.model.common.Money;
import com.orderdesk.logic.catalog.LineQuote;
import java.math.BigDecimal;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One line of the order being entered: the product's quote (suggested price, stock), and what the
 * clerk typed (quantity, price if overridden, discount). The extended amount and the stock warning
 * follow the typed values.
 */
public final class OrderLineRow {
    /** The product's quote for the order's customer; quoted again when the clerk changes the customer. */
    private LineQuote quote;
    private final IntegerProperty quantity = new SimpleIntegerProperty();
    private final ObjectProperty<Money> unitPrice = new SimpleObjectProperty<>();
    private final ObjectProperty<BigDecimal> discountPct = new SimpleObjectProperty<>(BigDecimal.ZERO);
    private final ObjectBinding<Money> extended;
    private final javafx.beans.property.LongProperty orderedOfProduct = new javafx.beans.property.SimpleLongProperty();
    private final StringBinding stockWarning;

    public OrderLineRow(LineQuote quote, int quantity, Money unitPrice, BigDecimal discountPct) {
        this.quote = quote;
        this.quantity.set(quantity);
        this.unitPrice.set(unitPrice == null ? quote.unitPrice() : unitPrice);
        this.discountPct.set(discountPct == null ? BigDecimal.ZERO : discountPct);
        extended = Bindings.createObjectBinding(this::computeExtended, this.quantity, this.unitPrice, this.discountPct);
        orderedOfProduct.set(quantity);
        stockWarning = Bindings.createStringBinding(this::computeWarning, orderedOfProduct);
    }

    private Money computeExtended() {
        Money price = unitPrice.get();
        BigDecimal discount = discountPct.get();
        if (price == null || discount == null || quantity.get() <= 0) {
            return Money.ZERO;
        }
        return LinePricing.extended(quantity.get(), price, discount);
    }

    private String computeWarning() {
        if (orderedOfProduct.get() > quote.available()) {
            return quote.available() == 0 ? "None available at any node"
                    : String.format("Only %,d available in all", quote.available());
        }
        return "";
    }

    /** The order's total quantity of this line's product (several lines may order the same item). */
    void setOrderedOfProduct(long total) {
        orderedOfProduct.set(total);
    }

    /**
     * The product quoted again for the order's new customer: a price the clerk kept follows the new
     * quote (another customer's contract price, or the list price), a price the clerk typed stays.
     */
    void requote(LineQuote newQuote) {
        boolean kept = !isPriceOverridden();
        quote = newQuote;
        if (kept) {
            unitPrice.set(newQuote.unitPrice());
        }
    }

    public LineQuote quote() { return quote; }
    public IntegerProperty quantityProperty() { return quantity; }
    public ObjectProperty<Money> unitPriceProperty() { return unitPrice; }
    public ObjectProperty<BigDecimal> discountPctProperty() { return discountPct; }
    public ObjectBinding<Money> extendedProperty() { return extended; }
    public StringBinding stockWarningProperty() { return stockWarning; }

    public int getQuantity() { return quantity.get(); }
    public Money getUnitPrice() { return unitPrice.get(); }
    public BigDecimal getDiscountPct() { return discountPct.get(); }
    public Money getExtended() { return extended.get(); }

    /** The price the clerk typed differs from the suggested one: it is saved as an override. */
    public boolean isPriceOverridden() {
        return unitPrice.get() != null && !unitPrice.get().equals(quote.unitPrice());
    }

    public boolean exceedsStock() {
        return orderedOfProduct.get() > quote.available();
    }
}
