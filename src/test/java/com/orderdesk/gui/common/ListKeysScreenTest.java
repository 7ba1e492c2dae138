package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.gui.cash.ApplyRow;
import com.orderdesk.gui.cash.CashDeskServices;
import com.orderdesk.gui.cash.CashMatchingController;
import com.orderdesk.gui.inbox.InboxController;
import com.orderdesk.gui.inbox.InboxScreens;
import com.orderdesk.gui.inbox.InboxDeskServices;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A list with no row selected, reached with Tab: the first Down selects row 1 (JavaFX's Down selected
 * the row after the unseen focus, row 2, so row 1 was never reached by Down: keyboard tour of
 * 6 December), and Space on the focused row of the cash desk's grid ticks it. Two screens, one rule
 * ({@link ListKeys}, installed for every scene by {@link Theme#style}).
 */
class ListKeysScreenTest extends ScreenTestOnOneBook {
    private static CashFixture cash;
    private Stage stage;

    @BeforeAll
    static void books() {
        cash = new CashFixture(book);
        InboxMessages.prepare(book, dir.resolve("outbox"));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Truncation.applicationLook();
    }

    @Test
    void theInboxsFirstDownSelectsItsFirstMessage(FxRobot robot) throws Exception {
        var clerk = book.clerk();
        InboxController inbox = InboxScreens.controller(book, clerk, screen);
        robot.interact(() -> screen.show(stage, inbox, 1258, 700));
        screen.dialogs.filesToOpen = List.of(
                Files.write(dir.resolve("touchless.eml"), InboxMessages.touchless().bytes()),
                Files.write(dir.resolve("review.eml"), InboxMessages.toReview().bytes()));
        robot.clickOn("#inboxTable");
        KeyPresses.ctrl(robot, KeyCode.I);
        TableView<?> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        screen.await(60, () -> table.getItems().size() == 2);

        tabInto(robot, "#toReviewOnly", table);
        robot.type(KeyCode.DOWN);
        screen.await(10, () -> table.getSelectionModel().getSelectedIndex() == 0,
                () -> "selected row " + table.getSelectionModel().getSelectedIndex());
    }

    @Test
    void theCashDesksFirstDownSelectsTheFirstInvoiceAndSpaceTicksIt(FxRobot robot) throws Exception {
        var ar1 = cash.desk.user("ar1");
        CashMatchingController desk = new CashMatchingController(new CashDeskServices(book.services().cash(),
                book.services().customers(), TestBook.CLOCK, () -> ar1), screen.tasks, screen.dialogs, screen.status);
        robot.interact(() -> screen.show(stage, desk, 1250, 768));
        screen.dialogs.fileToOpen = CashFixture.write(dir, "lockbox.csv", CashFixture.paymentsCsv());
        robot.clickOn("#searchField");
        KeyPresses.ctrl(robot, KeyCode.I);
        @SuppressWarnings("unchecked")
        TableView<ApplyRow> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        screen.await(60, () -> !grid.getItems().isEmpty() && !grid.isDisabled());

        tabInto(robot, "#customerField", grid);
        robot.type(KeyCode.DOWN);
        screen.await(10, () -> grid.getSelectionModel().getSelectedIndex() == 0,
                () -> "selected row " + grid.getSelectionModel().getSelectedIndex());

        // the next payment's invoices, none selected: Space ticks the first
        @SuppressWarnings("unchecked")
        TableView<com.orderdesk.logic.cash.desk.DeskPayment> payments = robot.lookup("#paymentTable").queryAs(TableView.class);
        List<ApplyRow> before = List.copyOf(grid.getItems());
        robot.interact(() -> payments.getSelectionModel().select(1));
        screen.await(60, () -> !grid.getItems().isEmpty() && !grid.getItems().equals(before) && !grid.isDisabled());
        ApplyRow first = grid.getItems().get(0);
        boolean ticked = first.selectedProperty().get();
        tabInto(robot, "#customerField", grid);
        robot.type(KeyCode.SPACE);
        screen.await(10, () -> first.selectedProperty().get() != ticked,
                () -> "row 1 ticked " + first.selectedProperty().get() + ", selected row " + grid.getSelectionModel().getSelectedIndex());
    }

    /** Tab from {@code from} to {@code list}, which must take the focus with nothing selected and show it on row 1. */
    private void tabInto(FxRobot robot, String from, TableView<?> list) throws Exception {
        robot.interact(() -> robot.lookup(from).queryAs(Node.class).requestFocus());
        robot.type(KeyCode.TAB);
        screen.await(10, list::isFocused, () -> "Tab from " + from + " went elsewhere");
        assertThat(list.getSelectionModel().isEmpty()).as("nothing selected in the list").isTrue();
        screen.await(10, () -> firstRowMarked(list), () -> "row 1 not marked as where the keyboard is");
    }

    /** Row 1 (its first cell, in a grid of cells) has the focus and the stylesheet's mark for it. */
    private static boolean firstRowMarked(TableView<?> list) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> java.util.stream.Stream.of(".table-row-cell", ".table-cell")
                    .flatMap(kind -> list.lookupAll(kind).stream())
                    .anyMatch(n -> n instanceof IndexedCell<?> c && c.getIndex() == 0
                            && c.getPseudoClassStates().contains(PseudoClass.getPseudoClass("focused")) && c.getEffect() != null)).get();
        } catch (Exception e) {
            return false;
        }
    }
}
