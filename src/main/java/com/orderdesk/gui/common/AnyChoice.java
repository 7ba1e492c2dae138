package com.orderdesk.gui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;

/** A filter's choice box: first "any" (null, shown as {@code anyText}), then each value by its label. */
public final class AnyChoice {
    private AnyChoice() {
    }

    @SafeVarargs
    public static <T> void fill(ComboBox<T> box, Function<T, String> label, String anyText, T... values) {
        box.getItems().add(null);
        box.getItems().addAll(values);
        box.setConverter(Formats.display(label, anyText));
    }
}
