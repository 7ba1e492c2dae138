package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.model.stock.AdjustmentReason;
import com.orderdesk.persistence.TestBook;
import java.util.function.BooleanSupplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An order clerk finds gloves on the Stock screen by words in any order, transfers 40 boxes from
 * the Atlanta DC to the Chicago store, then counts the store's shelf; each movement shows in the
 * store's history and the node figures move at once.
 */
@ExtendWith(ApplicationExtension.class)
class StockTransferScreenTest extends ScreenTestOnOneBook {
    private StockController stock;
    private SignedInUser clerk;

    private javafx.scene.Parent root;

    @Start
    void start(Stage stage) {
        clerk = book.clerk();
        var services = book.services();
        stock = new StockController(new StockDeskServices(services.catalog().products(), services.catalog().stock(),
                services.authorizer(), () -> clerk), screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        // the room the screen has in the window at 1366 x 768, under the application's look
        com.orderdesk.gui.common.Truncation.applicationLook();
        root = screen.show(stage, stock, 1258, 700).getRoot();
        stock.refresh();
        stock.focusProduct();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(60, condition);
    }

    private int onHandAt(String node) {
        return stock.shown().nodes().stream().filter(n -> n.nodeCode().equals(node)).mapToInt(NodeStockLine::onHand).sum();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aClerkTransfersBetweenNodesAndCountsAShelf(FxRobot robot) throws Exception {
        // into this screen's field (under load the window may not have the focus yet when the test starts)
        robot.clickOn(root.lookup("#productField")).write("large gloves").type(KeyCode.ENTER);
        waitUntil(() -> stock.shown() != null && stock.shown().sku().equals("GLV-NIT-L"));
        assertThat(stock.shown().nodes()).extracting(n -> n.nodeCode() + " " + n.onHand() + "/" + n.reserved() + "/"
                + n.safetyStock() + "/" + n.available()).containsExactly("DC-ATL 500/20/10/470", "ST-CHI 30/0/0/30");
        assertThat(robot.lookup("#availableLabel").queryAs(Label.class).getText()).isEqualTo("500");

        // transfer 40 from Atlanta to Chicago
        robot.clickOn("#transferRadio");
        ComboBox<?> to = robot.lookup("#toNodeBox").queryAs(ComboBox.class);
        waitUntil(to::isVisible);
        robot.clickOn(to);
        waitUntil(to::isShowing);
        robot.clickOn("ST-CHI  Chicago store");
        waitUntil(() -> stock.moveForm().toNode.get() != null);
        robot.clickOn("#quantityField").write("40").type(KeyCode.TAB).write("TR-0042").type(KeyCode.ENTER);
        waitUntil(() -> onHandAt("ST-CHI") == 70);
        assertThat(onHandAt("DC-ATL")).isEqualTo(460);
        assertThat(screen.status.getLastMessage()).isEqualTo("Moved 40 BX of GLV-NIT-L from DC-ATL (460 left) to ST-CHI (70 on hand).");
        assertThat(stock.shown().available()).as("a transfer moves stock, it does not make more").isEqualTo(500);

        // the store counts 68 on the shelf
        robot.clickOn("#adjustRadio");
        // choosing the store's row in the node table puts it in the form
        robot.clickOn(robot.lookup("#nodesTable .table-cell").match(
                (javafx.scene.control.TableCell<?, ?> cell) -> "ST-CHI".equals(cell.getText())).queryAs(javafx.scene.Node.class));
        waitUntil(() -> stock.moveForm().node.get() != null && stock.moveForm().node.get().code().equals("ST-CHI"));
        assertThat(stock.moveForm().reason.get()).isEqualTo(AdjustmentReason.COUNT);
        robot.clickOn("#quantityField").write("68").type(KeyCode.ENTER);
        waitUntil(() -> onHandAt("ST-CHI") == 68);
        assertThat(screen.status.getLastMessage()).startsWith("Count at ST-CHI: GLV-NIT-L -2, 68 on hand.");

        // the store's history, newest first
        ComboBox<Object> historyNode = robot.lookup("#historyNodeBox").queryAs(ComboBox.class);
        robot.interact(() -> historyNode.getItems().stream().filter(n -> n != null && n.toString().startsWith("ST-CHI"))
                .findFirst().ifPresent(historyNode::setValue));
        TableView<MovementRow> history = robot.lookup("#historyTable").queryAs(TableView.class);
        waitUntil(() -> history.getItems().size() == 2);
        assertThat(history.getItems()).extracting(MovementRow::description, MovementRow::quantity, MovementRow::onHandAfter,
                MovementRow::by).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Adjustment (count)", -2, 68, "clerk1"),
                        org.assertj.core.groups.Tuple.tuple("Transfer from DC-ATL", 40, 70, "clerk1"));
        assertThat(book.services().catalog().stock().history(clerk, book.gloveId, null)).hasSize(3);
        // Defect (5 December 2026, demo book at 1366 px): the history's header read "On hand af..."
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(history)).as("history headers cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(history)).as("history columns out of view").isEmpty();
        // Defect (tour, 1366 px): "Dallas-Fort Worth Distributio..." beside an empty column at the right;
        // the name (and the history's note) take that room
        TableView<?> nodes = robot.lookup("#nodesTable").queryAs(TableView.class);
        // (at most a scroll bar's width, which the columns keep free while the rows fit: 148 px before)
        assertThat(com.orderdesk.gui.common.Truncation.unusedWidth(nodes)).as("room no node column uses").isLessThan(24);
        assertThat(com.orderdesk.gui.common.Truncation.unusedWidth(history)).as("room no history column uses").isLessThan(24);
        // the change column signs what came in
        assertThat(robot.lookup("#historyTable .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(javafx.scene.control.TableCell::getText).contains("-2", "+40", "68", "70", "Adjustment (count)");

        // the area's keys: Ctrl+S posts (with nothing typed: what is missing), Ctrl+F back to the product search
        robot.clickOn("#quantityField").press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#moveProblemLabel").queryAs(Label.class).getText().startsWith("Counted: "));
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        javafx.scene.control.TextField product = robot.lookup("#productField").queryAs(javafx.scene.control.TextField.class);
        waitUntil(product::isFocused);
        assertThat(product.getSelectedText()).isNotEmpty().isEqualTo(product.getText());
    }
}
