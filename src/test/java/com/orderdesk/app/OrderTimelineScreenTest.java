package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.TimelineLink;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An AR clerk finds an order in the orders list, opens it, reads its life on the timeline beside
 * the lines (held, released, shipped, invoiced) and follows the invoice entry to the Invoices screen.
 */
@ExtendWith(ApplicationExtension.class)
class OrderTimelineScreenTest {
    private OrderLife life;
    private AppServices services;
    private UiTaskRunner tasks;
    private DeskSession session;

    @Start
    void start(Stage stage) throws Exception {
        Path dir = Files.createTempDirectory("order-timeline-test");
        life = new OrderLife(TestBook.create(dir)).entered().released().shipped().invoiced();
        services = AppServices.over(life.book.db, TestBook.TAX, life.clock, TestBook.KEY_ITERATIONS);
        tasks = new ExecutorTaskRunner(2);
        session = new DeskSession(services, tasks, new RecordingDialogs(), null, "book.db", areas -> { });
        stage.setWidth(1366);
        stage.setHeight(800);
        session.showDesk(stage, life.ar);
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        services.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** A visible table shows exactly one row, of {@code type}, matching {@code test}. */
    private static <T> boolean shown(FxRobot robot, Class<T> type, java.util.function.Predicate<T> test) {
        return robot.lookup("#table").queryAllAs(TableView.class).stream().anyMatch(t -> t.getScene() != null && t.isVisible()
                && t.getItems().size() == 1 && type.isInstance(t.getItems().get(0)) && test.test(type.cast(t.getItems().get(0))));
    }

    private String selectedArea() {
        return session.shell().selectedAreaProperty().get().id();
    }

    @Test
    void anArClerkOpensAnOrderAndFollowsItsTimelineToTheInvoice(FxRobot robot) throws Exception {
        assertThat(session.shell().areas()).extracting(a -> a.id()).containsExactly(WorkAreas.ORDERS, WorkAreas.ORDER_ENTRY,
                WorkAreas.CREDIT_HOLDS, WorkAreas.INVOICES, WorkAreas.CASH);
        robot.interact(() -> session.shell().select(WorkAreas.ORDERS));
        waitUntil(() -> shown(robot, com.orderdesk.logic.order.OrderListRow.class, r -> r.number().equals(life.orderNumber)));
        robot.interact(() -> robot.lookup("#searchField").match(n -> n.isVisible()).queryAs(TextField.class).requestFocus());
        robot.write(life.orderNumber);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the list reloads after a pause in typing
        waitUntil(() -> shown(robot, com.orderdesk.logic.order.OrderListRow.class, r -> r.number().equals(life.orderNumber)));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> WorkAreas.ORDER_ENTRY.equals(selectedArea()));

        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineEvent.Kind.INVOICED));
        assertThat(timeline.getItems()).extracting(TimelineEvent::kind).startsWith(TimelineEvent.Kind.ENTERED,
                TimelineEvent.Kind.CREDIT_HOLD, TimelineEvent.Kind.CREDIT_RELEASED, TimelineEvent.Kind.ROUTED);
        assertThat(timeline.getItems().get(1).detail()).contains("Cheque bounced last week");
        // read-only for the AR desk: no Save, nothing to type into
        assertThat(robot.lookup("#saveButton").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#customerField").queryAs(TextField.class).isDisabled()).isTrue();
        // the fulfillment screen is not the AR desk's: its links are named but not offered
        robot.interact(() -> timeline.scrollTo(0));
        assertThat(robot.lookup(".timeline-entry .hyperlink").queryAllAs(Hyperlink.class))
                .filteredOn(h -> h.getText().startsWith(TimelineLink.Screen.FULFILLMENT.action())).allMatch(Hyperlink::isDisabled);

        int invoiceEntry = timeline.getItems().indexOf(timeline.getItems().stream()
                .filter(e -> e.kind() == TimelineEvent.Kind.INVOICED).findFirst().orElseThrow());
        String invoice = timeline.getItems().get(invoiceEntry).link().document();
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil(() -> timeline.isFocused());
        robot.interact(() -> {
            timeline.getSelectionModel().select(invoiceEntry);
            timeline.scrollTo(invoiceEntry);
        });
        robot.type(KeyCode.ENTER);

        waitUntil(() -> WorkAreas.INVOICES.equals(selectedArea()));
        waitUntil(() -> shown(robot, DocumentRow.class, r -> r.number().equals(invoice)));
        assertThat(life.invoices).contains(invoice);
    }
}
