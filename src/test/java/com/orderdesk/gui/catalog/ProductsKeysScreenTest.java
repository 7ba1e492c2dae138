package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
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
 * An administrator uses the product screen's keys (F1): Alt+D / Alt+R discontinue and reinstate;
 * Alt+M, Alt+F, Alt+O, Alt+P to the contract price's customer, from, to and price, Enter adds it
 * (a price that is not one leaves the cursor in the price); Alt+E ends the selected one; Delete
 * removes it (asks once).
 */
@ExtendWith(ApplicationExtension.class)
class ProductsKeysScreenTest extends ScreenTestOnOneBook {
    private ProductsController products;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        var services = book.services();
        products = new ProductsController(new CatalogDeskServices(services.catalog().products(), services.catalog().prices(),
                services.customers(), services.authorizer(), TestBook.CLOCK, () -> admin), screen.tasks, screen.dialogs,
                screen.status);
        scene = screen.show(stage, products, 1258, 700);
        products.refresh();
        products.focusSearch();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "problem '" + problem() + "'");
    }

    private String problem() {
        return ((Label) scene.lookup("#priceProblemLabel")).getText();
    }

    /** Portland's contract price selected in the list, the focus in the list (as Tab and the arrows would). */
    @SuppressWarnings("unchecked")
    private void selectPortland(FxRobot robot) {
        var table = robot.lookup("#pricesTable").queryAs(javafx.scene.control.TableView.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(((java.util.List<com.orderdesk.logic.catalog.ContractPriceRow>) table.getItems()).stream()
                    .filter(r -> r.customerNumber().equals("C-10002")).findFirst().orElseThrow());
        });
    }

    @Test
    void theProductAndContractPriceKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        waitUntil(() -> products.rows().size() == 3);
        robot.write("large nitrile");
        waitUntil(() -> products.rows().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> products.form().editingProperty().get() != null && products.priceRows().size() == 1);

        // Alt+D discontinues, Alt+R reinstates
        alt(robot, KeyCode.D);
        waitUntil(() -> screen.lastMessage().startsWith("GLV-NIT-L discontinued"));
        alt(robot, KeyCode.R);
        waitUntil(() -> screen.lastMessage().equals("GLV-NIT-L is on sale again."));

        // Alt+M the customer (Enter takes the first match), Alt+F from, Alt+O to, Alt+P the price
        alt(robot, KeyCode.M);
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+M").isEqualTo("priceCustomerField");
        robot.write("portland").type(KeyCode.ENTER);
        waitUntil(() -> "priceFromPicker".equals(screen.settledFocusOrParentId())); // the match taken, on to the From date
        alt(robot, KeyCode.O);
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+O").isEqualTo("priceToPicker");
        alt(robot, KeyCode.F);
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+F").isEqualTo("priceFromPicker");
        alt(robot, KeyCode.P);
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+P").isEqualTo("priceField");
        // a price that is not one: Alt+A (the add button's key) says so, the cursor stays in the price
        robot.write("cheap");
        alt(robot, KeyCode.A);
        waitUntil(() -> problem().startsWith("Price: "));
        assertThat(screen.settledFocusOrParentId()).as("focus after Alt+A refused").isEqualTo("priceField");
        TextField price = robot.lookup("#priceField").queryAs(TextField.class);
        robot.interact(price::clear);
        robot.write("11.25").type(KeyCode.ENTER);
        waitUntil(() -> products.priceRows().size() == 2);
        assertThat(screen.lastMessage()).startsWith("Contract price added: C-10002 GLV-NIT-L from ");

        // Alt+E ends the selected contract price; Delete removes it (asks once)
        selectPortland(robot);
        alt(robot, KeyCode.E);
        waitUntil(() -> screen.lastMessage().startsWith("Contract price C-10002 GLV-NIT-L from "));
        assertThat(screen.lastMessage()).contains(" ends on ");
        selectPortland(robot);
        robot.type(KeyCode.DELETE);
        waitUntil(() -> products.priceRows().size() == 1);
        assertThat(screen.dialogs.confirms).singleElement().asString().startsWith("Remove contract price: C-10002 GLV-NIT-L");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        waitUntil(() -> products.rows().size() == 3);
        robot.write("large nitrile");
        waitUntil(() -> products.rows().size() == 1);
        robot.type(KeyCode.ENTER);
        waitUntil(() -> products.form().editingProperty().get() != null && products.priceRows().size() == 1);
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.H, "searchField");
        fields.put(KeyCode.K, "skuField");
        fields.put(KeyCode.U, "unitField");
        fields.put(KeyCode.I, "descriptionField");
        fields.put(KeyCode.Q, "caseQtyField");
        fields.put(KeyCode.W, "weightField");
        fields.put(KeyCode.G, "gtinField");
        fields.put(KeyCode.Y, "categoryField");
        fields.put(KeyCode.L, "listPriceField");
        fields.put(KeyCode.T, "costField");
        fields.put(KeyCode.M, "priceCustomerField");
        fields.put(KeyCode.F, "priceFromPicker");
        fields.put(KeyCode.O, "priceToPicker");
        fields.put(KeyCode.P, "priceField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#productTable").query(), fields);
    }
}
