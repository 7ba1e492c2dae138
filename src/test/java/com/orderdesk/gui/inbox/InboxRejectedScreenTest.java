package com.orderdesk.gui.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.capture.InboxMessages;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Tour7 (olivia): a rejected message showed the parser's text ("segment 1: EDIE005 - Unexpected end
 * of stream at offset 42"). A rejected EDI file, mail and order file each read in words, in the list
 * and beside the message, with the reader's own text kept under Details.
 */
@ExtendWith(ApplicationExtension.class)
class InboxRejectedScreenTest {
    private TestBook book;
    private Path dir;
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private InboxController controller;

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("inbox-rejected-test");
        book = TestBook.create(dir);
        InboxMessages.prepare(book, dir.resolve("outbox"));
        var clerk = book.clerk();
        Truncation.applicationLook();
        controller = InboxScreens.controller(book, clerk, screen);
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        screen.close();
        book.db.close();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(60, condition);
    }

    private Path file(String name, String text) throws Exception {
        return Files.write(dir.resolve(name), text.getBytes(StandardCharsets.UTF_8));
    }

    private InboxRow row(String source) {
        return controller.rows().stream().filter(r -> r.source().equals(source)).findFirst().orElse(null);
    }

    @Test
    void aRejectedMessageOfEachKindReadsInWordsWithTheReadersTextUnderDetails(FxRobot robot) throws Exception {
        screen.dialogs.filesToOpen = List.of(
                file("broken.edi", "ISA*00*          *00*  ~GS*PO~ST*850*0001~"), // the demo book's
                file("scan.eml", "please ship 4 towel rolls\n"),
                file("orders.csv", "customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price\n"
                        + "C-10001,PO-9,,,GLV-NIT-L,1O,\n"));
        robot.clickOn("#inboxTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> controller.rows().size() == 3);
        assertThat(controller.rows()).extracting(InboxRow::status).containsOnly(InboxStatus.REJECTED);

        @SuppressWarnings("unchecked")
        TableView<InboxRow> table = robot.lookup("#inboxTable").queryAs(TableView.class);
        TableColumn<InboxRow, ?> reasons = table.getColumns().stream().filter(c -> c.getText().equals("Reasons")).findFirst().orElseThrow();
        String edi = "The EDI file ends in the middle of segment 1 (ISA): it looks cut off. Ask the sender to send it again.";
        assertThat(reasons.getCellData(row("broken.edi"))).isEqualTo(edi);
        assertThat(reasons.getCellData(row("scan.eml"))).isEqualTo("The file is not an email: it has no From or Subject line."
                + " Save the email from the mail program as an .eml file and import that.");
        assertThat(reasons.getCellData(row("orders.csv"))).isEqualTo("On line 2, column 6 of the order file the quantity \"1O\""
                + " is not a whole number. Ask the sender to correct it and send it again.");

        // opened: the sentence beside the message, the reader's text one click away
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row("broken.edi"));
        });
        robot.type(KeyCode.ENTER);
        Label said = robot.lookup("#reasonsLabel").queryAs(Label.class);
        waitUntil(() -> said.getText().equals(edi));
        TitledPane details = robot.lookup("#detailsPane").queryAs(TitledPane.class);
        assertThat(details.isVisible()).as("Details shown for a rejected message").isTrue();
        assertThat(details.isExpanded()).as("Details closed until asked for").isFalse();
        assertThat(robot.lookup("#detailsLabel").queryAs(Label.class).getText())
                .isEqualTo("segment 1: EDIE005 - Unexpected end of stream at offset 42");
        assertThat(Truncation.cutLabels(robot.lookup("#reviewSplit").query(), "#reasonsLabel")).as("the sentence cut").isEmpty();
        // in the quarter the message has at 1366 px: "Details (what the reader found)" read "Details (what the reader four"
        // the title is clipped at the pane's edge, not shortened with "...": compare where it ends with where the pane does
        double[] ends = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            details.getScene().getRoot().applyCss();
            details.getScene().getRoot().layout();
            javafx.scene.Node title = details.lookup(".title").lookup(".text");
            javafx.scene.layout.Region column = (javafx.scene.layout.Region) details.getParent();
            return new double[] {title.localToScene(title.getBoundsInLocal()).getMaxX(),
                    column.localToScene(column.getLayoutBounds()).getMaxX()};
        }).get();
        assertThat(ends[0]).as("where the Details title ends, in a column ending at %.0f", ends[1]).isLessThanOrEqualTo(ends[1]);
        assertThat(screen.dialogs.errors).isEmpty();

        // the Details open and close from the keyboard too: Alt+M, its underlined letter (E is the progress bar's Cancel) (tour: no key at all)
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        waitUntil(details::isExpanded);
        robot.press(KeyCode.ALT).type(KeyCode.M).release(KeyCode.ALT);
        waitUntil(() -> !details.isExpanded());

        // the list's Reasons cell: its tooltip holds the sentence whole, wrapped within the screen (on one line the
        // sentence ran past the screen's edge)
        var tips = robot.lookup(".table-cell").queryAllAs(javafx.scene.control.TableCell.class).stream()
                .filter(c -> edi.equals(c.getText())).map(javafx.scene.control.TableCell::getTooltip).toList();
        assertThat(tips).isNotEmpty().allSatisfy(tip -> {
            assertThat(tip.getText()).isEqualTo(edi);
            assertThat(tip.isWrapText()).isTrue();
            assertThat(tip.getMaxWidth()).isLessThanOrEqualTo(640);
        });
    }
}
