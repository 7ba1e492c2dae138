package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentAsUsers;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.util.function.BooleanSupplier;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;

/**
 * The fulfillment screen tests' one set-up: the book's desk, the map's outlines, the usual routed order (ten gloves
 * and two towel rolls, routed by a clerk), and the screen shown as a user of the book on the test's stage, its queue
 * read. The screen, layout and network tests each had a copy of it.
 */
abstract class FulfillmentScreenFixture extends ScreenTestOnOneBook {
    protected static FulfillmentAsUsers desk;
    protected static StateOutlines outlines;

    @BeforeAll
    static void prepareDesk() {
        desk = new FulfillmentAsUsers(book);
        outlines = StateOutlines.loadDefault();
    }

    /** The order most tests look at: released, routed by a clerk; its id. */
    protected static long routedOrder() {
        long orderId = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 10, book.towelId, "TWL-ROLL-8", 2);
        desk.route(orderId, "clerk");
        return orderId;
    }

    /** The use cases as this user of the book calls them at the desk. */
    protected static FulfillmentDeskServices servicesAs(String user) {
        SignedInUser signedIn = desk.user(user);
        return new FulfillmentDeskServices(book.services().fulfillment(), book.services().shipping(),
                book.services().routingSettings(), () -> signedIn);
    }

    /** The screen on {@code stage} at this size, as {@code user}, its queue read; on the FX thread (in {@code @Start}). */
    protected FulfillmentController show(Stage stage, String user, double width, double height) {
        return show(stage, servicesAs(user), screen.tasks, width, height);
    }

    /** The same with these services and task runner. */
    protected FulfillmentController show(Stage stage, FulfillmentDeskServices services, UiTaskRunner tasks,
                                         double width, double height) {
        FulfillmentController controller = new FulfillmentController(services, outlines, tasks, screen.dialogs,
                screen.status, new PickListPdf(dir.resolve("pick-lists"), CompanyProfile.demo()), TestBook.CLOCK);
        screen.show(stage, controller, width, height);
        stage.sizeToScene(); // the test's size, though an earlier test of the class widened the stage (Room.widen)
        controller.refresh();
        return controller;
    }

    /** Chooses the queue's first order and waits for its plan; the plan's table. */
    @SuppressWarnings("unchecked")
    protected static javafx.scene.control.TableView<PlanRow> openFirstOrder(org.testfx.api.FxRobot robot) throws Exception {
        javafx.scene.control.TableView<?> queue = robot.lookup("#queueTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> !queue.getItems().isEmpty());
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        javafx.scene.control.TableView<PlanRow> plan = robot.lookup("#planTable").queryAs(javafx.scene.control.TableView.class);
        waitUntil(() -> !plan.getItems().isEmpty());
        return plan;
    }

    /** A few frames, for rows set by the test: the row takes its height, then the cell lays its text out in it. */
    protected static void settle() {
        for (int i = 0; i < 3; i++) {
            org.testfx.util.WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS);
            org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        }
    }

    protected static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(30, condition);
    }
}
