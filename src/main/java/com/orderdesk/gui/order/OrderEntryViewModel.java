package com.orderdesk.gui.order;

import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.order.OrderTotals;
import com.orderdesk.logic.order.PricedLine;
import com.orderdesk.logic.tax.SalesTax;
import com.orderdesk.logic.tax.TaxRates;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.ShipToView;
import com.orderdesk.logic.order.LoadedOrder;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.order.ValidationProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The state of the order-entry screen without any controls: the order being typed (header and
 * lines), its live totals and tax, and whether it has unsaved changes. The controller binds to
 * it; tests drive it without a toolkit. It is the edit buffer between the form and the stored
 * order: {@link #toDraft()} is what a save sends, {@link #applySaved} and {@link #load} reset it.
 */
public final class OrderEntryViewModel {
    private final TaxRates taxRates;

    private final ObjectProperty<CustomerContext> customer = new SimpleObjectProperty<>();
    private final ObservableList<ShipToView> shipTos = FXCollections.observableArrayList();
    private final ObjectProperty<ShipToView> shipTo = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderChannel> channel = new SimpleObjectProperty<>(OrderChannel.PHONE);
    /** What the Channel field offers: a clerk keys phone and e-mail orders; an EDI or file order shown adds its own. */
    private final ObservableList<OrderChannel> channelChoices = FXCollections.observableArrayList(OrderChannel.PHONE, OrderChannel.EMAIL);
    private final StringProperty customerPo = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> requestedDate = new SimpleObjectProperty<>();
    /**
     * Why the text in the requested-date field is no date ("2026-02-30"), or null: a date picker keeps
     * its last good value (none) under such text, so without this a save would go without the date
     * the clerk sees in the field.
     */
    private final StringProperty unreadableRequestedDate = new SimpleStringProperty();
    /** The faster way to deliver the clerk picked from the quote; null: the cheapest way to meet the requested date. */
    private final ObjectProperty<OrderDraft.DeliveryChoice> deliveryChoice = new SimpleObjectProperty<>();
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<OrderLineRow> lines = FXCollections.observableArrayList(
            row -> new Observable[] {row.extendedProperty(), row.quantityProperty()});

    private final StringProperty orderNumber = new SimpleStringProperty();
    private final ObjectProperty<OrderStatus> status = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty readOnly = new SimpleBooleanProperty(false);
    private Long orderId;
    private Long version;
    /** The order this new one was copied from (kept in the save's audit entry); null otherwise. */
    private String copiedFrom;
    /** Where a new order read from a message goes when saved (the order inbox's review); null: a keyed order. */
    private OrderSave capturedSave;

    private final ObjectBinding<BigDecimal> taxRate;
    private final ObjectBinding<OrderTotals> totals;
    private final BooleanBinding anyStockWarning;

    public OrderEntryViewModel(TaxRates taxRates) {
        this.taxRates = taxRates;
        taxRate = Bindings.createObjectBinding(this::computeTaxRate, customer, shipTo);
        totals = Bindings.createObjectBinding(() -> OrderTotals.of(pricedLines(), taxRate.get()), lines, taxRate);
        lines.addListener((javafx.collections.ListChangeListener<OrderLineRow>) c -> totalPerProduct());
        anyStockWarning = Bindings.createBooleanBinding(() -> lines.stream().anyMatch(OrderLineRow::exceedsStock), lines);
        // a change listener, not an invalidation one: a date picker committing the same date again on
        // losing focus (a new LocalDate, equal) must not make a just-saved order look changed
        javafx.beans.value.ObservableValue<?>[] edits = {customer, shipTo, channel, customerPo, requestedDate, deliveryChoice, notes};
        for (javafx.beans.value.ObservableValue<?> o : edits) {
            o.addListener((obs, was, now) -> dirty.set(true));
        }
        lines.addListener((Observable x) -> dirty.set(true));
    }

    private BigDecimal computeTaxRate() {
        CustomerContext c = customer.get();
        ShipToView s = shipTo.get();
        if (c == null || s == null || s.state() == null) {
            return BigDecimal.ZERO;
        }
        return SalesTax.rateFor(taxRates, s.state(), c.taxExempt());
    }

    private List<PricedLine> pricedLines() {
        List<PricedLine> priced = new ArrayList<>();
        for (OrderLineRow r : lines) {
            if (r.getUnitPrice() != null && r.getQuantity() > 0 && r.getDiscountPct() != null) {
                priced.add(PricedLine.of(r.quote().productId(), r.quote().sku(), r.quote().description(), r.getQuantity(),
                        r.getUnitPrice(), r.quote().priceSource(), r.getDiscountPct(), r.quote().taxable()));
            }
        }
        return priced;
    }

    /** Stock is checked per product over the whole order, not line by line. */
    private void totalPerProduct() {
        java.util.Map<Long, Long> totals = new java.util.HashMap<>();
        for (OrderLineRow r : lines) {
            totals.merge(r.quote().productId(), (long) r.getQuantity(), Long::sum);
        }
        for (OrderLineRow r : lines) {
            r.setOrderedOfProduct(totals.get(r.quote().productId()));
        }
    }

    /** The clerk picked a customer: show its ship-tos and take its default one. */
    public void customerChosen(CustomerContext context) {
        customer.set(context);
        shipTos.setAll(context == null ? List.of() : context.shipTos());
        shipTo.set(context == null ? null : context.defaultShipTo().orElse(null));
    }

    /** Adds a line for a product; the suggested price is used unless {@code price} is given. */
    public OrderLineRow addLine(LineQuote quote, int quantity, Money price, BigDecimal discountPct) {
        OrderLineRow row = new OrderLineRow(quote, quantity, price, discountPct);
        row.unitPriceProperty().addListener(x -> dirty.set(true));
        row.discountPctProperty().addListener(x -> dirty.set(true));
        lines.add(row);
        return row;
    }

    /**
     * The lines' products quoted for the customer chosen since: each line still on the order takes its
     * new quote (a kept price follows it, a typed one stays); a line removed meanwhile is left out.
     */
    public void requote(java.util.Map<OrderLineRow, LineQuote> quotes) {
        quotes.forEach((row, q) -> {
            if (lines.contains(row)) {
                row.requote(q);
            }
        });
    }

    public void removeLine(OrderLineRow row) {
        lines.remove(row);
    }

    /** What a save sends: overridden prices only; kept prices are re-resolved by the service. */
    public OrderDraft toDraft() {
        List<OrderLineDraft> drafts = new ArrayList<>();
        for (OrderLineRow r : lines) {
            drafts.add(new OrderLineDraft(r.quote().productId(), r.quote().sku(), r.getQuantity(),
                    r.isPriceOverridden() ? r.getUnitPrice() : null, r.getDiscountPct()));
        }
        CustomerContext c = customer.get();
        ShipToView s = shipTo.get();
        return new OrderDraft(orderId, version, c == null ? null : c.id(), s == null ? null : s.id(), channel.get(),
                customerPo.get(), requestedDate.get(), notes.get(), drafts, deliveryChoice.get());
    }

    /** What the clerk typed that cannot be read, as the problems a refused save lists (empty: none). */
    public List<ValidationProblem> unreadableInput() {
        String why = unreadableRequestedDate.get();
        return why == null ? List.of() : List.of(new ValidationProblem("requestedDate", 0, why));
    }

    /** The order was stored: remember its number and version, so the next save amends it. */
    public void applySaved(SavedOrder saved) {
        copiedFrom = null;
        capturedSave = null;
        orderId = saved.id();
        version = saved.version();
        orderNumber.set(saved.number());
        status.set(saved.status());
        readOnly.set(!saved.status().isAmendable());
        dirty.set(false);
    }

    /** Shows a stored order for viewing or amending. */
    public void load(LoadedOrder order, CustomerContext context) {
        clear();
        customerChosen(context);
        OrderDraft d = order.draft();
        shipTos.stream().filter(s -> d.shipToId() != null && s.id() == d.shipToId()).findFirst().ifPresent(shipTo::set);
        showChannel(d.channel());
        customerPo.set(d.customerPo() == null ? "" : d.customerPo());
        requestedDate.set(d.requestedDate());
        deliveryChoice.set(d.delivery());
        notes.set(d.notes() == null ? "" : d.notes());
        for (int i = 0; i < d.lines().size(); i++) {
            LineQuote q = order.lineQuotes().get(i);
            OrderLineDraft l = d.lines().get(i);
            addLine(q, l.quantity(), q.unitPrice(), l.discountPct());
        }
        orderId = d.orderId();
        version = order.version();
        orderNumber.set(order.number());
        status.set(order.status());
        readOnly.set(!order.amendable());
        dirty.set(false);
    }

    /** Shows an old order copied into a new, unsaved one (its number is taken when it is saved). */
    public void loadCopy(com.orderdesk.logic.order.CopiedOrder copy, CustomerContext context) {
        clear();
        customerChosen(context);
        OrderDraft d = copy.draft();
        shipTos.stream().filter(s -> d.shipToId() != null && s.id() == d.shipToId()).findFirst().ifPresent(shipTo::set);
        showChannel(d.channel());
        notes.set(d.notes() == null ? "" : d.notes());
        for (int i = 0; i < d.lines().size(); i++) {
            LineQuote q = copy.lineQuotes().get(i);
            addLine(q, d.lines().get(i).quantity(), q.unitPrice(), d.lines().get(i).discountPct());
        }
        copiedFrom = copy.sourceNumber();
        dirty.set(true);
    }

    /**
     * Shows a draft read from an inbound message as a new, unsaved order with what the inbox could
     * name (customer, ship-to, channel, PO, lines); the first save goes to {@code save} (the inbox,
     * which keeps the message with the order) instead of order entry's own use case.
     */
    public void loadCaptured(OrderDraft d, CustomerContext context, List<LineQuote> quotes,
                             OrderSave save) {
        clear();
        if (context != null) {
            customerChosen(context);
            shipTos.stream().filter(s -> d.shipToId() != null && s.id() == d.shipToId()).findFirst().ifPresent(shipTo::set);
        }
        showChannel(d.channel());
        customerPo.set(d.customerPo() == null ? "" : d.customerPo());
        requestedDate.set(d.requestedDate());
        for (int i = 0; i < d.lines().size(); i++) {
            addLine(quotes.get(i), d.lines().get(i).quantity(), quotes.get(i).unitPrice(), d.lines().get(i).discountPct());
        }
        capturedSave = save;
        dirty.set(true);
    }

    /**
     * Saves {@code draft} through the inbox when it is a captured order not yet saved, else through
     * {@code usual}; {@code newOrderOnSamePo}: the clerk confirmed a second order on a PO already received.
     */
    public SavedOrder saveThrough(OrderSave usual, OrderDraft draft, boolean newOrderOnSamePo) {
        var captured = capturedSave;
        return captured != null && draft.isNew() ? captured.save(draft, newOrderOnSamePo) : usual.save(draft, newOrderOnSamePo);
    }

    public String copiedFrom() {
        return copiedFrom;
    }

    /**
     * Sets the order's channel, offering it in the choices first. The choices used to grow from a
     * listener on the channel itself, so EDI joined the combo box's items while the channel's change
     * was still being told and before the box's value followed: JavaFX's combo box skin then drew
     * its field empty (index -1) though its value and selection said EDI.
     */
    private void showChannel(OrderChannel c) {
        if (c != null && !channelChoices.contains(c)) {
            channelChoices.add(c);
        }
        channel.set(c);
    }

    /** Starts a new, empty order. */
    public void clear() {
        copiedFrom = null;
        capturedSave = null;
        customerChosen(null);
        channel.set(OrderChannel.PHONE);
        channelChoices.setAll(OrderChannel.PHONE, OrderChannel.EMAIL);
        customerPo.set("");
        requestedDate.set(null);
        deliveryChoice.set(null);
        notes.set("");
        lines.clear();
        orderId = null;
        version = null;
        orderNumber.set(null);
        status.set(null);
        readOnly.set(false);
        dirty.set(false);
    }

    public boolean isNew() { return orderId == null; }

    /** A stored order that has not shipped may be cancelled (the use case checks its shipments again). */
    public boolean isCancellable() {
        OrderStatus s = status.get();
        return orderId != null && s != null && s != OrderStatus.CANCELLED && s != OrderStatus.SHIPPED
                && s != OrderStatus.INVOICED && s != OrderStatus.PAID;
    }
    public Long orderId() { return orderId; }

    public ObjectProperty<CustomerContext> customerProperty() { return customer; }
    public ObservableList<ShipToView> shipTos() { return shipTos; }
    public ObjectProperty<ShipToView> shipToProperty() { return shipTo; }
    public ObjectProperty<OrderChannel> channelProperty() { return channel; }
    public ObservableList<OrderChannel> channelChoices() { return channelChoices; }
    public StringProperty customerPoProperty() { return customerPo; }
    public ObjectProperty<LocalDate> requestedDateProperty() { return requestedDate; }
    public StringProperty unreadableRequestedDateProperty() { return unreadableRequestedDate; }
    public ObjectProperty<OrderDraft.DeliveryChoice> deliveryChoiceProperty() { return deliveryChoice; }
    public StringProperty notesProperty() { return notes; }

    /** Units per product over the whole order (what a delivery quote routes). */
    public java.util.Map<Long, Integer> quantitiesByProduct() {
        java.util.Map<Long, Integer> out = new java.util.LinkedHashMap<>();
        for (OrderLineRow r : lines) {
            if (r.getQuantity() > 0) {
                out.merge(r.quote().productId(), r.getQuantity(), Integer::sum);
            }
        }
        return out;
    }
    public ObservableList<OrderLineRow> lines() { return lines; }
    public StringProperty orderNumberProperty() { return orderNumber; }
    public ObjectProperty<OrderStatus> statusProperty() { return status; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public BooleanProperty readOnlyProperty() { return readOnly; }
    public ObjectBinding<BigDecimal> taxRateProperty() { return taxRate; }
    public ObjectBinding<OrderTotals> totalsProperty() { return totals; }
    public BooleanBinding anyStockWarningProperty() { return anyStockWarning; }
}
