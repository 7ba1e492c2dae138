package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.DatabaseConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.material2.Material2AL;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The status bar on a 1366 x 768 laptop and at 1024 px, on a PostgreSQL book with a long address:
 * who is signed in and which book always read whole; a long message is cut only with its whole text
 * in its tooltip, and a click shows it whole in the bar. Tour of 6 December: the user, the book and
 * the message were all cut with "...", the user's role and the book's name lost.
 */
@ExtendWith(ApplicationExtension.class)
class StatusBarLayoutScreenTest {
    private static final DatabaseConfig BOOK = DatabaseConfig.postgresql(
            "jdbc:postgresql://pg-orders.eu-west.corp.example.com:5432/orderdesk_production?currentSchema=northwind_trading_2026",
            "orderdesk_clerk", "secret");
    private static final String MESSAGE = "Order SO-104233 saved; 3 lines were allocated from Memphis and 2 from Reno, "
            + "the rest waits for stock due on 14 December, and the customer's credit limit was exceeded by 120.00";

    private final Preferences prefs = Preferences.userRoot().node("com/orderdesk/test/" + UUID.randomUUID());
    private final StatusBarModel status = new StatusBarModel(Clock.fixed(Instant.parse("2026-12-06T13:05:00Z"), ZoneOffset.UTC));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Truncation.applicationLook();
        status.setDatabase(BOOK.displayName());
        ShellUser carmen = new ShellUser("carmen", "Carmen Diaz", "Credit manager");
        Shell shell = Shell.builder()
                .area(WorkArea.builder("holds", "Credit holds", Material2AL.LIST_ALT).view(() -> new Label("holds"))
                        .onShown(() -> status.setCounts("166 orders on credit hold, 188,338.65")).build())
                .status(status)
                .users(List.of(carmen), user -> { })
                .signedIn(carmen)
                .theme(new Theme(prefs))
                .build();
        shell.show(stage);
        stage.setWidth(1366);
        stage.setHeight(740);
    }

    @AfterEach
    void forgetPrefs() throws Exception {
        prefs.removeNode();
    }

    @Test
    void theUserAndTheBookReadWholeAndALongMessageShowsWhole(FxRobot robot) {
        robot.interact(() -> status.showMessage(MESSAGE));
        for (double width : new double[] {1366, 1024}) {
            robot.interact(() -> stage.setWidth(width));
            WaitForAsyncUtils.waitForFxEvents();
            HBox bar = robot.lookup(".status-bar").queryAs(HBox.class);
            Label user = robot.lookup("#userLabel").queryAs(Label.class);
            Label book = robot.lookup("#databaseLabel").queryAs(Label.class);
            Label message = robot.lookup("#messageLabel").queryAs(Label.class);

            assertThat(Truncation.cutLabels(bar, "#userLabel")).as("user cut at %.0f px", width).isEmpty();
            assertThat(user.getText()).isEqualTo("Carmen Diaz \u00b7 Credit manager");
            assertThat(Truncation.cutLabels(bar, "#databaseLabel")).as("book cut at %.0f px", width).isEmpty();
            assertThat(book.getText()).as("the book at %.0f px", width)
                    .contains("orderdesk_production").contains("northwind_trading_2026").doesNotContain("secret");
            assertThat(book.getTooltip().getText()).isEqualTo(BOOK.displayName());
            assertThat(Truncation.cutLabels(bar, "#countsLabel")).as("counts cut at %.0f px", width).isEmpty();
            assertThat(inBar(bar, user) && inBar(bar, book)).as("user and book inside the bar at %.0f px", width).isTrue();

            // the message is too long for the bar: cut, but whole in its tooltip, and whole in the bar on a click
            assertThat(Truncation.cutLabels(bar, "#messageLabel")).as("message at %.0f px", width).isNotEmpty();
            assertThat(message.getTooltip().getText()).endsWith(MESSAGE);
            robot.clickOn(message);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(drawn(message)).as("message after a click at %.0f px", width).isEqualTo(message.getText());
            assertThat(Truncation.cutLabels(bar, "#userLabel")).as("user cut with the whole message").isEmpty();
            robot.interact(() -> status.showMessage("Order SO-104234 saved")); // the next message starts on one line again
            assertThat(message.isWrapText()).as("wrapped after the next message").isFalse();
            robot.interact(() -> status.showMessage(MESSAGE));
            // and from the keyboard: Help, Last message in full (Ctrl+Shift+M) shows it whole too (tour 8: mouse only)
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.M).release(KeyCode.M, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(drawn(message)).as("message after Ctrl+Shift+M at %.0f px", width).isEqualTo(message.getText());
            robot.interact(() -> status.showMessage("Order SO-104235 saved"));
            robot.interact(() -> status.showMessage(MESSAGE));
        }
    }

    /**
     * The same message again (the same action repeated in the same minute: the same text, time and all) is a new
     * message: it starts on one line, as any next one does. Tour: it stayed shown whole, as the click had left it.
     */
    @Test
    void theSameMessageAgainStartsOnOneLine(FxRobot robot) {
        robot.interact(() -> status.showMessage(MESSAGE));
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        robot.clickOn(message);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(message.isWrapText()).as("whole after the click").isTrue();
        robot.interact(() -> status.showMessage(MESSAGE));
        assertThat(message.isWrapText()).as("wrapped after the same message again").isFalse();
        assertThat(message.getStyleClass()).doesNotContain(StatusBarView.WHOLE_CLASS);
    }

    /**
     * polish17: at 1024 px, where an area's counts are long (Invoices: "2,487 invoices and credit memos, 70 shipments to
     * invoice"), the message had some 60 px and its time read "1:0..." The time stays whole; the message gives way,
     * with an ellipsis and the whole text in its tooltip, and the user and the book stay whole in the bar.
     */
    @Test
    void at1024TheMessagesTimeStaysWholeWhereTheCountsAreLong(FxRobot robot) {
        String time = java.time.format.DateTimeFormatter.ofLocalizedTime(java.time.format.FormatStyle.SHORT)
                .format(java.time.LocalTime.of(13, 5));
        robot.interact(() -> {
            stage.setWidth(1024);
            status.setCounts("2,487 invoices and credit memos, 70 shipments to invoice, 1,289,122.41 open");
            status.showMessage(MESSAGE);
        });
        WaitForAsyncUtils.waitForFxEvents();
        HBox bar = robot.lookup(".status-bar").queryAs(HBox.class);
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        assertThat(drawn(message)).as("the message as drawn at 1024 px").startsWith(time).isNotEqualTo(message.getText());
        assertThat(message.getTooltip().getText()).endsWith(MESSAGE);
        assertThat(Truncation.cutLabels(bar, "#userLabel")).as("user cut").isEmpty();
        assertThat(Truncation.cutLabels(bar, "#databaseLabel")).as("book cut").isEmpty();
        // the counts read whole, or give way with their whole text in their tooltip
        Label counts = robot.lookup("#countsLabel").queryAs(Label.class);
        assertThat(Truncation.cutLabels(bar, "#countsLabel").isEmpty()
                || counts.getTooltip() != null && counts.getTooltip().getText().equals(counts.getText())).as("counts").isTrue();
        assertThat(inBar(bar, robot.lookup("#databaseLabel").query())).as("the book inside the bar").isTrue();
    }

    @Test
    void theBooksShortNameIsItsDatabaseAndSchemaOrItsFileName() {
        assertThat(StatusBarModel.bookName(BOOK.displayName())).isEqualTo("orderdesk_production schema northwind_trading_2026");
        assertThat(StatusBarModel.bookName("/home/clerk/.local/share/orderdesk/orderdesk.db")).isEqualTo("orderdesk.db");
        assertThat(StatusBarModel.bookName("postgresql:orders")).isEqualTo("orders");
    }

    /** The text the label draws (shortened with an ellipsis when it has no room, wrapped or not), after a layout. */
    private static String drawn(Label label) {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                label.getScene().getRoot().applyCss();
                label.getScene().getRoot().layout();
                return label.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                        .map(n -> ((javafx.scene.text.Text) n).getText().replace("\n", " ")).findFirst().orElse("");
            }).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean inBar(HBox bar, javafx.scene.Node node) {
        javafx.geometry.Bounds b = node.localToScene(node.getLayoutBounds());
        javafx.geometry.Bounds edge = bar.localToScene(bar.getLayoutBounds());
        return b.getMinX() >= edge.getMinX() - 0.5 && b.getMaxX() <= edge.getMaxX() + 0.5;
    }
}
