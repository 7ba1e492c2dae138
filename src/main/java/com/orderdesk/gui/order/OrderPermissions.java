package com.orderdesk.gui.order;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;

/**
 * What may be done with the order on screen, shown on its controls: one who may only view orders
 * sees them read-only, without New, Save, Copy or Cancel; a stored order can be copied; an order
 * can be cancelled while it is cancellable; a read-only order's fields are disabled, and read at full
 * contrast in the read-only look.
 */
final class OrderPermissions {
    /** The look of a field that shows a value not to be changed (app.css). */
    static final String READ_ONLY = "read-only-field";

    /** The order form's controls that the permissions show on. */
    record Controls(Button newButton, Button saveButton, Button copyButton, Button cancelButton, Button addLineButton,
                    TableView<?> lines, List<Control> fields) {
    }

    private boolean mayEnter = true;
    private boolean mayCancel = true;
    private Controls controls;

    /** Set from the signed-in user's rights, before or after the view is loaded. */
    void set(boolean enterOrders, boolean cancelOrders) {
        mayEnter = enterOrders;
        mayCancel = cancelOrders;
    }

    boolean mayEnter() {
        return mayEnter;
    }

    /** The view is loaded: from now on {@link #show} and {@link #setEditable} reach its controls. */
    void attach(Controls loaded) {
        controls = loaded;
    }

    boolean attached() {
        return controls != null;
    }

    /** Shows which actions this user has for an order that is stored or not, cancellable or not. */
    void show(boolean stored, boolean cancellable) {
        if (!mayEnter && !stored) { // nothing to type here: say where an order comes from
            controls.lines().setPlaceholder(new Label("Open an order from the Orders list (Enter): it shows here."));
        }
        for (Button b : List.of(controls.newButton(), controls.saveButton(), controls.copyButton())) {
            b.setVisible(mayEnter);
            b.setManaged(mayEnter);
        }
        controls.copyButton().setDisable(!stored);
        controls.cancelButton().setVisible(mayCancel);
        controls.cancelButton().setManaged(mayCancel);
        controls.cancelButton().setDisable(!cancellable);
    }

    void setEditable(boolean editable) {
        for (Control c : controls.fields()) {
            // disabled takes no input; the class keeps its words readable, where the theme dims a
            // disabled field to 2.4:1 (app.css: read-only-field)
            c.setDisable(!editable);
            c.getStyleClass().remove(READ_ONLY);
            if (!editable) {
                c.getStyleClass().add(READ_ONLY);
            }
        }
        controls.addLineButton().setDisable(!editable);
        controls.lines().setEditable(editable);
        controls.saveButton().setDisable(!editable);
    }
}
