package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.persistence.TestBook;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** The routing settings window as an administrator opens it on {@code book}, shown at a given size and loaded. */
final class RoutingSettingsWindow {
    private RoutingSettingsWindow() {
    }

    static Scene show(TestBook book, ScreenFixture screen, Stage stage, double width, double height) {
        var admin = book.admin();
        RoutingSettingsController controller = new RoutingSettingsController(new FulfillmentDeskServices(
                book.services().fulfillment(), book.services().shipping(), book.services().routingSettings(), () -> admin),
                screen.tasks, screen.dialogs, screen.status);
        Scene scene = screen.show(stage, controller, width, height);
        controller.refresh();
        return scene;
    }
}
