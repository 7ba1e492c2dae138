package com.orderdesk.gui.invoicing;

import static com.orderdesk.gui.common.TableLook.sidewaysBar;
import static com.orderdesk.gui.common.TableLook.widths;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The invoice's page readable at 1024 x 768 (layout18, 7 December: beside the list the preview had its 170 px and the
 * page, at its least zoom of 50 %, some 306 px wide and cut at the pane's edge). The larger preview (Alt+Z, or its
 * button) gives the page the width it is read at, the list beside it keeping its numbers and names; again, the list
 * gets back the room its columns want. The page at least {@link #READABLE} px wide on screen.
 */
class InvoicesReadingPreviewScreenTest extends ScreenTestOnOneBook {
    /**
     * A letter page (612 pt) 480 px wide: a zoom of some 0.78, where the invoice's 10 pt lines are some 8 px high on
     * screen, the least a clerk reads at a glance without leaning in (at 50 % they are 5 px, a grey blur).
     */
    static final double READABLE = 480;
    private static ClaimsFixture f;

    @BeforeAll
    static void invoices() throws Exception {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        ArInvoicesScreen.show(screen, stage, f);
    }

    @Test
    void thePageIsReadableAt1024WithTheListBesideItAndTheListKeepsItsColumnsAt1366(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ImageView page = robot.lookup("#pageImage").queryAs(ImageView.class);
        ScrollPane view = robot.lookup("#previewScroll").queryAs(ScrollPane.class);
        ScreenFixture.waitUntil(30, () -> !table.getItems().isEmpty());
        javafx.scene.Parent root = table.getScene().getRoot();
        Room.widen(robot, root, Room.AT_1366);
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Long> wide = widths(table);
        try {
            Room.widen(robot, root, Room.AT_1024);
            WaitForAsyncUtils.waitForFxEvents();
            Map<String, Long> narrow = widths(table);
            robot.interact(() -> table.getSelectionModel().select(0));
            robot.clickOn(table);
            ScreenFixture.waitUntil(30, () -> page.getImage() != null);

            robot.press(KeyCode.ALT, KeyCode.Z).release(KeyCode.Z, KeyCode.ALT);
            try {
                ScreenFixture.waitUntil(30, () -> pageWidth(page) >= READABLE);
            } catch (java.util.concurrent.TimeoutException e) {
                // told below
            }
            WaitForAsyncUtils.waitForFxEvents();
            String at = "at 1024 px (preview " + Math.round(view.getWidth()) + ", list " + Math.round(table.getWidth()) + ")";
            assertThat(pageWidth(page)).as("the page's width on screen %s", at).isGreaterThanOrEqualTo(READABLE);
            Bounds shown = WaitForAsyncUtils.asyncFx(() -> view.localToScene(view.getLayoutBounds())).get();
            Bounds drawn = WaitForAsyncUtils.asyncFx(() -> page.localToScene(page.getLayoutBounds())).get();
            assertThat(drawn.getMaxX()).as("the page's right edge against the preview's %s", at).isLessThanOrEqualTo(shown.getMaxX());
            assertThat(drawn.getMinX()).as("the page's left edge against the preview's %s", at).isGreaterThanOrEqualTo(shown.getMinX());
            // the list still there: its numbers and names whole in view
            assertThat(Truncation.columnsOutOfView(table)).as("columns out of view %s", at).doesNotContain("Number", "Customer");
            // the customer at its least (some 11 letters, whole in its tooltip): the preview's title above the page names it whole
            assertThat(widths(table).get("Customer")).as("the customer's column %s", at).isGreaterThanOrEqualTo(90);

            robot.press(KeyCode.ALT, KeyCode.Z).release(KeyCode.Z, KeyCode.ALT);
            try {
                ScreenFixture.waitUntil(10, () -> widths(table).equals(narrow));
            } catch (java.util.concurrent.TimeoutException e) {
                // told below
            }
            assertThat(widths(table)).as("the list's columns at 1024 px with the preview narrow again").isEqualTo(narrow);
            assertThat(sidewaysBar(table)).as("a sideways bar under the list at 1024 px").isFalse();
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
        WaitForAsyncUtils.waitForFxEvents();
        try {
            ScreenFixture.waitUntil(10, () -> widths(table).keySet().equals(wide.keySet()));
        } catch (java.util.concurrent.TimeoutException e) {
            // told below
        }
        assertThat(widths(table).keySet()).as("the list's columns at 1366 px").startsWith("Number", "Customer", "Due", "Open", "Status", "Total");
        assertThat(sidewaysBar(table)).as("a sideways bar under the list at 1366 px").isFalse();
        assertThat(Truncation.columnsOutOfView(table)).as("columns out of view at 1366 px").doesNotContain("Total");
    }

    /** The page's width as drawn on screen. */
    private static double pageWidth(ImageView page) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> page.getImage() == null ? 0 : page.localToScene(page.getLayoutBounds()).getWidth()).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
