package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import javafx.scene.control.DatePicker;
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
 * A contract price whose From or To date is no date is neither added nor ended: before, the price
 * was added from the date the picker kept (today) while the From field showed "2026-13-45" in red,
 * and Acme's contract was ended today under a To field showing "12/45/2026".
 */
@ExtendWith(ApplicationExtension.class)
class ContractPriceUnreadDateScreenTest extends ScreenTestOnOneBook {
    private ProductsController products;

    @Start
    void start(Stage stage) throws Exception {
        SignedInUser admin = book.admin();
        var services = book.services();
        products = new ProductsController(new CatalogDeskServices(services.catalog().products(), services.catalog().prices(),
                services.customers(), services.authorizer(), TestBook.CLOCK, () -> admin), screen.tasks, screen.dialogs,
                screen.status);
        screen.show(stage, products, 1366, 800);
        products.refresh();
        products.focusSearch();
    }

    private static void typeInto(FxRobot robot, String pickerId, String text) {
        DatePicker picker = robot.lookup(pickerId).queryAs(DatePicker.class);
        robot.clickOn(pickerId);
        robot.interact(() -> picker.getEditor().selectAll());
        robot.write(text).type(KeyCode.TAB);
    }

    private static String problem(FxRobot robot) {
        return robot.lookup("#priceProblemLabel").queryAs(Label.class).getText();
    }

    @Test
    void datesThatAreNoDatesNeitherAddNorEndAPrice(FxRobot robot) throws Exception {
        ScreenFixture.waitUntil(60, () -> products.rows().size() == 3);
        robot.write("large nitrile");
        ScreenFixture.waitUntil(60, () -> products.rows().size() == 1);
        robot.type(KeyCode.ENTER);
        ScreenFixture.waitUntil(60, () -> products.priceRows().size() == 1);

        robot.clickOn("#priceCustomerField").write("portland").type(KeyCode.ENTER);
        ScreenFixture.waitUntil(60, () -> robot.lookup("#priceFromPicker").query().isFocused());
        typeInto(robot, "#priceFromPicker", "2026-13-45");
        robot.clickOn("#priceField").write("11.25").type(KeyCode.ENTER);
        ScreenFixture.waitUntil(30, () -> !problem(robot).isEmpty() || products.priceRows().size() == 2);
        Thread.sleep(500); // an add in flight would show by now
        assertThat(products.priceRows()).as("prices").hasSize(1);
        assertThat(problem(robot)).startsWith("From: \u201c2026-13-45\u201d is not a date");
        assertThat(robot.lookup("#priceFromPicker").queryAs(DatePicker.class).getEditor().getText()).isEqualTo("2026-13-45");

        // ending Acme's contract with a To date that is no date: refused, the contract stays open
        typeInto(robot, "#priceToPicker", "12/45/2026");
        @SuppressWarnings("unchecked")
        TableView<ContractPriceRow> table = robot.lookup("#pricesTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        robot.clickOn("#endPriceButton");
        ScreenFixture.waitUntil(30, () -> problem(robot).startsWith("To:") || products.priceRows().get(0).validTo() != null);
        Thread.sleep(500);
        assertThat(products.priceRows().get(0).validTo()).as("Acme's contract's last day").isNull();
        assertThat(problem(robot)).startsWith("To: \u201c12/45/2026\u201d is not a date");
    }
}
