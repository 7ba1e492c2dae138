package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.DocumentLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The invoices screen's dialogs over a window of 1366 x 768, the application's default size on a
 * laptop screen, with the demo book's kind of content. Tour of 6 December: the credit memo's line
 * list showed about 2.5 of an invoice's lines and 4 of 7, with room to spare below; the shipments to
 * invoice (Alt+N) opened 600 px wide (the look's largest dialog) though the dialog asks 900.
 */
@ExtendWith(ApplicationExtension.class)
class InvoicingDialogsLayoutScreenTest {
    /** Descriptions as the demo's: some read on one line in the dialog's 240 px, some wrap onto two. */
    private static final List<String> DESCRIPTIONS = List.of("Drill Bit Jobber HSS Black Oxide 1/8 in 12/PK",
            "Paper Clips Smooth Jumbo, 100/BX", "Masking Tape General Purpose 2 in x 60 yd 24/CS", "Floor Pad 20 in Black Strip, 5/CS",
            "Padded Mailer Poly Bubble #0 6x10 250/CS", "Packing Peanuts Loose Fill 14 cu ft", "Can Liner Low Density 1.5 mil Black 33 gal");
    private final Formats formats = Formats.forDefaultLocale();
    private Stage owner;

    @Start
    void start(Stage stage) {
        ScreenFixture.allowSlowSetup();
        Truncation.applicationLook();
        owner = stage;
        Scene scene = new Scene(new StackPane(), 1366, 768);
        Theme.style(scene);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    private static List<DocumentLine> lines(int count) {
        List<DocumentLine> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new DocumentLine(i + 1, "MR543-0" + i, DESCRIPTIONS.get(i), BigDecimal.valueOf(i + 1), "CS", new BigDecimal("6.50"),
                    null, Money.of("6.50"), true));
        }
        return lines;
    }

    /** The invoice of {@code lines}, untaxed, nothing credited yet: what the dialog previews a credit from. */
    private static com.orderdesk.logic.invoicing.CreditBasis basis(List<DocumentLine> lines) {
        List<com.orderdesk.logic.invoicing.PricedLine> priced = lines.stream().map(l -> new com.orderdesk.logic.invoicing.PricedLine(
                l.lineNo(), l.sku(), l.description(), l.quantity(), l.unit(), l.unitPrice(), BigDecimal.ZERO, false, l.amount(),
                Money.ZERO, l.amount())).toList();
        Money sum = lines.stream().map(DocumentLine::amount).reduce(Money.ZERO, Money::plus);
        return new com.orderdesk.logic.invoicing.CreditBasis("INV-012109", new com.orderdesk.logic.invoicing.InvoiceTotals(priced,
                sum, Money.ZERO, Money.ZERO, false, List.of(), Money.ZERO, sum), com.orderdesk.logic.invoicing.PriorCredits.NONE);
    }

    private static DocumentRow invoice() {
        return new DocumentRow(DocumentKind.INVOICE, "INV-012109", "C-10015", "Liberty Marine Corp.", TestBook.TODAY,
                TestBook.TODAY.plusDays(30), Money.of("1308.09"), Money.of("654.04"), InvoiceStanding.OPEN, null, null, 0, "SH-102732");
    }

    /** The rows of the credit memo's line list the scroll pane shows whole, from the top. */
    private static int rowsShownWhole(FxRobot robot) throws Exception {
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            Node first = robot.lookup("#creditQty1").query();
            GridPane grid = (GridPane) first.getParent();
            ScrollPane scroll = (ScrollPane) robot.lookup(".dialog-pane .scroll-pane").query();
            double viewport = scroll.getViewportBounds().getHeight();
            int rows = 0;
            while (true) {
                int row = rows;
                List<Node> cells = grid.getChildren().stream().filter(n -> GridPane.getRowIndex(n) != null && GridPane.getRowIndex(n) == row).toList();
                if (cells.isEmpty() || cells.stream().anyMatch(n -> n.getBoundsInParent().getMaxY() > viewport + 0.5)) {
                    return rows;
                }
                rows++;
            }
        }).get();
    }

    private void openCreditMemo(int lines, FxRobot robot) throws Exception {
        Platform.runLater(() -> CreditMemoDialog.ask(owner, invoice(), lines(lines), basis(lines(lines)), formats));
        ScreenFixture.waitUntil(20, () -> robot.lookup("#creditQty" + lines).tryQuery().isPresent());
    }

    @Test
    void theCreditMemoShowsSixLinesAndAnInvoicesThreeWhole(FxRobot robot) throws Exception {
        openCreditMemo(7, robot);
        assertThat(rowsShownWhole(robot)).as("lines shown whole of 7").isGreaterThanOrEqualTo(CreditMemoDialog.ROWS_SHOWN);
        Window dialog = robot.lookup(".dialog-pane").query().getScene().getWindow();
        assertThat(dialog.getHeight()).as("the dialog inside the window").isLessThanOrEqualTo(768);
        robot.type(KeyCode.ESCAPE);
        ScreenFixture.waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        openCreditMemo(3, robot);
        assertThat(rowsShownWhole(robot)).as("lines shown whole of 3").isEqualTo(3);
        robot.type(KeyCode.ESCAPE);
    }

    @Test
    void theShipmentsToInvoiceOpenAsWideAsTheyAskOrTheWindowIs(FxRobot robot) throws Exception {
        List<ShipmentToInvoice> waiting = List.of(
                new ShipmentToInvoice(1, "SH-102053", "SO-101776", "C-10000", "High Plains Senior Living Co.", TestBook.TODAY, 6, 31),
                new ShipmentToInvoice(2, "SH-102048", "SO-101771", "C-10148", "Rocky Mountain Landscaping Ltd.", TestBook.TODAY, 1, 4));
        Platform.runLater(() -> ShipmentsToInvoiceDialog.ask(owner, waiting, formats));
        ScreenFixture.waitUntil(20, () -> robot.lookup("#issueSelected").tryQuery().isPresent());
        Window dialog = robot.lookup(".dialog-pane").query().getScene().getWindow();
        try {
            ScreenFixture.waitUntil(5, () -> dialog.getWidth() >= ShipmentsToInvoiceDialog.WIDTH - 1);
        } catch (java.util.concurrent.TimeoutException e) {
            // the check below says the width it has
        }
        assertThat(dialog.getWidth()).as("the dialog's width").isGreaterThanOrEqualTo(ShipmentsToInvoiceDialog.WIDTH - 1);
        assertThat(Truncation.cutLabels(robot.lookup("#shipmentsToInvoice").query(), ".list-cell")).as("lines cut").isEmpty();
        robot.type(KeyCode.ESCAPE);
        ScreenFixture.waitUntil(10, () -> robot.lookup(".dialog-pane").tryQuery().isEmpty());

        // over a narrower window: as wide as the window
        robot.interact(() -> owner.setWidth(800));
        Platform.runLater(() -> ShipmentsToInvoiceDialog.ask(owner, waiting, formats));
        ScreenFixture.waitUntil(20, () -> robot.lookup("#issueSelected").tryQuery().isPresent());
        Window narrow = robot.lookup(".dialog-pane").query().getScene().getWindow();
        assertThat(narrow.getWidth()).as("the dialog's width over an 800 px window").isBetween(790.0, 801.0);
        robot.type(KeyCode.ESCAPE);
    }
}
