package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.model.order.OrderStatus;
import com.orderdesk.model.order.SalesOrder;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.fulfillment.FulfillmentFixture;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** "Route all released": every released order routed on a worker with a progress bar; a cancelled run leaves the rest released. */
@ExtendWith(ApplicationExtension.class)
class RouteAllScreenTest {
    @TempDir
    static Path dir;
    private TestBook book;
    private FulfillmentDeskServices desk;
    private StatusBarModel status;
    private UiTaskRunner tasks;
    private volatile long routeDelay;

    @Start
    void start(Stage stage) throws Exception {
        book = TestBook.create(java.nio.file.Files.createDirectories(dir.resolve("book-" + System.nanoTime())));
        var clerk1 = book.user("clerk1", com.orderdesk.model.security.Role.ORDER_CLERK);
        // the user is asked once per order routed: a pause there makes each order take a while off the FX thread
        desk = new FulfillmentDeskServices(book.services().fulfillment(), book.services().shipping(), book.services().routingSettings(), () -> {
            if (routeDelay > 0 && !javafx.application.Platform.isFxApplicationThread()) {
                try {
                    Thread.sleep(routeDelay);
                } catch (InterruptedException e) {
                    throw new IllegalStateException("the order in hand was interrupted", e);
                }
            }
            return clerk1;
        });
        for (int i = 0; i < 3; i++) {
            FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2 + i, book.towelId, "TWL-ROLL-8", 1);
        }
        status = new StatusBarModel();
        tasks = new ExecutorTaskRunner(2);
        FulfillmentController controller = new FulfillmentController(desk, StateOutlines.loadDefault(), tasks,
                new RecordingDialogs(), status, new PickListPdf(dir.resolve("pick-lists"), CompanyProfile.demo()),
                TestBook.CLOCK);
        Scene scene = new Scene(Views.load(controller), 1400, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        book.db.close();
    }

    private List<OrderStatus> statuses() {
        return book.db.read(s -> s.createSelectionQuery("from SalesOrder o order by o.number", SalesOrder.class)
                .getResultList().stream().map(SalesOrder::status).toList());
    }

    @Test
    void routeAllRoutesEveryReleasedOrderBehindAProgressBar(FxRobot robot) throws Exception {
        assertThat(statuses()).containsOnly(OrderStatus.RELEASED).hasSize(3);
        Button routeAll = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().replace("_", "").startsWith("Route all")).findFirst().orElseThrow();

        robot.interact(routeAll::fire);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> status.getLastMessage() != null && status.getLastMessage().startsWith("Routed 3 released orders"));
        assertThat(statuses()).containsOnly(OrderStatus.ALLOCATED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".task-progress").query().isVisible()).isFalse(); // the bar goes once the run ends
    }

    @Test
    void aCancelledRunStopsBeforeTheNextOrderAndLeavesTheRestReleased(FxRobot robot) {
        RouteAllTask task = new RouteAllTask(desk);
        task.cancel();

        task.run(); // on this thread: it stops before the first order

        assertThat(statuses()).containsOnly(OrderStatus.RELEASED).hasSize(3);
    }

    @Test
    void aStopAskedBeforeTheFirstOrderRoutesNoneAndSaysSo(FxRobot robot) throws Exception {
        RouteAllTask task = new RouteAllTask(desk);
        task.requestStop();

        task.run(); // on this thread

        RouteAllTask.Run run = task.get();
        assertThat(run.stopped()).isTrue();
        assertThat(run.stoppedSummary()).isEqualTo("Routed 0 of 3 orders; cancelled");
        assertThat(statuses()).containsOnly(OrderStatus.RELEASED).hasSize(3);
    }

    @Test
    void escDuringTheFirstOrderStopsAfterItAndSaysHowManyWereRouted(FxRobot robot) throws Exception {
        Button routeAll = robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().replace("_", "").startsWith("Route all")).findFirst().orElseThrow();
        javafx.scene.control.Label message = robot.lookup("#taskMessage").queryAs(javafx.scene.control.Label.class);
        routeDelay = 1500;

        robot.interact(routeAll::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> "Routing order 1 of 3".equals(message.getText()));
        robot.type(javafx.scene.input.KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> status.getLastMessage() != null && status.getLastMessage().contains("cancelled"));
        routeDelay = 0;

        assertThat(status.getLastMessage()).isEqualTo("Routed 1 of 3 orders; cancelled");
        assertThat(statuses()).as("the order in hand routed, the other two still released")
                .containsExactly(OrderStatus.ALLOCATED, OrderStatus.RELEASED, OrderStatus.RELEASED);
    }
}
