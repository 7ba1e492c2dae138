package com.orderdesk.gui.order;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A clerk with a caller on the phone enters a requested delivery date, sees before saving when the
 * order can arrive and what each way to meet the date costs, picks the faster way, and saves: the
 * order's plan ships by that service on those dates (TestBook, today Thursday 2026-11-26; the
 * Chicago store needs 2 handling days, the Atlanta DC none, 4 days by ground to Chicago).
 */
@ExtendWith(ApplicationExtension.class)
class DeliveryDateEntryScreenTest extends ScreenTestOnOneBook {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    private static com.orderdesk.logic.security.SignedInUser clerk;
    private OrderEntryController controller;

    /** The Chicago store's two handling days and a clerk, put in the book before the window opens. */
    @BeforeAll
    static void book() throws Exception {
        OrderEntryScreens.chicagoStoreNeedsTwoDays(book);
        clerk = book.user("clerk1", Role.ORDER_CLERK);
    }

    @Start
    void start(Stage stage) throws Exception {
        controller = OrderEntryScreens.quotingController(book, clerk, screen);
        // the room order entry has in the window at 1366 x 768: less the rail, the menu and status bars
        com.orderdesk.gui.common.Truncation.applicationLook();
        screen.show(stage, controller, 1258, 700);
        controller.focusFirstField();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Ctrl+S, then waits until the order is stored; a refused or failed save ends the wait at once
     * and fails with what the screen told the clerk (on a loaded machine a silent timeout said nothing).
     */
    private void saveAndWait(FxRobot robot) throws Exception {
        // a quote still being worked out disables the ways: the save goes with the way shown when it is done
        waitUntil(() -> !robot.lookup("#deliveryOptions").tryQuery().map(javafx.scene.Node::isDisabled).orElse(false));
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        try {
            WaitForAsyncUtils.waitFor(40, TimeUnit.SECONDS, () -> !screen.dialogs.errors.isEmpty()
                    || String.valueOf(screen.status.lastMessageProperty().get()).startsWith("Not saved")
                    || controller.viewModel().orderNumberProperty().get() != null && !controller.viewModel().dirtyProperty().get());
        } catch (java.util.concurrent.TimeoutException e) {
            // say what the screen showed, so a slow or stuck save can be told apart from an order left dirty
            throw new AssertionError("not saved in 40 s: number " + controller.viewModel().orderNumberProperty().get()
                    + ", dirty " + controller.viewModel().dirtyProperty().get() + ", status '"
                    + screen.status.lastMessageProperty().get() + "', delivery '"
                    + robot.lookup("#deliverySummary").queryAs(Label.class).getText() + "'", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(screen.dialogs.errors).as("error dialogs").isEmpty();
        assertThat(String.valueOf(screen.status.lastMessageProperty().get())).as("status bar").doesNotStartWith("Not saved");
    }

    private List<RadioButton> options(FxRobot robot) {
        return List.copyOf(robot.lookup(".delivery-option").queryAllAs(RadioButton.class));
    }

    /** Acme, a line of 20 gloves, and Monday 30 November typed as the requested date, as a clerk enters them. */
    private void enterGlovesForMonday(FxRobot robot) throws Exception {
        robot.clickOn("#customerField").write("acme").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().shipToProperty().get() != null);
        // the focus goes on through the order's header; Alt+R goes straight to the lines
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> robot.lookup("#productField").queryAs(TextField.class).isFocused());
        robot.write("GLV").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#quantityField").queryAs(TextField.class).isFocused());
        robot.write("20").type(KeyCode.ENTER);
        waitUntil(() -> controller.viewModel().lines().size() == 1);
        robot.clickOn("#requestedDatePicker").write("2026-11-30").type(KeyCode.ENTER);
    }

    @Test
    void aClerkEntersARequestedDateAndPicksTheFasterWay(FxRobot robot) throws Exception {
        enterGlovesForMonday(robot);
        waitUntil(() -> TODAY.plusDays(4).equals(controller.viewModel().requestedDateProperty().get()));

        // before saving: the earliest arrival (overnight from Atlanta, tomorrow) and the ways to meet Monday
        waitUntil(() -> robot.lookup("#deliverySummary").queryAs(Label.class).getText().contains("Requested Nov 30")
                && options(robot).stream().anyMatch(b -> b.getText().startsWith("Fastest:")));
        String summary = robot.lookup("#deliverySummary").queryAs(Label.class).getText();
        assertThat(summary).startsWith("Earliest arrival ").contains("Overnight from DC-ATL").contains("ways to meet it");
        List<RadioButton> ways = options(robot);
        assertThat(ways.get(0).getText()).startsWith("Cheapest: ");
        assertThat(ways.get(0).isSelected()).isTrue();
        assertThat(ways).extracting(RadioButton::getText).anyMatch(t -> t.contains("Ground from ST-CHI"));
        // with the ways shown, the lines still have room: at least five rows at 1366 x 768, headers whole
        TableView<?> lines = robot.lookup("#linesTable").queryAs(TableView.class);
        assertThat(lines.getHeight()).as("lines table height at 1366 x 768").isGreaterThanOrEqualTo(5 * 33 + 38);
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(lines)).as("line headers cut").isEmpty();
        RadioButton fastest = ways.stream().filter(b -> b.getText().startsWith("Fastest:")).findFirst().orElseThrow();
        assertThat(fastest.getText()).contains("Overnight from DC-ATL");

        robot.clickOn(fastest);
        assertThat(controller.viewModel().deliveryChoiceProperty().get().deliverBy()).isEqualTo(TODAY.plusDays(1));
        saveAndWait(robot);

        String number = controller.viewModel().orderNumberProperty().get();
        SalesOrder stored = book.db.read(s -> s.createSelectionQuery("from SalesOrder o where o.number = :n", SalesOrder.class)
                .setParameter("n", number).getSingleResult());
        assertThat(stored.requestedDate()).isEqualTo(TODAY.plusDays(4));
        assertThat(stored.deliverBy()).isEqualTo(TODAY.plusDays(1));
        assertThat(stored.deliveryChoice()).isEqualTo("Overnight from DC-ATL");
        // the way picked, its promised date and quoted cost are in the save's audit entry
        String audited = book.db.read(s -> s.createSelectionQuery("select a.after from AuditRecord a where a.action = 'ORDER_SAVE' "
                + "and a.documentId = :n", String.class).setParameter("n", number).getSingleResult());
        assertThat(audited).contains("\"deliveryChoice\":\"Overnight from DC-ATL\"")
                .contains("\"promisedDate\":\"" + TODAY.plusDays(1) + "\"").contains("\"quotedDeliveryCost\":\"");
        List<Shipment> shipments = book.db.read(s -> {
            List<Shipment> list = s.createSelectionQuery("from Shipment sh where sh.order.number = :n and sh.status = :st",
                    Shipment.class).setParameter("n", number).setParameter("st", ShipmentStatus.PLANNED).getResultList();
            list.forEach(sh -> sh.node().code());
            return list;
        });
        assertThat(shipments).singleElement().satisfies(sh -> {
            assertThat(sh.node().code()).isEqualTo("DC-ATL");
            assertThat(sh.service()).isEqualTo("OVERNIGHT");
            assertThat(sh.plannedShipDate()).isEqualTo(TODAY);
            assertThat(sh.deliveryDate()).isEqualTo(TODAY.plusDays(1));
        });
    }

    /**
     * tour13: with the caller on the phone the clerk Tabs to the ways and presses Down to the faster
     * one; Down on the first way took the focus to the timeline and left the cheapest way picked.
     */
    @Test
    void aClerkPicksTheFastestWayWithTheArrowKeys(FxRobot robot) throws Exception {
        enterGlovesForMonday(robot);
        // the quote for Monday (the one for the line alone, without a date, is replaced by it)
        waitUntil(() -> robot.lookup("#deliverySummary").queryAs(Label.class).getText().contains("Requested Nov 30")
                && options(robot).stream().anyMatch(b -> b.getText().startsWith("Fastest:"))
                && !robot.lookup("#deliveryOptions").queryAs(javafx.scene.Node.class).isDisabled());
        List<RadioButton> ways = options(robot);
        robot.clickOn(ways.get(0)); // the way picked already; a clerk Tabs to it
        for (int i = 1; i < ways.size(); i++) {
            robot.type(KeyCode.DOWN);
        }
        WaitForAsyncUtils.waitForFxEvents();

        RadioButton fastest = ways.get(ways.size() - 1);
        assertThat(fastest.getText()).startsWith("Fastest:");
        assertThat(fastest.isFocused()).as("focus on the last way").isTrue();
        assertThat(fastest.isSelected()).as("the way the focus is on is picked").isTrue();
        assertThat(controller.viewModel().deliveryChoiceProperty().get().deliverBy()).isEqualTo(TODAY.plusDays(1));
        robot.type(KeyCode.UP);
        assertThat(ways.get(ways.size() - 2).isSelected()).as("Up picks the way above").isTrue();
    }

    @Test
    void aClerkWhoKeepsTheCheapestWayHasItRecordedLikeAPickedOne(FxRobot robot) throws Exception {
        enterGlovesForMonday(robot);
        waitUntil(() -> robot.lookup("#deliverySummary").queryAs(Label.class).getText().contains("Requested Nov 30")
                && !options(robot).isEmpty());
        RadioButton cheapest = options(robot).get(0);
        assertThat(cheapest.getText()).startsWith("Cheapest: ");
        assertThat(cheapest.isSelected()).isTrue();
        // nothing picked: the default is the order's delivery choice all the same
        var kept = controller.viewModel().deliveryChoiceProperty().get();
        assertThat(kept).isNotNull();
        assertThat(cheapest.getText()).startsWith("Cheapest: " + kept.description() + ", arrives ");

        saveAndWait(robot);
        String number = controller.viewModel().orderNumberProperty().get();
        SalesOrder stored = book.db.read(s -> s.createSelectionQuery("from SalesOrder o where o.number = :n", SalesOrder.class)
                .setParameter("n", number).getSingleResult());
        assertThat(stored.deliveryChoice()).isEqualTo(kept.description());
        assertThat(stored.deliverBy()).isEqualTo(kept.deliverBy());
        String audited = book.db.read(s -> s.createSelectionQuery("select a.after from AuditRecord a where a.action = 'ORDER_SAVE' "
                + "and a.documentId = :n", String.class).setParameter("n", number).getSingleResult());
        assertThat(audited).contains("\"deliveryChoice\":\"" + kept.description() + "\"");
        List<Shipment> shipments = book.db.read(s -> {
            List<Shipment> list = s.createSelectionQuery("from Shipment sh where sh.order.number = :n and sh.status = :st",
                    Shipment.class).setParameter("n", number).setParameter("st", ShipmentStatus.PLANNED).getResultList();
            list.forEach(sh -> sh.node().code());
            return list;
        });
        // each shipment carries its service, as for a picked way (the pick list and confirmation print it)
        assertThat(shipments).isNotEmpty().allSatisfy(sh -> {
            assertThat(sh.service()).isNotBlank();
            assertThat(sh.deliveryDate()).isBeforeOrEqualTo(kept.deliverBy());
        });
    }
}
