package com.orderdesk.gui.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.model.order.PriceSource;
import com.orderdesk.persistence.TestBook;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
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
 * An administrator finds a product by words in any order, gives a customer a contract price from
 * today, ends another customer's contract, and reads all contract prices of the customer; order
 * entry's quote follows the dates.
 */
@ExtendWith(ApplicationExtension.class)
class ContractPriceScreenTest extends ScreenTestOnOneBook {
    private ProductsController products;
    private SignedInUser admin;

    @Start
    void start(Stage stage) throws Exception {
        admin = book.admin();
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

    @Test
    void anAdministratorAddsEndsAndReadsContractPricesFromTheProductScreen(FxRobot robot) throws Exception {
        waitUntil(() -> products.rows().size() == 3);
        robot.write("large nitrile");                                   // words in the other order
        waitUntil(() -> products.rows().size() == 1);
        robot.type(KeyCode.ENTER);                                      // into the list: the first row is chosen
        waitUntil(() -> products.form().editingProperty().get() != null && products.priceRows().size() == 1);
        assertThat(products.form().editingProperty().get().sku()).isEqualTo("GLV-NIT-L");
        assertThat(products.priceRows()).extracting(ContractPriceRow::customerNumber).containsExactly("C-10001");

        // a new contract for Portland Public Schools from today (the From date starts at today), open-ended
        robot.clickOn("#priceCustomerField").write("portland").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#priceFromPicker").query().isFocused());
        robot.type(KeyCode.TAB).type(KeyCode.TAB).write("11.25").type(KeyCode.ENTER);
        waitUntil(() -> products.priceRows().size() == 2);
        assertThat(screen.status.getLastMessage()).isEqualTo("Contract price added: C-10002 GLV-NIT-L from 2026-11-26 at 11.25,"
                + " open-ended.");

        // Acme's contract ends today: from tomorrow Acme pays the list price again
        @SuppressWarnings("unchecked")
        TableView<ContractPriceRow> table = robot.lookup("#pricesTable").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.customerNumber().equals("C-10001")).findFirst().orElseThrow()));
        robot.clickOn("#endPriceButton");
        waitUntil(() -> products.priceRows().stream().anyMatch(r -> r.customerNumber().equals("C-10001") && r.validTo() != null));
        assertThat(screen.status.getLastMessage()).startsWith("Contract price C-10001 GLV-NIT-L from 2026-01-01 ends on ");
        var quotes = book.services().products();
        assertThat(quotes.quote(admin, book.gloveId, book.acmeId, TestBook.TODAY).priceSource()).isEqualTo(PriceSource.CUSTOMER);
        assertThat(quotes.quote(admin, book.gloveId, book.acmeId, TestBook.TODAY.plusDays(1)).unitPrice()).hasToString("12.49");
        assertThat(quotes.quote(admin, book.gloveId, book.exemptId, TestBook.TODAY).unitPrice()).hasToString("11.25");
        assertThat(quotes.quote(admin, book.gloveId, book.exemptId, TestBook.TODAY.minusDays(1)).unitPrice()).hasToString("12.49");

        // all of the customer's contract prices (the customer chosen above)
        robot.clickOn("#byCustomerRadio");
        waitUntil(() -> products.priceRows().size() == 1 && products.priceRows().get(0).customerNumber().equals("C-10002"));
        assertThat(products.priceRows()).extracting(ContractPriceRow::sku, ContractPriceRow::validFrom, ContractPriceRow::validTo)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GLV-NIT-L", LocalDate.of(2026, 11, 26), null));
        assertThat(robot.lookup("#priceProblemLabel").queryAs(Label.class).getText()).isEmpty();

        List<String> trail = book.db.read(s -> s.createSelectionQuery("from AuditRecord a where a.documentType = 'CONTRACT_PRICE'"
                + " order by a.sequence", AuditRecord.class).getResultList().stream()
                .map(a -> a.username() + " " + a.action() + " " + a.documentId()).toList());
        assertThat(trail).containsExactly("admin PRICE_ADD C-10002 GLV-NIT-L from 2026-11-26",
                "admin PRICE_CHANGE C-10001 GLV-NIT-L from 2026-01-01");
        assertThat(products.rows()).extracting(ProductRow::sku).containsExactly("GLV-NIT-L");
    }

    /** Defect (5 December 2026, demo book at 1366 x 768): the list's header read "List pr...". */
    @Test
    void theProductListReadsWholeAt1366(FxRobot robot) throws Exception {
        waitUntil(() -> products.rows().size() == 3);
        TableView<?> list = robot.lookup("#searchField").query().getScene().getRoot().lookup("#productTable") instanceof TableView<?> t
                ? t : null;
        assertThat(list).as("the product list").isNotNull();
        javafx.stage.Window window = list.getScene().getWindow();
        double width = window.getWidth();
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            window.setWidth(1258);
        });
        try {
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(com.orderdesk.gui.common.Truncation.columnsOutOfView(list)).as("columns out of view").isEmpty();
            assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(list)).as("headers cut").isEmpty();
            // the description gives way (whole in the form beside the list); the rest reads whole
            assertThat(com.orderdesk.gui.common.Truncation.cutCells(list, "Description")).as("cells cut").isEmpty();
        } finally {
            robot.interact(() -> window.setWidth(width)); // TestFX's one window serves the next test classes too
        }
    }
}
