package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.fulfillment.QueueRow;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A clerk works the fulfillment screen with its keys (F1): Ctrl+F the search, Alt+R routes the
 * selected released order, Alt+A all the others, + / - / 0 zoom the map, Alt+C confirms an
 * override, Alt+L releases a shipment, Alt+H asks to confirm it shipped, Alt+G opens the settings.
 */
@ExtendWith(ApplicationExtension.class)
class FulfillmentKeysScreenTest extends ScreenTestOnOneBook {
    private static FulfillmentAsUsers desk;
    private static StateOutlines outlines;
    private final AtomicInteger settingsOpened = new AtomicInteger();
    private FulfillmentController controller;
    private Scene scene;

    @BeforeAll
    static void prepare() throws Exception {
        desk = new FulfillmentAsUsers(book);
        FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        FulfillmentFixture.releasedOrder(book, book.towelId, "TWL-ROLL-8", 1);
        outlines = StateOutlines.loadDefault();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var clerk1 = desk.user("clerk1");
        controller = new FulfillmentController(new FulfillmentDeskServices(book.services().fulfillment(),
                book.services().shipping(), book.services().routingSettings(), () -> clerk1), outlines, screen.tasks,
                screen.dialogs, screen.status, new PickListPdf(dir.resolve("pick-lists"), CompanyProfile.demo()), TestBook.CLOCK);
        controller.setOpenSettings(settingsOpened::incrementAndGet);
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusSearch();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFulfillmentKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        TableView<QueueRow> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        TableView<PlanRow> plan = robot.lookup("#planTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 2);

        // Ctrl+F from the queue: the search
        robot.clickOn(queue);
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        assertThat(screen.settledFocusId()).as("focus after Ctrl+F").isEqualTo("searchField");

        // Down in the search: the queue, its first match selected (it stayed in the search: tour of 6 December)
        robot.interact(() -> queue.getSelectionModel().clearSelection());
        robot.type(KeyCode.DOWN);
        assertThat(screen.settledFocusId()).as("focus after Down in the search").isEqualTo("queueTable");
        assertThat(queue.getSelectionModel().getSelectedIndex()).isZero();
        // one order found: counted as one ("1 orders awaiting fulfillment" before)
        String one = queue.getItems().get(0).orderNumber();
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).setText(one));
        javafx.scene.control.Label count = robot.lookup("#queueCount").queryAs(javafx.scene.control.Label.class);
        screen.await(60, () -> queue.getItems().size() == 1 && count.getText().startsWith("1 "),
                () -> "searched '" + one + "': " + queue.getItems().size() + " rows, count '" + count.getText() + "'");
        assertThat(count.getText()).isEqualTo("1 order awaiting fulfillment");
        robot.interact(() -> robot.lookup("#searchField").queryAs(TextField.class).clear());
        waitUntil(() -> queue.getItems().size() == 2);

        // Alt+R routes the selected released order; Alt+A routes the other
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        long first = queue.getSelectionModel().getSelectedItem().orderId();
        alt(robot, KeyCode.R);
        waitUntil(() -> !plan.getItems().isEmpty() && plan.getItems().stream().allMatch(r -> r.shipment().startsWith("SH-")));
        assertThat(controller.viewModel().viewProperty().get().orderId()).isEqualTo(first);
        // with an order's plan, alternatives and override form in view, no two controls share a letter
        com.orderdesk.gui.common.LabelKeys.assertNoTwoShareALetter(scene);
        alt(robot, KeyCode.A);
        waitUntil(() -> screen.lastMessage().startsWith("Routed 1 released orders"));

        // + / - / 0 on the map
        Node mapNode = robot.lookup("#usMap").query();
        UsMapView map = (UsMapView) mapNode;
        robot.interact(mapNode::requestFocus);
        double framed = map.zoom();
        robot.type(KeyCode.EQUALS);
        waitUntil(() -> map.zoom() > framed * 1.2);
        robot.type(KeyCode.MINUS).type(KeyCode.MINUS);
        waitUntil(() -> map.zoom() < framed);
        double zoomedOut = map.zoom();
        robot.type(KeyCode.DIGIT0);
        waitUntil(() -> Math.abs(map.zoom() - zoomedOut) > 1e-6);

        // Alt+C confirms the override in the form (the reason typed)
        waitUntil(() -> !robot.lookup("#moveLineBox").queryAs(ComboBox.class).isDisabled()
                && controller.viewModel().viewProperty().get().orderId() == first);
        PlanRow gloves = plan.getItems().stream().filter(r -> r.sku().equals("GLV-NIT-L")).findFirst().orElseThrow();
        String to = gloves.node().equals("ST-CHI") ? "DC-ATL" : "ST-CHI";
        robot.interact(() -> {
            robot.lookup("#moveLineBox").queryAs(ComboBox.class).setValue(gloves);
            robot.lookup("#moveToBox").queryAs(ComboBox.class).setValue(to);
            robot.lookup("#moveQtyField").queryAs(TextField.class).setText("4");
        });
        alt(robot, KeyCode.P);
        waitUntil(() -> controller.viewModel().proposedProperty().get() != null);
        // the reason field lies below the fold at 700 px: typed into directly (the key under test is Alt+C)
        robot.interact(() -> robot.lookup("#reasonField").queryAs(TextField.class).setText("Chicago store clears aisle stock"));
        alt(robot, KeyCode.C);
        waitUntil(() -> screen.lastMessage().contains("override audited"));

        // Alt+L releases the selected shipment (pick list); Alt+H asks to confirm it shipped
        waitUntil(() -> controller.viewModel().proposedProperty().get() == null && !plan.getItems().isEmpty()
                && !robot.lookup("#releaseButton").query().isDisabled());
        robot.interact(() -> plan.getSelectionModel().selectFirst());
        String shipment = plan.getSelectionModel().getSelectedItem().shipment();
        alt(robot, KeyCode.L);
        waitUntil(() -> screen.lastMessage().startsWith(shipment + " released to "));
        waitUntil(() -> !robot.lookup("#shipButton").query().isDisabled());
        robot.interact(() -> plan.getSelectionModel().select(plan.getItems().stream()
                .filter(r -> r.shipment().equals(shipment)).findFirst().orElseThrow()));
        alt(robot, KeyCode.H);
        waitUntil(() -> Window.getWindows().stream().anyMatch(w -> w instanceof Stage s
                && ("Confirm shipped: " + shipment).equals(s.getTitle()) && s.isShowing()));
        // it opens on the tracking number, the one field to type (it opened on OK: tour of 6 December)
        waitUntil(() -> robot.lookup("#trackingField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> Window.getWindows().stream().noneMatch(w -> w instanceof Stage s
                && s.getTitle() != null && s.getTitle().startsWith("Confirm shipped") && s.isShowing()));
        // confirmed this time: the plan keeps the focus, on the shipment (it fell on the alternatives: tour7)
        alt(robot, KeyCode.H);
        waitUntil(() -> robot.lookup("#trackingField").tryQuery().map(javafx.scene.Node::isFocused).orElse(false));
        robot.write("1Z999AA10123456784").type(KeyCode.ENTER);
        waitUntil(() -> plan.getItems().stream().anyMatch(r -> r.shipment().equals(shipment) && "SHIPPED".equalsIgnoreCase(r.status())));
        waitUntil(plan::isFocused);

        // Alt+G: the routing settings
        alt(robot, KeyCode.G);
        waitUntil(() -> settingsOpened.get() == 1);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
