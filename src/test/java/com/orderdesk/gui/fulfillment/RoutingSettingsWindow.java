package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.persistence.TestBook;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The routing settings window as an administrator opens it on {@code book}, shown at a given size and loaded. */
final class RoutingSettingsWindow {
    private RoutingSettingsWindow() {
    }

    static Scene show(TestBook book, ScreenFixture screen, Stage stage, double width, double height) {
        RoutingSettingsController controller = controller(book, screen, screen.tasks);
        Scene scene = screen.show(stage, controller, width, height);
        controller.refresh();
        return scene;
    }

    /** Eleven more nodes beside the test book's two, as the demo book has: five stores and six drop-ship suppliers. */
    static void addDemoSizedNetwork(TestBook book) {
        book.db.write(s -> {
            for (int i = 0; i < 11; i++) {
                NodeType type = i < 5 ? NodeType.STORE : NodeType.SUPPLIER;
                s.persist(new FulfillmentNode("N-" + i, (i < 5 ? "Branch Store " : "Safety Products (drop-ship) ") + i, type,
                        new Address(i + " Main St", null, "Denver", "CO", "80202", new GeoPoint(39.74, -104.99)),
                        Money.of("4.75"), Money.of("0.45"), type == NodeType.STORE ? 40 : null));
            }
            return null;
        });
    }

    /** The window's controller, its work run by {@code tasks} (a test's runner that holds the load, or the fixture's). */
    static RoutingSettingsController controller(TestBook book, ScreenFixture screen, UiTaskRunner tasks) {
        var admin = book.admin();
        return new RoutingSettingsController(new FulfillmentDeskServices(
                book.services().fulfillment(), book.services().shipping(), book.services().routingSettings(), () -> admin),
                tasks, screen.dialogs, screen.status);
    }
}
