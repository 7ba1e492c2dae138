package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.SameThreadTaskRunner;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.security.SignedInUser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The map's network (every node, from the routing book) changes only with the routing settings: the screen reads it
 * when it opens and again after the settings were saved at this desk, not on every refresh (it was read on each visit
 * to the screen and after each route, release or ship). Counted through the real use case.
 */
class FulfillmentNetworkReadsScreenTest extends FulfillmentScreenFixture {
    private final AtomicInteger networkReads = new AtomicInteger();
    private FulfillmentDeskServices services;
    private FulfillmentController controller;

    @BeforeAll
    static void prepare() {
        routedOrder();
    }

    @Start
    void start(Stage stage) {
        SignedInUser admin = desk.user("admin"); // the one who may save the routing settings
        services = new FulfillmentDeskServices(book.services().fulfillment(), book.services().shipping(),
                book.services().routingSettings(), () -> admin, new MapNetworkReads(user -> {
                    networkReads.incrementAndGet();
                    return book.services().fulfillment().network(user);
                }));
        // each refresh's reads finish before refresh() returns, so a read that should not happen would have
        controller = show(stage, services, new SameThreadTaskRunner(), 1258, 700);
    }

    @Test
    void aPlainRefreshReadsTheNetworkNotAgainASavedSettingReadsItOnce(FxRobot robot) throws Exception {
        UsMapView map = robot.lookup("#usMap").queryAs(UsMapView.class);
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        waitUntil(() -> queue.getItems().size() == 1 && !map.markers().nodes().isEmpty());
        int nodes = map.markers().nodes().size();
        assertThat(networkReads.get()).as("read as the screen opened").isEqualTo(1);

        robot.interact(controller::refresh);
        robot.interact(controller::refresh);
        assertThat(networkReads.get()).as("after two plain refreshes").isEqualTo(1);

        // a store closed in the routing settings: the map reads the network again, once, and the store is gone
        RoutingSettings st = services.loadSettings();
        String closed = st.nodes().stream().filter(n -> n.active() && n.code().startsWith("ST-")).findFirst().orElseThrow().code();
        List<RoutingSettings.Node> changed = st.nodes().stream().map(n -> !n.code().equals(closed) ? n
                : new RoutingSettings.Node(n.code(), n.name(), n.type(), n.handling(), n.pickPerUnit(), n.capacity(), null,
                false, n.handlingDays())).toList();
        services.saveSettings(new RoutingSettings(changed, st.weightBreaksKg(), st.zones(), st.backorderPenalty(), st.services()),
                "The store closes for a refit");
        waitUntil(() -> networkReads.get() == 2);
        waitUntil(() -> map.markers().nodes().size() == nodes - 1);
        assertThat(map.markers().nodes()).extracting(MapMarkers.Node::code).doesNotContain(closed);

        robot.interact(controller::refresh);
        assertThat(networkReads.get()).as("a plain refresh after the save").isEqualTo(2);
    }
}
