package com.orderdesk.gui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.catalog.CatalogDeskServices;
import com.orderdesk.gui.catalog.ProductsController;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.persistence.TestBook;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator adds a product from the keyboard (a wrong GTIN is refused and nothing typed is
 * lost), then an order clerk receives stock for it on the Stock screen and sees it available.
 */
@ExtendWith(ApplicationExtension.class)
class ProductToStockScreenTest extends ScreenTestOnOneBook {
    private Stage stage;
    private ProductsController products;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        SignedInUser admin = book.admin();
        book.clerk();
        var services = book.services();
        products = new ProductsController(new CatalogDeskServices(services.catalog().products(), services.catalog().prices(),
                services.customers(), services.authorizer(), TestBook.CLOCK, () -> admin), screen.tasks, screen.dialogs,
                screen.status);
        screen.show(stage, products, 1366, 800);
        products.refresh();
        products.focusSearch();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(60, condition);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static void field(FxRobot robot, String text) {
        ctrl(robot, KeyCode.A);
        robot.write(text).type(KeyCode.TAB);
    }

    @Test
    void anAdministratorAddsAProductAndAClerkReceivesItsFirstStock(FxRobot robot) throws Exception {
        waitUntil(() -> products.rows().size() == 3);
        ctrl(robot, KeyCode.N);
        waitUntil(() -> robot.lookup("#skuField").queryAs(TextField.class).isFocused());
        field(robot, "mop-24");                          // SKU (kept in upper case)
        field(robot, "EA");                              // unit
        field(robot, "Wet mop head, cotton, 24 oz");     // description
        field(robot, "12");                              // case quantity
        field(robot, "0.54");                            // weight, kg
        field(robot, "036000291453");                    // GTIN with a wrong check digit
        field(robot, "Janitorial");                      // category
        field(robot, "8.25");                            // list price
        field(robot, "4.10");                            // cost
        ctrl(robot, KeyCode.S);
        waitUntil(() -> !products.form().problems().isEmpty());

        assertThat(products.form().problemFor("gtin")).isEqualTo("the check digit of 036000291453 is wrong (it should be 2)");
        assertThat(robot.lookup("#descriptionField").queryAs(TextField.class).getText()).isEqualTo("Wet mop head, cotton, 24 oz");
        assertThat(robot.lookup("#gtinField").queryAs(TextField.class).isFocused()).as("the cursor goes to the field").isTrue();
        Object productCount = book.db.read(s -> s.createNativeQuery("SELECT COUNT(*) FROM product", Object.class)
                .getSingleResult());
        assertThat(productCount).hasToString("3");

        field(robot, "036000291452");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> products.rows().stream().anyMatch(r -> r.sku().equals("MOP-24")));
        assertThat(screen.status.getLastMessage()).isEqualTo("Product MOP-24 added.");
        String stored = book.db.read(s -> s.createNativeQuery("SELECT sku || ' ' || case_qty || ' ' || weight_grams || ' ' "
                + "|| gtin || ' ' || list_price_cents FROM product WHERE sku = 'MOP-24'", String.class).getSingleResult());
        assertThat(stored).isEqualTo("MOP-24 12 540 00036000291452 825");
        // Ctrl+F from the form: the product search, its text selected to type over
        ctrl(robot, KeyCode.F);
        waitUntil(() -> robot.lookup("#skuField").query().getScene().getFocusOwner() instanceof TextField f
                && f.getParent() != null && f.getPromptText() != null && f.getPromptText().equals(
                        com.orderdesk.gui.common.Messages.bundle().getString("products.search.prompt")));

        // the clerk's desk: Stock, find the new product, receive 24 at the first warehouse
        SignedInUser clerk = book.clerk();
        var services = book.services();
        StockController stock = new StockController(new StockDeskServices(services.catalog().products(),
                services.catalog().stock(), services.authorizer(), () -> clerk), screen.tasks, screen.dialogs, screen.status,
                TestBook.CLOCK.getZone());
        robot.interact(() -> {
            screen.show(stage, stock, 1366, 800);
            stock.refresh();
            stock.focusProduct();
        });
        // before a product is chosen the node list says how to choose one, not that "no node holds" it
        assertThat(robot.lookup("#nodesEmpty").queryAs(Label.class).getText()).startsWith("Type a SKU or a few words");
        robot.write("mop head").type(KeyCode.ENTER);
        waitUntil(() -> stock.shown() != null && stock.shown().sku().equals("MOP-24"));
        assertThat(stock.shown().available()).isZero();
        assertThat(robot.lookup("#nodesEmpty").queryAs(Label.class).getText())
                .isEqualTo("No node holds this product yet: receive it in Move stock.");
        assertThat(stock.moveForm().node.get().code()).isEqualTo("DC-ATL");
        robot.type(KeyCode.TAB).write("24").type(KeyCode.TAB).write("DN-4471 Carolina Safety").type(KeyCode.ENTER);
        waitUntil(() -> stock.shown().available() == 24);

        assertThat(robot.lookup("#availableLabel").queryAs(Label.class).getText()).isEqualTo("24");
        assertThat(screen.status.getLastMessage()).isEqualTo("Received 24 EA of MOP-24 at DC-ATL: 24 on hand (DN-4471 Carolina Safety).");
        long mopId = stock.shown().productId();
        assertThat(services.catalog().stock().history(clerk, mopId, null)).extracting(MovementRow::description,
                MovementRow::by).containsExactly(org.assertj.core.groups.Tuple.tuple("Receipt", "clerk1"));
        assertThat(services.products().quote(clerk, mopId, book.acmeId, TestBook.TODAY).available()).isEqualTo(24);
    }
}
