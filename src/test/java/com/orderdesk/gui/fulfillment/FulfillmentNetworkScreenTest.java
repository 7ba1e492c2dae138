package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.fulfillment.NodeType;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * polish17: until an order was chosen the map showed the states only, no node and no word. Now the network's nodes
 * (warehouses, stores, suppliers) are drawn at once, and a quiet hint says where the plan will be, gone once an order
 * is chosen.
 */
class FulfillmentNetworkScreenTest extends FulfillmentScreenFixture {
    @BeforeAll
    static void prepare() {
        routedOrder();
    }

    @Start
    void start(Stage stage) {
        show(stage, "clerk1", 1024, 700);
    }

    @Test
    void theNetworkShowsBeforeAnOrderIsChosenWithAHintWhereThePlanWillBe(FxRobot robot) throws Exception {
        UsMapView map = robot.lookup("#usMap").queryAs(UsMapView.class);
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 1);
        waitUntil(() -> !map.markers().nodes().isEmpty());
        assertThat(map.markers().nodes()).as("the network's nodes, none shipping yet").noneMatch(MapMarkers.Node::ships)
                .extracting(MapMarkers.Node::type).contains(NodeType.DC, NodeType.STORE);
        assertThat(map.lookupAll(".node-symbol")).as("drawn").isNotEmpty();
        Label hint = robot.lookup("#mapHint").queryAs(Label.class);
        assertThat(hint.isVisible()).as("the hint before an order is chosen").isTrue();
        assertThat(hint.getText()).isEqualTo("Select an order to see where it ships from");
        // whole in the map's column at 1024 px, in the application's look (it read "Select an order to see where it...")
        robot.interact(com.orderdesk.gui.common.Truncation::applicationLook);
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(hint.getParent(), "#mapHint")).as("the hint cut").isEmpty();

        robot.interact(() -> queue.getSelectionModel().selectFirst());
        waitUntil(() -> map.markers().nodes().stream().anyMatch(MapMarkers.Node::ships));
        assertThat(hint.isVisible()).as("the hint once an order is chosen").isFalse();
    }
}
