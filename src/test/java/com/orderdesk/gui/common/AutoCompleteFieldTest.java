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
    /** The text whose lookup waits for {@link #gate} (a slow first query of the session), or null. */
    private volatile String gated;
    private final java.util.concurrent.CountDownLatch gate = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch gatedAsked = new java.util.concurrent.CountDownLatch(1);
    private final java.util.concurrent.CountDownLatch gatedAnswered = new java.util.concurrent.CountDownLatch(1);
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
            if (query.equals(gated)) {
                gatedAsked.countDown();
                // ControlsFX interrupts the lookup when typing moves on; a database query runs on regardless
                boolean interrupted = false;
                while (gate.getCount() > 0) {
                    try {
                        gate.await();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
                gatedAnswered.countDown();
            }
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

    /**
     * Defect (suggest19, load ~15): a slow lookup of a text typed on the way ("nit") answered after the text's own
     * ("nitrile") and its list replaced the right one: the sanitizer and the shelving under "nitrile". ControlsFX shows
     * a lookup's answer even when typing has moved on.
     */
    @Test
    void theListOfAnEarlierTextThatAnswersLateDoesNotReplaceTheListOfTheText(FxRobot robot) throws Exception {
        gated = "a";
        robot.clickOn("#customer").write("a", 0);
        assertThat(gatedAsked.await(30, TimeUnit.SECONDS)).as("the lookup of 'a' started").isTrue();
        robot.write("co", 0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> auto.isPopupShowing());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(auto.shownSuggestions()).containsExactly(CUSTOMERS.get(1));

        gate.countDown(); // the lookup of "a" answers now: Acme and Acorn
        assertThat(gatedAnswered.await(30, TimeUnit.SECONDS)).isTrue();
        Thread.sleep(300); // the late answer's own hand-over to the FX thread (nothing to wait on: it must not come)
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(customer.getText()).isEqualTo("aco");
        assertThat(auto.isPopupShowing()).isTrue();
        assertThat(auto.shownSuggestions()).as("the list of what is typed, not of 'a'").containsExactly(CUSTOMERS.get(1));
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
