package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.audit.AuditRecord;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A clerk opens the routing map for an order, sees its shipments, moves a line to another node and confirms with a reason. */
class FulfillmentScreenTest extends FulfillmentScreenFixture {
    private FulfillmentController controller;

    @BeforeAll
    static void prepare() {
        routedOrder();
    }

    @Start
    void start(Stage stage) {
        controller = show(stage, "clerk1", 1500, 950);
    }

    /** Tour (1366 px): the queue's third column showed as a sliver ("S") over a sideways bar. */
    /** Defect (tour of 5 December 2026, demo book): with no order chosen both tables said "No content in table". */
    @Test
    void emptyPlanAndAlternativesSayWhatToDo(FxRobot robot) {
        for (String id : List.of("#planTable", "#altTable")) {
            javafx.scene.Node placeholder = robot.lookup(id).queryAs(TableView.class).getPlaceholder();
            assertThat(placeholder).as(id).isInstanceOf(javafx.scene.control.Label.class);
            assertThat(((javafx.scene.control.Label) placeholder).getText()).as(id).startsWith("No ").contains("plan");
        }
        assertThat(((javafx.scene.control.Label) robot.lookup("#planTable").queryAs(TableView.class).getPlaceholder()).getText())
                .contains("Route order (Alt+R)");
    }

    /** Tour of 6 December 2026: a search that hid the order waiting left "No orders await fulfillment". */
    @Test
    void aQueueEmptiedBySearchSaysTheSearchHidesTheOrders(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 1);
        robot.clickOn("#searchField").write("no such customer");
        waitUntil(() -> queue.getItems().isEmpty());
        assertThat(((Label) queue.getPlaceholder()).getText()).isEqualTo("No order matches the search; 1 order awaits fulfillment.");
        // whole in the queue's room at 1366 px (it read "... 337 orders await ful...")
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            queue.getScene().getWindow().setWidth(1258);
            queue.getScene().getWindow().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(queue, ".placeholder .label")).as("placeholder cut").isEmpty();
    }

    @Test
    void at1366TheQueueShowsWholeColumnsOnly(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 1);
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            queue.getScene().getWindow().setWidth(1258);
            queue.getScene().getWindow().setHeight(700);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(queue)).as("queue columns out of view").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(queue)).as("queue headers cut").isEmpty();
        assertThat(queue.getVisibleLeafColumns()).extracting(c -> c.getText()).startsWith("Order", "Routing");
    }

    @Test
    void openTheMapSeeTheShipmentsMoveALineAndConfirmTheAuditedOverride(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        try {
            waitUntil(() -> queue.getItems().size() == 1);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("queue shows " + queue.getItems() + "; dialogs: " + screen.dialogs.errors, e);
        }
        // selecting the row opens the order (a click does the same; selecting directly does not depend on window stacking)
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        TableView<PlanRow> plan = robot.lookup("#planTable").queryAs(TableView.class);
        waitUntil(() -> !plan.getItems().isEmpty());

        String orderNumber = controller.viewModel().viewProperty().get().orderNumber();
        assertThat(robot.lookup("#orderTitle").queryAs(Label.class).getText()).startsWith(orderNumber);
        assertThat(plan.getItems()).extracting(PlanRow::sku).contains("GLV-NIT-L", "TWL-ROLL-8");
        assertThat(plan.getItems()).allMatch(r -> r.shipment().startsWith("SH-") && r.status().equals("Planned"));
        assertThat(robot.lookup("#altTable").queryAs(TableView.class).getItems()).isNotEmpty();
        assertThat(controller.viewModel().markers().routes()).hasSize((int) plan.getItems().stream().map(PlanRow::shipment).distinct().count());
        PlanRow gloves = plan.getItems().stream().filter(r -> r.sku().equals("GLV-NIT-L")).findFirst().orElseThrow();
        String to = gloves.node().equals("ST-CHI") ? "DC-ATL" : "ST-CHI";

        ComboBox<PlanRow> line = robot.lookup("#moveLineBox").queryAs(ComboBox.class);
        ComboBox<String> node = robot.lookup("#moveToBox").queryAs(ComboBox.class);
        robot.interact(() -> {
            line.setValue(gloves);
            node.setValue(to);
        });
        robot.interact(() -> robot.lookup("#moveQtyField").queryAs(javafx.scene.control.TextField.class).setText("4"));
        robot.interact(() -> robot.lookup("#previewButton").queryAs(javafx.scene.control.Button.class).fire());
        Label preview = robot.lookup("#previewLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(preview.getText()).startsWith("New cost");
        assertThat(preview.getText()).contains("against the current plan");
        assertThat(plan.getItems()).extracting(PlanRow::status).containsOnly("Proposed");

        robot.interact(() -> robot.lookup("#reasonField").queryAs(javafx.scene.control.TextField.class)
                .setText("Chicago store clears aisle stock"));
        robot.interact(() -> robot.lookup("#confirmButton").queryAs(javafx.scene.control.Button.class).fire());
        waitUntil(() -> screen.status.getLastMessage() != null && screen.status.getLastMessage().contains("override audited"));
        waitUntil(() -> plan.getItems().stream().anyMatch(r -> r.node().equals(to) && r.sku().equals("GLV-NIT-L") && r.qty() == 4
                && r.shipment().startsWith("SH-")));

        List<AuditRecord> trail = book.db.read(s -> s.createSelectionQuery(
                "from AuditRecord a where a.action = 'ROUTING_OVERRIDE'", AuditRecord.class).getResultList());
        assertThat(trail).singleElement().satisfies(a -> {
            assertThat(a.username()).isEqualTo("clerk1");
            assertThat(a.documentId()).isEqualTo(orderNumber);
            assertThat(a.reason()).isEqualTo("Chicago store clears aisle stock");
        });
    }
}
