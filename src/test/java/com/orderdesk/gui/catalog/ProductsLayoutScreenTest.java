package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The product list beside the form in the room the screen has at 1366 x 768 (1258 x 700), with
 * descriptions as the demo book's: one of their usual length (about 40 letters) and its longest.
 * Tour of 6 December: every second description was cut at 240 px ("Coffee Filters Basket 12 Cup, ...")
 * and no tooltip said the rest.
 */
@ExtendWith(ApplicationExtension.class)
class ProductsLayoutScreenTest extends ScreenTestOnOneBook {
    private static final String USUAL = "Coffee Filters Basket 12 Cup, 1000/CS";
    private static final String LONGEST = "Marking Paint Inverted Aerosol 17 oz Fluorescent Orange, 12/CS";
    private ProductsController products;

    @BeforeAll
    static void book() throws Exception {
        book.db.write(s -> {
            s.createNativeMutationQuery("UPDATE product SET description = ? WHERE id = ?").setParameter(1, USUAL)
                    .setParameter(2, book.gloveId).executeUpdate();
            return s.createNativeMutationQuery("UPDATE product SET description = ? WHERE id = ?").setParameter(1, LONGEST)
                    .setParameter(2, book.towelId).executeUpdate();
        });
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        var services = book.services();
        products = new ProductsController(new CatalogDeskServices(services.catalog().products(), services.catalog().prices(),
                services.customers(), services.authorizer(), TestBook.CLOCK, () -> admin), screen.tasks, screen.dialogs,
                screen.status);
        screen.show(stage, products, 1258, 700);
        products.refresh();
    }

    @Test
    void theDescriptionTakesTheRoomAndSaysTheRestInItsTooltip(FxRobot robot) throws Exception {
        TableView<?> list = robot.lookup("#productTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> list.getItems().size() == 3);

        assertThat(Truncation.columnsOutOfView(list)).as("columns past the list's edge").isEmpty();
        assertThat(Truncation.unusedWidth(list)).as("room no column uses").isLessThan(2);
        assertThat(Truncation.cutHeaders(list)).isEmpty();
        // a description of the usual length reads whole; only the longest is shortened, whole in its tooltip
        List<String> cut = Truncation.cutCells(list).stream().map(t -> t.replaceAll(" \\(\\d+ px\\)$", "")).toList();
        assertThat(cut).as("cells cut").containsExactly(LONGEST);
        TableCell<?, ?> longest = robot.lookup((TableCell<?, ?> c) -> LONGEST.equals(c.getText())).queryAs(TableCell.class);
        assertThat(longest.getTooltip()).as("the longest description's tooltip").isNotNull();
        assertThat(longest.getTooltip().getText()).isEqualTo(LONGEST);
    }
}
