package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.order.OrderLife;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.order.TimelineEvent;
import com.orderdesk.logic.order.TimelineLink;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The order's whole life on one screen, as people use it: an order clerk opens a held order and
 * reads why it is held; an AR clerk finds a paid order in the orders list, opens it, reads its life
 * on the timeline beside the lines (held, released, shipped, invoiced, paid), and follows the
 * invoice entry to the Invoices screen, where the invoice stands Paid.
 */
@ExtendWith(ApplicationExtension.class)
class OrderTimelineScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();
    private OrderLife life;
    private DeskSession session;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        com.orderdesk.gui.common.Truncation.applicationLook();
        desk.window(stage, 1366, 800);
    }

    /** The book is written before the desk opens, off the FX thread (TestFX's setup has a timeout). */
    private void open(java.util.function.UnaryOperator<OrderLife> steps, java.util.function.Function<OrderLife,
            com.orderdesk.logic.security.SignedInUser> who, FxRobot robot) throws Exception {
        life = steps.apply(new OrderLife(desk.newBook("order-timeline-test")));
        session = desk.openDesk(robot, life.clock, who.apply(life));
    }

    /** Orders list: type the number, Down, Enter; the order opens in order entry. */
    private void openFromTheList(FxRobot robot) throws Exception {
        robot.interact(() -> session.shell().select(WorkAreas.ORDERS));
        waitUntil(() -> shown(robot, com.orderdesk.logic.order.OrderListRow.class, r -> r.number().equals(life.orderNumber)));
        robot.interact(() -> robot.lookup("#searchField").match(n -> n.isVisible()).queryAs(TextField.class).requestFocus());
        robot.write(life.orderNumber);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS); // the list reloads after a pause in typing
        waitUntil(() -> shown(robot, com.orderdesk.logic.order.OrderListRow.class, r -> r.number().equals(life.orderNumber)));
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        waitUntil(() -> WorkAreas.ORDER_ENTRY.equals(selectedArea()));
        // the order's screen is built off the FX thread at its first visit ("Opening Order...")
        waitUntil(() -> robot.lookup("#areaOpening").tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String statusChip(FxRobot robot) {
        return robot.lookup("#statusBox").queryAs(javafx.scene.layout.HBox.class).getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof javafx.scene.control.Label).map(n -> ((javafx.scene.control.Label) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void aClerkOpensAHeldOrderAndReadsWhyItIsHeld(FxRobot robot) throws Exception {
        open(OrderLife::entered, l -> l.clerk, robot);
        openFromTheList(robot);

        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineEvent.Kind.CREDIT_HOLD));
        assertThat(statusChip(robot)).isEqualTo("Credit hold");
        TimelineEvent held = timeline.getItems().stream().filter(e -> e.kind() == TimelineEvent.Kind.CREDIT_HOLD).findFirst().orElseThrow();
        // the reason in a sentence, as the credit manager wrote it, on the screen the clerk already has open
        assertThat(held.detail()).contains("Cheque bounced last week").doesNotContain("=").doesNotContain("MANUAL_HOLD");
        assertThat(robot.lookup(".timeline-entry").<javafx.scene.Node>queryAll()).anyMatch(n -> n.lookupAll(".label").stream()
                .anyMatch(l -> l instanceof javafx.scene.control.Labeled x && x.getText() != null
                        && x.getText().contains("Cheque bounced last week")));
        // every entry's title, time and user read whole inside the pane, no sideways scrolling (tour of
        // 5 December 2026: "Dec 5, 2026, 12:03 PM · olivia" beside the title ran beyond the edge, cut)
        javafx.geometry.Bounds pane = timeline.localToScene(timeline.getLayoutBounds());
        List<String> beyond = robot.lookup(".timeline-entry .label").<javafx.scene.control.Labeled>queryAll().stream()
                .filter(l -> l.isVisible() && l.getScene() != null && l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.localToScene(l.getLayoutBounds()).getMaxX() > pane.getMaxX())
                .map(javafx.scene.control.Labeled::getText).toList();
        assertThat(beyond).as("timeline text beyond the pane's right edge").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(timeline, ".timeline-entry .label")).as("timeline text cut").isEmpty();
        // the clerk's own order stays editable while it waits for credit
        assertThat(robot.lookup("#customerField").queryAs(TextField.class).isDisabled()).isFalse();
    }

    /**
     * polish17: at 1024 x 768 the timeline has some 150 px (the lines keep the 720 px their columns need), where an
     * entry's title and its time and user ran past the pane's edge, cut behind a sideways bar. Every line of an entry
     * now wraps to the pane, and the lines table keeps its width and every column whole (NarrowLines' rules untouched).
     */
    @Test
    void at1024TheTimelinesLinesWrapAndTheLinesTableKeepsItsColumns(FxRobot robot) throws Exception {
        open(OrderLife::entered, l -> l.clerk, robot);
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        openFromTheList(robot);
        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineEvent.Kind.CREDIT_HOLD));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds pane = timeline.localToScene(timeline.getLayoutBounds());
        List<String> beyond = robot.lookup(".timeline-entry .label").<javafx.scene.control.Labeled>queryAll().stream()
                .filter(l -> l.isVisible() && l.getScene() != null && l.getText() != null && !l.getText().isEmpty())
                .filter(l -> l.localToScene(l.getLayoutBounds()).getMaxX() > pane.getMaxX())
                .map(javafx.scene.control.Labeled::getText).toList();
        assertThat(beyond).as("timeline text beyond the pane's right edge").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutLabels(timeline, ".timeline-entry .label")).as("timeline text cut").isEmpty();
        assertThat(timeline.lookupAll(".scroll-bar").stream().filter(n -> n instanceof javafx.scene.control.ScrollBar b
                && b.getOrientation() == javafx.geometry.Orientation.HORIZONTAL && b.isVisible()).toList())
                .as("a sideways bar under the timeline").isEmpty();
        TableView<?> lines = robot.lookup("#linesTable").queryAs(TableView.class);
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(lines)).as("lines' columns out of view").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(lines)).as("lines' headers cut").isEmpty();
        // the lines keep every column at its least width (SplitRoom's 720 px), the timeline what is left
        assertThat(lines.getWidth()).as("the lines' width at 1024 px").isGreaterThanOrEqualTo(720);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(20, condition);
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
    void anArClerkOpensAPaidOrderAndFollowsItsTimelineToThePaidInvoice(FxRobot robot) throws Exception {
        open(l -> l.entered().released().shipped().invoiced().paid(), l -> l.ar, robot);
        assertThat(session.shell().areas()).extracting(a -> a.id()).containsExactly(WorkAreas.ORDERS, WorkAreas.ORDER_ENTRY,
                WorkAreas.CREDIT_HOLDS, WorkAreas.INVOICES, WorkAreas.CASH, DashboardArea.ID, ClaimsAreas.RETURNS, ClaimsAreas.CLAIMS,
                ClaimsAreas.ROOT_CAUSES, CollectionsAreas.WORKLIST, CollectionsAreas.DUNNING);
        openFromTheList(robot);

        @SuppressWarnings("unchecked")
        ListView<TimelineEvent> timeline = robot.lookup("#timelineList").queryAs(ListView.class);
        waitUntil(() -> timeline.getItems().stream().anyMatch(e -> e.kind() == TimelineEvent.Kind.INVOICED));
        assertThat(timeline.getItems()).extracting(TimelineEvent::kind).startsWith(TimelineEvent.Kind.ENTERED,
                TimelineEvent.Kind.CREDIT_HOLD, TimelineEvent.Kind.CREDIT_RELEASED, TimelineEvent.Kind.ROUTED)
                .contains(TimelineEvent.Kind.PAYMENT, TimelineEvent.Kind.PAID);
        assertThat(statusChip(robot)).isEqualTo("Paid");
        assertThat(timeline.getItems().get(1).detail()).contains("Cheque bounced last week");
        // read-only for the AR desk: no Save, nothing to type into
        assertThat(robot.lookup("#saveButton").queryButton().isVisible()).isFalse();
        assertThat(robot.lookup("#customerField").queryAs(TextField.class).isDisabled()).isTrue();
        // the fulfillment screen is not the AR desk's: its links are named but not offered
        int routed = timeline.getItems().indexOf(timeline.getItems().stream()
                .filter(e -> e.link() != null && e.link().screen() == TimelineLink.Screen.FULFILLMENT).findFirst().orElseThrow());
        robot.interact(() -> timeline.scrollTo(routed)); // cells are made for the entries in view only
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".timeline-entry .hyperlink").queryAllAs(Hyperlink.class))
                .filteredOn(h -> h.getText().startsWith(TimelineLink.Screen.FULFILLMENT.action())).isNotEmpty()
                .allSatisfy(h -> {
                    // said in words and readable (a disabled link was 2:1 on dark and showed no tooltip)
                    assertThat(h.getText()).endsWith("(not your screen)");
                    assertThat(h.isDisabled()).isFalse();
                    assertThat(h.getOnAction()).as("not offered").isNull();
                    assertThat(h.getStyleClass()).contains("timeline-link-off");
                });

        int invoiceEntry = timeline.getItems().indexOf(timeline.getItems().stream()
                .filter(e -> e.kind() == TimelineEvent.Kind.INVOICED).findFirst().orElseThrow());
        String invoice = timeline.getItems().get(invoiceEntry).link().document();
        // Alt+E into the timeline, then Enter on the invoice
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil(() -> timeline.getScene().getFocusOwner() == timeline);
        robot.interact(() -> {
            timeline.getSelectionModel().select(invoiceEntry);
            timeline.scrollTo(invoiceEntry);
        });
        robot.type(KeyCode.ENTER);

        waitUntil(() -> WorkAreas.INVOICES.equals(selectedArea()));
        waitUntil(() -> shown(robot, DocumentRow.class, r -> r.number().equals(invoice)));
        assertThat(life.invoices).contains(invoice);
        DocumentRow row = robot.lookup("#table").queryAllAs(TableView.class).stream().filter(t -> t.getScene() != null && t.isVisible())
                .map(t -> t.getItems().get(0)).filter(DocumentRow.class::isInstance).map(DocumentRow.class::cast).findFirst().orElseThrow();
        assertThat(row.open().isZero()).isTrue();
        assertThat(row.standing()).isEqualTo(com.orderdesk.logic.invoicing.InvoiceStanding.PAID);
        // and the screen says so in a word, not only by a number
        assertThat(robot.lookup(".table-cell").<javafx.scene.Node>queryAll()).anyMatch(n -> n instanceof javafx.scene.control.Labeled x
                && x.isVisible() && "Paid".equals(x.getText()));
    }
}
