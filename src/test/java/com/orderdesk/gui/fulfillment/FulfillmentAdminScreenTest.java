package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import javafx.scene.control.Button;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator sees the fulfillment queue and its plans but routes and ships nothing: the buttons for
 * that are off (tour14: Route all released was live for the administrator and ended in "Routing stopped:
 * Administrator ... may not route released orders" with "Reload the queue and route again"). The use
 * cases refuse anyway; the screen does not offer what the user may not do.
 */
@ExtendWith(ApplicationExtension.class)
class FulfillmentAdminScreenTest extends ScreenTestOnOneBook {
    private static FulfillmentAsUsers desk;

    @BeforeAll
    static void prepare() {
        desk = new FulfillmentAsUsers(book);
        long routed = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10);
        desk.route(routed, "clerk");
        FulfillmentFixture.releasedOrder(book, book.towelId, "TWL-ROLL-8", 2);
    }

    @Start
    void start(Stage stage) throws Exception {
        var admin = desk.user("admin");
        FulfillmentController controller = new FulfillmentController(new FulfillmentDeskServices(book.services().fulfillment(),
                book.services().shipping(), book.services().routingSettings(), () -> admin), StateOutlines.loadDefault(),
                screen.tasks, screen.dialogs, screen.status, new PickListPdf(dir.resolve("pick-lists"), CompanyProfile.demo()),
                TestBook.CLOCK);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @Test
    void theAdministratorSeesThePlanButCannotRouteReleaseOrShip(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#queueTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);
        robot.interact(() -> queue.getSelectionModel().select(0));
        TableView<?> plan = robot.lookup("#planTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> !plan.getItems().isEmpty());
        robot.interact(() -> plan.getSelectionModel().select(0));
        assertThat(robot.lookup("#routeButton").queryAs(Button.class).isDisabled()).as("Route order").isTrue();
        assertThat(robot.lookup("#routeAllButton").queryAs(Button.class).isDisabled()).as("Route all released").isTrue();
        assertThat(robot.lookup("#releaseButton").queryAs(Button.class).isDisabled()).as("Release to warehouse").isTrue();
        assertThat(robot.lookup("#shipButton").queryAs(Button.class).isDisabled()).as("Confirm shipped").isTrue();
    }
}
