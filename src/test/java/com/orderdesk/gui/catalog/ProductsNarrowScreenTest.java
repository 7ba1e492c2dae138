package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The product editor in the room the screen has at 1024 x 768 (916 x 700), as an administrator opens a product.
 * Tour of 8 December (layout18, narrowa19): the form's Unit, Weight, Category and Cost ran past the editor's edge,
 * the contract prices' "To" column was cut and their buttons read "Add p..." and "End selec...".
 */
@ExtendWith(ApplicationExtension.class)
class ProductsNarrowScreenTest extends ScreenTestOnOneBook {
    private ProductsController products;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        var services = book.services();
        products = new ProductsController(new CatalogDeskServices(services.catalog().products(), services.catalog().prices(),
                services.customers(), services.authorizer(), TestBook.CLOCK, () -> admin), screen.tasks, screen.dialogs,
                screen.status);
        screen.show(stage, products, Room.AT_1024, 700);
        products.refresh();
    }

    @Test
    void theEditorsFieldsButtonsAndPriceColumnsReadWholeAt1024(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#productTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 3);
        robot.clickOn(list).type(KeyCode.HOME);
        TableView<?> prices = robot.lookup("#pricesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane editor = (ScrollPane) robot.lookup(".split-pane").queryAs(SplitPane.class).getItems().get(1);
        List<String> problems = new ArrayList<>();
        robot.interact(() -> {
            Bounds visible = editor.localToScene(editor.getLayoutBounds());
            for (Node n : editor.getContent().lookupAll("*")) {
                if (!(n instanceof Control c) || n instanceof Label || !n.isVisible() || c.getWidth() == 0) {
                    continue;
                }
                Bounds b = n.localToScene(n.getLayoutBounds());
                String name = n.getId() != null ? n.getId() : n.getClass().getSimpleName() + " " + Math.round(b.getMinX());
                if (b.getMaxX() > visible.getMaxX() + 0.5) {
                    problems.add(name + " ends at " + Math.round(b.getMaxX()) + " beyond the editor's " + Math.round(visible.getMaxX()));
                }
            }
        });
        assertThat(problems).as("the form at 1024").isEmpty();
        assertThat(Truncation.cutLabels(editor.getContent(), ".button")).as("buttons cut").isEmpty();
        assertThat(Truncation.cutLabels(editor.getContent(), ".label")).as("labels cut").isEmpty();
        assertThat(Truncation.columnsOutOfView(prices)).as("contract price columns out of view").isEmpty();
        assertThat(Truncation.cutHeaders(prices)).as("contract price headers cut").isEmpty();
        // the list still shows what it lists
        assertThat(list.getWidth()).as("the list").isGreaterThanOrEqualTo(280);
        assertThat(Truncation.cutHeaders(list)).as("list headers cut").isEmpty();
    }
}
