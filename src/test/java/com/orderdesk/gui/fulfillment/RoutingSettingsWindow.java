package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.UiTaskRunner;
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

    /** The window's controller, its work run by {@code tasks} (a test's runner that holds the load, or the fixture's). */
    static RoutingSettingsController controller(TestBook book, ScreenFixture screen, UiTaskRunner tasks) {
        var admin = book.admin();
        return new RoutingSettingsController(new FulfillmentDeskServices(
                book.services().fulfillment(), book.services().shipping(), book.services().routingSettings(), () -> admin),
                tasks, screen.dialogs, screen.status);
    }
}
