package com.orderdesk.gui.order;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.ProblemList;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.logic.store.ConcurrentEditException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Control;
import javafx.scene.layout.VBox;

/**
 * The problems of a refused order save: listed under the form and marked beside the field each
 * one names (the customer, ship-to, PO, date or the lines), until the next save, order or customer.
 */
final class OrderProblems {
    private final List<ValidationProblem> problems = new ArrayList<>();
    private final Validation validation = new Validation();
    private final VBox box;
    private final DialogService dialogs;
    private final StatusBarModel status;

    OrderProblems(VBox box, DialogService dialogs, StatusBarModel status) {
        this.box = box;
        this.dialogs = dialogs;
        this.status = status;
    }

    /** Marks {@code control} with the first problem about {@code field} (the validator's field name). */
    void watch(Control control, String field) {
        validation.rule(control, () -> problemFor(field));
    }

    /** Lists {@code refused} and puts the cursor in the first field they mark. */
    void show(List<ValidationProblem> refused) {
        problems.clear();
        problems.addAll(refused);
        ProblemList.show(box, "The order was not saved. Please correct:", refused.stream().map(ValidationProblem::toString).toList(),
                false);
        validation.revalidate();
        Control first = validation.firstInvalidControl();
        if (first != null) {
            first.requestFocus();
        }
    }

    /** Says why a save failed: the problems to correct, another desk's change, or the error. */
    void saveFailed(Throwable e) {
        if (e instanceof OrderValidationException v) {
            show(v.problems());
            int n = v.problems().size();
            status.showMessage("Not saved: " + n + (n == 1 ? " problem" : " problems") + " to correct");
        } else if (e instanceof ConcurrentEditException) {
            dialogs.error(e.getMessage(), "Everything you typed is still on screen.",
                    "Note your changes, reopen the order from the Orders list, and enter them again.");
        } else {
            dialogs.error("The order could not be saved: " + e.getMessage(), "Everything you typed is still on screen.",
                    "Try Ctrl+S again in a moment; nothing was stored.", e);
        }
    }

    void clear() {
        problems.clear();
        box.getChildren().clear();
        validation.revalidate();
    }

    /** The first problem's sentence about {@code field}, or {@code null}. */
    String problemFor(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(ValidationProblem::message).findFirst().orElse(null);
    }
}
