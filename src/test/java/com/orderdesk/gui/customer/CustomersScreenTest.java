package com.orderdesk.gui.customer;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.customer.CustomerActions;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An order clerk keeps customers on the customer screen, against a real SQLite file: finds one by
 * words in any order, adds a new customer with a ship-to (the address checked against the
 * gazetteer as it is typed), is shown that another new one looks like a stored customer and opens
 * that one instead, edits it (a failed save keeps what was typed), and deactivates it with a reason.
 */
@ExtendWith(ApplicationExtension.class)
class CustomersScreenTest {
    private static TestBook book;
    private static SignedInUser clerk;
    private CustomersController controller;
    private StatusBarModel status;
    private RecordingDialogs dialogs;
    private UiTaskRunner tasks;

    /** The book is made before the toolkit's set-up, whose time limit a busy machine would overrun. */
    @BeforeAll
    static void book() throws Exception {
        Path dir = Files.createTempDirectory("customers-screen-test");
        book = TestBook.create(dir);
        clerk = book.user("clerk1", Role.ORDER_CLERK);
        book.services().customerMaintenance().list(clerk, "", 1);
    }

    /** The company settings' default terms, as the desk reads them. */
    private volatile String companyTerms = "NET 30";

    @Start
    void start(Stage stage) throws Exception {
        status = new StatusBarModel();
        dialogs = new RecordingDialogs();
        tasks = new ExecutorTaskRunner(2);
        CustomerDeskServices services = new CustomerDeskServices(book.services().customerMaintenance(), TestBook.CLOCK,
                () -> clerk, () -> companyTerms);
        controller = new CustomersController(new CustomersViewModel(services, tasks, dialogs, status), dialogs);
        Scene scene = new Scene(Views.load(controller), 1366, 900);
        Theme.style(scene);
        stage.setScene(scene);
        stage.sizeToScene(); // TestFX reuses one window: a test before may have narrowed it (the field below then lay outside it)
        stage.show();
        controller.refresh();
        controller.focusSearch();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    /** The book is shared by the class's tests: closed after the last (closed after each, a later test found it shut). */
    @AfterAll
    static void closeBook() {
        book.db.close();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private CustomersViewModel vm() {
        return controller.viewModel();
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private static void fill(FxRobot robot, String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(f);
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        if (text.isEmpty()) {
            robot.type(KeyCode.BACK_SPACE);
        } else {
            robot.write(text);
        }
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * Defect (tour of 5 December 2026, demo book): the company settings' default terms were set to
     * "NET 30 EOM", and a new customer still started with NET 30.
     */
    @Test
    void aNewCustomerStartsWithTheCompanysDefaultTerms(FxRobot robot) throws Exception {
        companyTerms = "NET 45";
        robot.clickOn("#customerSearch").press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> terms = robot.lookup("#termsBox").queryAs(javafx.scene.control.ComboBox.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> "NET 45".equals(terms.getValue()));
        assertThat(terms.getValue()).isEqualTo("NET 45");
        assertThat(dialogs.confirms).as("nothing typed: no question on leaving").isEmpty();
    }

    /**
     * An expiry that is no date is not saved: before, Save stored the exemption with the date the
     * picker kept under the text (none here), the red text beside it left unread.
     */
    @Test
    void anExemptionExpiryThatIsNoDateIsNotSaved(FxRobot robot) throws Exception {
        waitUntil(() -> vm().rows().size() == 2);
        robot.write("chicago janitorial").type(KeyCode.ENTER);
        waitUntil(() -> vm().titleProperty().get().startsWith("C-10001"));
        robot.interact(() -> vm().form().taxExempt.set(true));
        fill(robot, "#certificateField", "TX-EX-4410");
        javafx.scene.control.DatePicker expires = robot.lookup("#expiresPicker").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(expires.getEditor()).write("2026-02-30");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> vm().problem("taxExemption.expires", 0) != null);
        assertThat(vm().problem("taxExemption.expires", 0)).contains("\u201c2026-02-30\u201d is not a date");
        assertThat(status.getLastMessage()).startsWith("Not saved: 1 problem");
        assertThat(expires.getEditor().getText()).isEqualTo("2026-02-30");
        assertThat(vm().form().certificate.get()).isEqualTo("TX-EX-4410");
        assertThat(book.services().customerMaintenance().open(clerk, book.acmeId).record().taxExemption())
                .as("nothing stored").isNull();
    }

    @Test
    void aClerkAddsEditsAndDeactivatesACustomer(FxRobot robot) throws Exception {
        // words in any order, from the name and the city
        waitUntil(() -> vm().rows().size() == 2);
        robot.write("chicago janitorial");
        waitUntil(() -> vm().rows().size() == 1 && vm().rows().get(0).number().equals("C-10001"));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> vm().titleProperty().get().startsWith("C-10001"));
        assertThat(robot.lookup("#nameField").queryAs(TextField.class).isFocused()).isTrue();

        // a new customer: the address is checked as its fields are left, with a sentence beside it
        ctrl(robot, KeyCode.N);
        waitUntil(() -> vm().form().isNew());
        robot.write("Lone Star Janitorial");
        fill(robot, "#phoneField", "(214) 555-0199");
        fill(robot, "#emailField", "buyer@lonestar.example");
        fill(robot, "#billTo-line1", "1200 Commerce St");
        fill(robot, "#billTo-zip", "75201");
        robot.type(KeyCode.TAB);
        waitUntil(() -> vm().form().billTo.city.get().equals("Dallas") && vm().form().billTo.state.get().equals("TX"));
        fill(robot, "#shipTo1-label", "Dallas warehouse");
        fill(robot, "#shipTo1-line1", "1200 Commerce St");
        fill(robot, "#shipTo1-zip", "75201");
        fill(robot, "#shipTo1-city", "Houston");
        fill(robot, "#shipTo1-state", "TX");
        robot.type(KeyCode.TAB);
        waitUntil(() -> text(robot, "#shipTo1-message").contains("75201 is Dallas, TX, not Houston"));
        fill(robot, "#shipTo1-city", "Dallas");
        robot.type(KeyCode.TAB);
        waitUntil(() -> text(robot, "#shipTo1-message").isEmpty());
        assertThat(vm().lookalikes()).isEmpty();
        ctrl(robot, KeyCode.S);
        waitUntil(() -> !vm().form().isNew());
        String number = vm().form().storedNumber();
        assertThat(status.getLastMessage()).isEqualTo("Customer " + number + " Lone Star Janitorial added");
        CustomerRecord stored = book.services().customerMaintenance().open(clerk, vm().form().id()).record();
        assertThat(stored.shipTos()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("Dallas warehouse");
            assertThat(s.isDefault()).isTrue();
            assertThat(s.address().city()).isEqualTo("Dallas");
        });
        assertThat(stored.billTo().zip()).isEqualTo("75201");

        // another new one with Acme's phone: pointed out as the phone is left, refused on save, the stored one opened
        ctrl(robot, KeyCode.N);
        waitUntil(() -> vm().form().isNew());
        robot.write("Acme Janitorial");
        fill(robot, "#phoneField", "312-555-0101");
        robot.type(KeyCode.TAB);
        waitUntil(() -> robot.lookup("#lookalikeText").queryAs(Label.class).isVisible()
                && text(robot, "#lookalikeText").contains("C-10001 Acme Janitorial Supply (same phone 312-555-0101)"));
        fill(robot, "#billTo-line1", "120 W Madison St");
        fill(robot, "#billTo-zip", "60602");
        robot.type(KeyCode.TAB);
        waitUntil(() -> vm().form().billTo.city.get().equals("Chicago"));
        fill(robot, "#shipTo1-label", "Chicago");
        fill(robot, "#shipTo1-line1", "120 W Madison St");
        fill(robot, "#shipTo1-zip", "60602");
        robot.type(KeyCode.TAB);
        waitUntil(() -> vm().form().shipTos.get(0).address.city.get().equals("Chicago"));
        ctrl(robot, KeyCode.S);
        waitUntil(() -> robot.lookup("#saveAnyway").tryQuery().isPresent());
        assertThat(text(robot, "#lookalikeText")).endsWith("Save anyway, or open the existing one.");
        robot.clickOn("#openLookalike-C-10001");
        waitUntil(() -> vm().titleProperty().get().startsWith("C-10001"));
        assertThat(dialogs.confirms).containsExactly("Discard changes: the new customer");
        assertThat(book.services().customerMaintenance().list(clerk, "acme", 10).rows()).hasSize(1);

        // edit: a wrong e-mail is refused with the problem beside it, and what was typed stays
        fill(robot, "#emailField", "orders at acme");
        robot.clickOn("#addContact");
        robot.write("Sam Reyes (Receiving)");
        robot.type(KeyCode.TAB).write("(312) 555-0144");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> vm().problem("email", 0) != null);
        assertThat(vm().problem("email", 0)).contains("\"orders at acme\" is not an e-mail address");
        assertThat(robot.lookup("#emailField").queryAs(TextField.class).getText()).isEqualTo("orders at acme");
        assertThat(vm().form().toRecord().contacts()).extracting(CustomerRecord.Contact::name).contains("Sam Reyes (Receiving)");
        fill(robot, "#emailField", "orders@acme.example");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> "Customer C-10001 saved".equals(status.getLastMessage()));
        CustomerDetail acme = book.services().customerMaintenance().open(clerk, book.acmeId);
        assertThat(acme.record().contacts()).extracting(CustomerRecord.Contact::name).contains("Sam Reyes (Receiving)");

        // deactivate: the reason first, asked once, then audited with it. The field is at the form's
        // foot: scrolled to as a person would (under the application's look, set by screen tests run
        // before this one, the form is taller and the field lay below the screen's edge)
        javafx.scene.Node reason = robot.lookup("#deactivateReason").query();
        robot.interact(() -> {
            for (javafx.scene.Node n = reason; n != null; n = n.getParent()) {
                if (n instanceof javafx.scene.control.ScrollPane pane) {
                    pane.setVvalue(pane.getVmax());
                    break;
                }
            }
        });
        robot.clickOn("#deactivateReason").write("Closed the Chicago business").type(KeyCode.ENTER);
        waitUntil(() -> !vm().form().isActive());
        assertThat(dialogs.confirms).last().isEqualTo("Deactivate customer: customer C-10001 Acme Janitorial Supply");
        assertThat(vm().titleProperty().get()).endsWith("(inactive)");
        assertThat(book.services().customerMaintenance().open(clerk, book.acmeId).record().active()).isFalse();
        List<AuditEntry> audit = book.services().auditTrail().find(book.admin(),
                new AuditQuery("clerk1", null, null, "C-10001", 10));
        assertThat(audit).extracting(AuditEntry::action).contains(CustomerActions.CUSTOMER_CHANGE, CustomerActions.CUSTOMER_DEACTIVATE);
        assertThat(audit).filteredOn(e -> e.action().equals(CustomerActions.CUSTOMER_DEACTIVATE)).singleElement()
                .extracting(AuditEntry::reason).isEqualTo("Closed the Chicago business");

        // Esc puts back what was stored (asked once); Ctrl+F: the search field
        int asked = dialogs.confirms.size();
        fill(robot, "#emailField", "typo@acme");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> "orders@acme.example".equals(robot.lookup("#emailField").queryAs(TextField.class).getText()));
        assertThat(dialogs.confirms).hasSize(asked + 1).last().asString().startsWith("Discard changes: ");
        ctrl(robot, KeyCode.F);
        waitUntil(() -> robot.lookup("#customerSearch").query().isFocused());
    }
}
