package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** ParsedField, Validation and StatusChip on a small form. */
@ExtendWith(ApplicationExtension.class)
class FormHelpersTest {
    private final Formats formats = Formats.forLocale(Locale.US);
    private TextField customer;
    private TextField price;
    private TextField quantity;
    private ParsedField<BigDecimal> priceValue;
    private ParsedField<Long> quantityValue;
    private Validation validation;
    private StatusChip chip;

    @Start
    void start(Stage stage) {
        customer = new TextField();
        customer.setId("customer");
        price = new TextField();
        price.setId("price");
        quantity = new TextField();
        quantity.setId("quantity");
        priceValue = ParsedField.attach(price, formats.moneyConverter());
        quantityValue = ParsedField.attach(quantity, formats.quantityConverter());
        validation = new Validation();
        validation.required(customer, "Choose a customer: type a name, number or phone.");
        validation.watch(priceValue);
        validation.watch(quantityValue, q -> q > 0 ? null : "Quantity must be above zero, e.g. 12.");
        chip = new StatusChip(StatusKind.CREDIT_HOLD);
        stage.setScene(new Scene(new VBox(8, customer, price, quantity, chip), 400, 300));
        stage.show();
    }

    @Test
    void badTextStaysAsTypedAndExplainsItself(FxRobot robot) {
        robot.clickOn("#price").write("12,5O", 0);
        robot.clickOn("#quantity"); // leaving the field must not put an old value back

        assertThat(price.getText()).isEqualTo("12,5O");
        assertThat(priceValue.getValue()).isNull();
        assertThat(priceValue.getError()).contains("\u201cO\u201d at position 5");
    }

    @Test
    void goodTextBecomesAValueAndIsShownCanonicallyOnLeaving(FxRobot robot) {
        robot.clickOn("#price").write("1234.5", 0);
        assertThat(priceValue.getValue()).isEqualTo(new BigDecimal("1234.50"));
        robot.clickOn("#quantity");
        assertThat(price.getText()).isEqualTo("1,234.50");
        assertThat(priceValue.getError()).isNull();
    }

    @Test
    void problemsListEachFieldsSentenceInFormOrder(FxRobot robot) {
        robot.clickOn("#price").write("1.234", 0);
        robot.clickOn("#quantity").write("0", 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(validation.problems()).containsExactly(
                "Choose a customer: type a name, number or phone.",
                "\u201c1.234\u201d has too many decimals: at most 2 are allowed, e.g. 1,234.50.",
                "Quantity must be above zero, e.g. 12.");
        assertThat(validation.firstInvalidControl()).isSameAs(customer);
        assertThat(validation.invalidProperty().get()).isTrue();
    }

    @Test
    void fixingEveryFieldLeavesNoProblems(FxRobot robot) {
        robot.clickOn("#customer").write("Acme Hardware", 0);
        robot.clickOn("#price").write("19.99", 0);
        robot.clickOn("#quantity").write("12", 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(validation.problems()).isEmpty();
        assertThat(validation.invalidProperty().get()).isFalse();
        assertThat(quantityValue.getValue()).isEqualTo(12L);
    }

    @Test
    void statusChipShowsTheWordAndItsColourClass(FxRobot robot) {
        assertThat(chip.getText()).isEqualTo("Credit hold");
        assertThat(chip.getStyleClass()).contains("status-chip");
        assertThat(chip.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("status-credit-hold"));

        robot.interact(() -> chip.setStatus(StatusKind.PAID));

        assertThat(chip.getText()).isEqualTo("Paid");
        assertThat(chip.getPseudoClassStates()).contains(javafx.css.PseudoClass.getPseudoClass("status-paid"))
                .doesNotContain(javafx.css.PseudoClass.getPseudoClass("status-credit-hold"));
    }

    @Test
    void statusNamesMapOntoChipKinds() {
        assertThat(StatusKind.fromName("CREDIT_HOLD")).contains(StatusKind.CREDIT_HOLD);
        assertThat(StatusKind.fromName("Credit hold")).contains(StatusKind.CREDIT_HOLD);
        assertThat(StatusKind.fromName("cancelled")).contains(StatusKind.CANCELLED);
        assertThat(StatusKind.fromName("ON_FIRE")).isEmpty();
        for (StatusKind kind : StatusKind.values()) {
            assertThat(kind.label()).doesNotStartWith("!");
        }
    }
}
