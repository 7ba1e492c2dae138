package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.FxTestSupport;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.ValidationProblem;
import com.orderdesk.logic.store.ConcurrentEditException;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A refused order save: listed under the form, marked by field, gone after clear; other failures are dialogs. */
class OrderProblemsTest {
    private final VBox box = new VBox();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final StatusBarModel status = new StatusBarModel();

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void refusedSaveIsListedAndEachFieldGetsItsFirstProblem() throws Exception {
        OrderProblems problems = FxTestSupport.onFx(() -> {
            OrderProblems p = new OrderProblems(box, dialogs, status);
            p.watch(new TextField(), "customer");
            p.saveFailed(new OrderValidationException(List.of(new ValidationProblem("lines", 2, "Quantity must be above zero."),
                    new ValidationProblem("customer", 0, "Choose a customer."), new ValidationProblem("customer", 0, "Second."))));
            return p;
        });
        assertThat(problems.problemFor("customer")).isEqualTo("Choose a customer.");
        assertThat(problems.problemFor("lines")).isEqualTo("Quantity must be above zero.");
        assertThat(problems.problemFor("shipTo")).isNull();
        assertThat(box.getChildren().stream().map(n -> ((Label) n).getText())).containsExactly(
                "The order was not saved. Please correct:", "\u2022 Line 2: Quantity must be above zero.",
                "\u2022 Choose a customer.", "\u2022 Second.");
        // in words, as the customer screen says it (it read "3 problem(s)")
        assertThat(status.lastMessageProperty().get()).isEqualTo("Not saved: 3 problems to correct");
        FxTestSupport.onFxRun(() -> problems.saveFailed(new OrderValidationException(List.of(
                new ValidationProblem("customer", 0, "Choose a customer.")))));
        assertThat(status.lastMessageProperty().get()).isEqualTo("Not saved: 1 problem to correct");
        assertThat(dialogs.errors).isEmpty();

        FxTestSupport.onFxRun(problems::clear);
        assertThat(problems.problemFor("customer")).isNull();
        assertThat(box.getChildren()).isEmpty();
    }

    @Test
    void anotherDesksChangeIsAnErrorDialogAndListsNothing() throws Exception {
        FxTestSupport.onFxRun(() -> new OrderProblems(box, dialogs, status)
                .saveFailed(new ConcurrentEditException("Order SO-1 was changed at another desk.")));
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.get(0)).contains("Order SO-1 was changed at another desk.");
        assertThat(box.getChildren()).isEmpty();
    }
}
