package com.orderdesk.gui.cash;

import com.orderdesk.logic.cash.desk.OpenInvoice;
import java.math.BigDecimal;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One open invoice in the apply grid: ticked or not, and what this payment puts on it. */
public final class ApplyRow {
    static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

    private final OpenInvoice invoice;
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final ObjectProperty<BigDecimal> applied = new SimpleObjectProperty<>(this, "applied", ZERO);
    private final ObjectProperty<BigDecimal> discount = new SimpleObjectProperty<>(this, "discount", ZERO);
    private final ObjectProperty<BigDecimal> deduction = new SimpleObjectProperty<>(this, "deduction", ZERO);
    private final StringProperty reasonCode = new SimpleStringProperty(this, "reasonCode");
    private final StringProperty proposedBy = new SimpleStringProperty(this, "proposedBy", "");

    ApplyRow(OpenInvoice invoice) {
        this.invoice = invoice;
    }

    public OpenInvoice invoice() { return invoice; }
    public BooleanProperty selectedProperty() { return selected; }
    public ObjectProperty<BigDecimal> appliedProperty() { return applied; }
    public ObjectProperty<BigDecimal> discountProperty() { return discount; }
    public ObjectProperty<BigDecimal> deductionProperty() { return deduction; }
    public StringProperty reasonCodeProperty() { return reasonCode; }
    /** "AUTO" or "SUGGESTED" when the engine proposed this invoice, else empty. */
    public StringProperty proposedByProperty() { return proposedBy; }

    public boolean isSelected() { return selected.get(); }
    public BigDecimal applied() { return applied.get(); }
    public BigDecimal discount() { return discount.get(); }
    public BigDecimal deduction() { return deduction.get(); }

    /** What this row takes off the invoice: applied, discount and deduction. */
    public BigDecimal settles() {
        return applied.get().add(discount.get()).add(deduction.get());
    }

    /** What stays open on the invoice after posting. */
    public BigDecimal remaining() {
        return invoice.open().subtract(isSelected() ? settles() : ZERO);
    }

    void clear() {
        applied.set(ZERO);
        discount.set(ZERO);
        deduction.set(ZERO);
        reasonCode.set(null);
    }
}
