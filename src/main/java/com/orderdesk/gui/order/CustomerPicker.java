package com.orderdesk.gui.order;

import com.orderdesk.gui.common.AutoCompleteField;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.LatestAnswer;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.customer.CustomerContext;
import com.orderdesk.logic.customer.CustomerHit;
import java.util.function.Consumer;
import javafx.scene.control.TextField;

/**
 * The order's customer field: suggestions as the clerk types (number, name, city); a customer
 * picked is read off the FX thread and handed on. A customer filled in by the screen (a stored,
 * copied or captured order's) is shown without being read again.
 */
final class CustomerPicker {
    private final AutoCompleteField<CustomerHit> field;
    /** Set while the screen fills the field itself, so that it does not load the customer again. */
    private boolean showing;
    /**
     * The customer picked last: only its context is handed on. Contexts are read on the pool of threads, so a
     * customer picked before (a typo corrected at once) could come back after the one picked next and become
     * the order's customer under the other's name in the field.
     */
    private final LatestAnswer reads = new LatestAnswer();

    /**
     * @param chosen  told on the FX thread with the customer the clerk picked
     * @param problem told when Enter finds no customer (Enter did nothing: the clerk could not tell a typo from a slow book)
     */
    CustomerPicker(TextField customerField, OrderDeskServices services, UiTaskRunner tasks, DialogService dialogs,
                   Consumer<CustomerContext> chosen, Consumer<String> problem) {
        field = AutoCompleteField.attach(customerField, q -> services.searchCustomers(q, 12), Formats.display(
                c -> c.number() + "  " + c.name() + (c.city() == null ? "" : "  (" + c.city() + ", " + c.state() + ")"), ""));
        field.setOnNoMatch(typed -> problem.accept(noMatch(typed)));
        field.selectedItemProperty().addListener((obs, old, hit) -> {
            if (hit == null || showing) {
                reads.forget(); // cleared, or a stored order's customer shown: no earlier pick may land now
                return;
            }
            tasks.run(reads.of(() -> services.customerContext(hit.id()), chosen,
                    e -> dialogs.error("The customer " + hit.number() + " could not be read.", "Everything you typed is still on screen.",
                            "Try again; if it keeps failing, look at the log in the data folder.", e)));
        });
    }

    static String noMatch(String typed) {
        String shown = typed.strip().length() > 40 ? typed.strip().substring(0, 40) + "\u2026" : typed.strip();
        return "No customer matches \"" + shown + "\": type part of the name, the number (e.g. C-10001) or the phone.";
    }

    /** The customer picked or shown, or {@code null}. */
    Long customerId() {
        return field.getSelectedItem() == null ? null : field.getSelectedItem().id();
    }

    /** Fills the field with a customer already chosen (a stored or copied order's), without reloading it. */
    void show(CustomerContext ctx) {
        showing = true;
        try {
            field.select(new CustomerHit(ctx.id(), ctx.number(), ctx.name(), ctx.phone(), null, null));
        } finally {
            showing = false;
        }
    }

    void clear() {
        reads.forget();
        field.clear();
    }
}
