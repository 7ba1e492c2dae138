package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.StringConverter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class AutoCompleteFieldTest {
    record Customer(String number, String name) {
    }

    private static final List<Customer> CUSTOMERS = List.of(
            new Customer("C-1001", "Acme Hardware"), new Customer("C-1002", "Acorn Supply"),
            new Customer("C-1003", "Baker Tools"));

    private final Set<Boolean> providerOnFxThread = ConcurrentHashMap.newKeySet();
    private AutoCompleteField<Customer> auto;
    private TextField customer;
    private TextField next;

    @Start
    void start(Stage stage) {
        customer = new TextField();
        customer.setId("customer");
        next = new TextField();
        next.setId("next");
        auto = AutoCompleteField.attach(customer, query -> {
            providerOnFxThread.add(Platform.isFxApplicationThread());
            String q = query.toLowerCase();
            return CUSTOMERS.stream()
                    .filter(c -> c.name().toLowerCase().startsWith(q) || c.number().toLowerCase().startsWith(q))
                    .toList();
        }, converter());
        stage.setScene(new Scene(new VBox(customer, next), 400, 200));
        stage.show();
    }

    @Test
    void enterAcceptsTheFirstMatchEvenBeforeThePopupShows(FxRobot robot) {
        robot.clickOn("#customer").write("ac", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        waitForSelection();

        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(0));
        assertThat(customer.getText()).isEqualTo("Acme Hardware");
        assertThat(providerOnFxThread).containsOnly(false);
    }

    @Test
    void enterInThePopupAcceptsTheFirstMatch(FxRobot robot) throws Exception {
        robot.clickOn("#customer").write("c-100", 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> auto.isPopupShowing());
        robot.type(KeyCode.ENTER);
        waitForSelection();

        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(0));
        assertThat(customer.getText()).isEqualTo("Acme Hardware");
    }

    /**
     * Defect (tour of 6 December 2026, load 30): "gre" typed quickly after "g" had opened the list took
     * Graham, the first of the list shown for "g", not Great Lakes: Enter came before the list for "gre".
     */
    @Test
    void enterRightAfterMoreTypingTakesTheMatchOfTheTextNotOfTheListStillShown(FxRobot robot) throws Exception {
        robot.clickOn("#customer").write("a", 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> auto.isPopupShowing());
        robot.interact(() -> auto.setDelay(2_000)); // the list for "aco" cannot come before the Enter
        robot.write("co", 0).type(KeyCode.ENTER);
        waitForSelection();

        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(1));
        assertThat(customer.getText()).isEqualTo("Acorn Supply");
    }

    @Test
    void tabRightAfterMoreTypingTakesTheMatchOfTheTextAndMovesOn(FxRobot robot) throws Exception {
        robot.clickOn("#customer").write("a", 0);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> auto.isPopupShowing());
        robot.interact(() -> auto.setDelay(2_000));
        robot.write("co", 0).type(KeyCode.TAB);
        waitForSelection();

        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(1));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> next.isFocused());
    }

    @Test
    void tabAcceptsTheFirstMatchAndMovesOn(FxRobot robot) {
        robot.clickOn("#customer").write("bak", 0).type(KeyCode.TAB);
        waitForSelection();

        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(2));
        assertThat(customer.getText()).isEqualTo("Baker Tools");
    }

    @Test
    void editingTheAcceptedTextClearsTheSelection(FxRobot robot) {
        robot.interact(() -> auto.select(CUSTOMERS.get(1)));
        assertThat(customer.getText()).isEqualTo("Acorn Supply");
        assertThat(auto.getSelectedItem()).isEqualTo(CUSTOMERS.get(1));

        robot.clickOn("#customer").type(KeyCode.BACK_SPACE);

        assertThat(auto.getSelectedItem()).isNull();
    }

    @Test
    void noMatchSelectsNothingAndKeepsTheText(FxRobot robot) {
        robot.clickOn("#customer").write("zz", 0).type(KeyCode.ENTER);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(auto.getSelectedItem()).isNull();
        assertThat(customer.getText()).isEqualTo("zz");
    }

    private void waitForSelection() {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> auto.getSelectedItem() != null);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no item was accepted; text is '" + customer.getText() + "'", e);
        }
    }

    private static StringConverter<Customer> converter() {
        return new StringConverter<>() {
            @Override
            public String toString(Customer c) {
                return c == null ? "" : c.name();
            }

            @Override
            public Customer fromString(String s) {
                return CUSTOMERS.stream().filter(c -> c.name().equals(s)).findFirst().orElse(null);
            }
        };
    }
}
