package com.orderdesk.gui.common;

import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

/**
 * Ties a text field to a typed value through a converter from {@link Formats} (money, percent,
 * quantity, date), without ever throwing away what was typed.
 *
 * <p>Why not a {@code TextFormatter} with a value converter: when its converter fails on commit,
 * JavaFX puts the previous value's text back, so "12,5O" silently becomes the old amount. Here the
 * text stays as typed, {@link #errorProperty()} carries the converter's sentence (shown inline by
 * {@link Validation#watch}), and {@link #valueProperty()} is the last text that read cleanly
 * ({@code null} while blank or wrong). When the field loses focus with a valid value, the text is
 * re-shown in the canonical form ("1234.5" becomes "1,234.50").
 *
 * <pre>{@code
 * ParsedField<BigDecimal> price = ParsedField.attach(priceField, formats.moneyConverter());
 * validation.watch(price);
 * viewModel.priceProperty().bind(price.valueProperty());
 * }</pre>
 */
public final class ParsedField<T> {
    private final TextField field;
    private final StringConverter<T> converter;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>(this, "value");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");

    private ParsedField(TextField field, StringConverter<T> converter) {
        this.field = Objects.requireNonNull(field, "field");
        this.converter = Objects.requireNonNull(converter, "converter");
        field.textProperty().addListener((obs, old, text) -> read(text));
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused && error.get() == null && value.get() != null) {
                field.setText(converter.toString(value.get()));
            }
        });
        read(field.getText());
    }

    /** Starts reading {@code field} through {@code converter}; the field keeps working as before. */
    public static <T> ParsedField<T> attach(TextField field, StringConverter<T> converter) {
        return new ParsedField<>(field, converter);
    }

    public TextField field() {
        return field;
    }

    /** The value of the text, or {@code null} while the text is blank or cannot be read. */
    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    public T getValue() {
        return value.get();
    }

    /** Shows {@code newValue} in the field in canonical form ({@code null} clears it). */
    public void setValue(T newValue) {
        field.setText(newValue == null ? "" : converter.toString(newValue));
    }

    /** The sentence saying why the text cannot be read, or {@code null} when it can (or is blank). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public String getError() {
        return error.get();
    }

    private void read(String text) {
        try {
            value.set(converter.fromString(text));
            error.set(null);
        } catch (InputException e) {
            value.set(null);
            error.set(e.getMessage());
        } catch (RuntimeException e) {
            value.set(null);
            error.set(Messages.get("input.unreadable", text));
        }
    }
}
