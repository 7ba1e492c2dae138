package com.orderdesk.gui.order;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.ParsedField;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.model.common.Money;
import com.orderdesk.logic.catalog.LineQuote;
import com.orderdesk.logic.catalog.ProductHit;
import java.math.BigDecimal;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.util.StringConverter;

/**
 * The keyboard path for adding lines: product (autocomplete by SKU or description, Enter takes the
 * first match), quantity, optional price and discount; Enter in any of them adds the line and
 * returns to the product field for the next one.
 */
final class LineEntryBar {
    /** The product list's width: the longest demo line (70 characters of SKU and description, and the stock) fits. */
    static final double PRODUCT_LIST_WIDTH = 680;
    private final OrderDeskServices services;
    private final OrderEntryViewModel vm;
    private final UiTaskRunner tasks;
    private final Formats formats;
    private final TextField productField;
    private final TextField quantityField;
    private final TextField priceField;
    private final Label infoLabel;
    private final AutoCompleteField<ProductHit> product;
    private final ParsedField<Long> quantity;
    private final ParsedField<BigDecimal> price;
    private final ParsedField<BigDecimal> discount;
    private final Validation validation = new Validation();
    private final Consumer<String> problem;
    private final java.util.function.Supplier<Long> customerId;
    private LineQuote quote;
    /**
     * The quote asked for last: one asked for another product, or for the customer the order had before,
     * may come back after it on the pool of threads and must not price the line.
     */
    private final LatestAnswer quotes = new LatestAnswer();
    /** Enter was pressed before the price lookup answered: add the line as soon as it does. */
    private boolean addWhenQuoted;

    LineEntryBar(OrderDeskServices services, OrderEntryViewModel vm, UiTaskRunner tasks, Formats formats,
                 TextField productField, TextField quantityField, TextField priceField, TextField discountField,
                 Label infoLabel, Consumer<String> problem, java.util.function.Supplier<Long> customerId) {
        this.customerId = customerId;
        this.services = services;
        this.vm = vm;
        this.tasks = tasks;
        this.formats = formats;
        this.productField = productField;
        this.quantityField = quantityField;
        this.priceField = priceField;
        this.infoLabel = infoLabel;
        this.problem = problem;
        product = AutoCompleteField.attach(productField, q -> services.searchProducts(q, 15), new StringConverter<>() {
            @Override
            public String toString(ProductHit p) {
                return p == null ? "" : p.sku() + "  " + p.description() + "  (" + formats.quantity(p.available()) + " avail.)";
            }

            @Override
            public ProductHit fromString(String s) {
                return null;
            }
        });
        // a product's SKU, whole description and stock: the field alone cut the size off ("Nitrile Exam Gloves Pow")
        product.setMinimumListWidth(PRODUCT_LIST_WIDTH);
        quantity = ParsedField.attach(quantityField, formats.quantityConverter());
        price = ParsedField.attach(priceField, formats.moneyConverter());
        discount = ParsedField.attach(discountField, formats.percentConverter());
        validation.watch(quantity, q -> q == null || (q > 0 && q <= 99_999) ? null
                : "Quantity must be a whole number from 1 to 99999.");
        validation.watch(price, p -> p == null || p.signum() >= 0 ? null : "Unit price cannot be negative.");
        validation.watch(discount, d -> d == null || (d.signum() >= 0 && d.compareTo(new BigDecimal("100")) <= 0) ? null
                : "Discount must be between 0 and 100 %.");
        product.selectedItemProperty().addListener((obs, old, hit) -> productChosen(hit));
        product.setOnNoMatch(typed -> {
            String said = noMatch(typed);
            infoLabel.setText(said);
            problem.accept(said);
        });
        for (TextField f : new TextField[] {quantityField, priceField, discountField}) {
            f.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ENTER) {
                    add();
                    e.consume();
                }
            });
        }
    }

    private void productChosen(ProductHit hit) {
        quote = null;
        addWhenQuoted = false;
        infoLabel.setText("");
        if (hit == null) {
            quotes.forget();
            return;
        }
        // Move on at once, so what the clerk types next lands in the quantity, not in the product.
        if (quantityField.getText().isBlank()) {
            quantityField.setText("1");
        }
        quantityField.requestFocus();
        quantityField.selectAll();
        requestQuote(hit);
    }

    /**
     * The order's customer changed: the product being entered is priced again for the new customer. Its
     * quote (asked or come back) was the customer's before, whose contract price would have gone on the line.
     */
    void customerChanged() {
        ProductHit hit = product.getSelectedItem();
        quote = null;
        if (hit == null) {
            quotes.forget();
            return;
        }
        requestQuote(hit);
    }

    private void requestQuote(ProductHit hit) {
        Long customer = customerId.get();
        tasks.run(quotes.of(() -> services.quote(hit.id(), customer),
                q -> {
                    quote = q;
                    priceField.setPromptText(formats.money(q.unitPrice()));
                    infoLabel.setText(q.sku() + ": " + (q.priceSource() == com.orderdesk.model.order.PriceSource.CUSTOMER
                            ? "contract price " : "list price ") + formats.money(q.unitPrice()) + " per " + q.unit()
                            + "; " + formats.quantity(q.available()) + " available across all nodes");
                    if (addWhenQuoted) {
                        add();
                    }
                },
                e -> problem.accept("Could not read the product: " + e.getMessage())));
    }

    /** What the clerk is told when Enter finds no product. */
    static String noMatch(String typed) {
        String shown = typed.strip().length() > 40 ? typed.strip().substring(0, 40) + "…" : typed.strip();
        return "No active product matches \"" + shown + "\": type part of the SKU, words of the description in any order,"
                + " or the GTIN.";
    }

    /** Adds the typed line; returns false (with the reason shown) when something is missing or wrong. */
    boolean add() {
        if (!validation.problems().isEmpty()) {
            problem.accept(validation.problems().get(0));
            return false;
        }
        if (quote == null) {
            if (product.getSelectedItem() != null) {
                addWhenQuoted = true;
                return false;
            }
            problem.accept("Choose a product first: type part of its SKU or description and press Enter.");
            productField.requestFocus();
            return false;
        }
        addWhenQuoted = false;
        long qty = quantity.getValue() == null ? 1 : quantity.getValue();
        Money typedPrice = price.getValue() == null ? null : Money.of(price.getValue());
        vm.addLine(quote, (int) qty, typedPrice, discount.getValue());
        clear();
        productField.requestFocus();
        return true;
    }

    void clear() {
        product.clear();
        quotes.forget();
        quote = null;
        quantityField.clear();
        priceField.clear();
        priceField.setPromptText("");
        infoLabel.setText("");
        discount.field().clear();
    }
}
