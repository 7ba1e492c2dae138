package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.DeskStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** An AR clerk imports a lockbox file, reviews the engine's answers and posts a suggestion by hand. */
@ExtendWith(ApplicationExtension.class)
class CashMatchingScreenTest {
    @RegisterExtension
    final CashDeskScreen cash = new CashDeskScreen();
    private CashFixture f;
    private CashMatchingController controller;

    @Start
    void start(Stage stage) throws Exception {
        f = cash.openBook("cash-screen-test");
        // a second Acme invoice of 300.00: a payment of 300.00 without reference cannot be decided
        f.book.db.write(s -> {
            Customer acme = s.find(Customer.class, f.book.acmeId);
            s.persist(new Invoice("INV-000103", acme, null, TestBook.TODAY.minusDays(3), TestBook.TODAY.plusDays(27),
                    "NET 30", null, null, Money.of("300.00"), Money.ZERO, Money.ZERO, Money.of("300.00")));
            return null;
        });
        controller = cash.desk();
        Truncation.applicationLook();
        // 1366 px less the navigation rail with its scroll bar (116 px): the room the desk has at 1366 px
        cash.show(stage, controller, 1250, 768);
        controller.refresh();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        // asked on the FX thread: the screen's lists change there, and reading one from the test
        // thread while it is replaced failed in CI (size 1, then get(0) out of bounds)
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<DeskStatus> statusBox(FxRobot robot) {
        return robot.lookup("#statusBox").queryAs(ComboBox.class);
    }

    private void importLockbox(FxRobot robot) throws Exception {
        cash.screen.dialogs.fileToOpen = CashFixture.write(cash.dir(), "lockbox.csv", CashFixture.paymentsCsv()
                + "B-4,2026-11-26,300.00,USD,Acme Janitorial Supply,,\n");
        robot.press(KeyCode.CONTROL).type(KeyCode.I).release(KeyCode.CONTROL);
        waitUntil(() -> cash.payments(robot).getItems().size() == 4
                && cash.payments(robot).getItems().stream().noneMatch(p -> p.status() == DeskStatus.NEW));
    }

    @Test
    void importReviewPostASuggestionByHandAndSeeTheInvoicePaid(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        importLockbox(robot);

        // review: every payment has the engine's verdict, totals per status in the footer
        assertThat(cash.payments(robot).getItems()).extracting(p -> p.payerName() + " " + p.status()).containsExactlyInAnyOrder(
                "ACME JANITORIAL SUPPLY INC AUTO", "Portland Public Schools AUTO", "Somebody Unknown LLC UNAPPLIED",
                "Acme Janitorial Supply SUGGESTED");
        assertThat(robot.lookup("#total-SUGGESTED").queryAs(Label.class).getText()).isEqualTo("Suggested: 1 \u00b7 300.00");
        assertThat(cash.screen.status.getLastMessage()).contains("2 auto, 1 suggested, 1 unapplied");

        // filter to the suggestion and open it from the keyboard
        robot.interact(() -> statusBox(robot).setValue(DeskStatus.SUGGESTED));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().status() == DeskStatus.SUGGESTED);
        assertThat(robot.lookup("#proposalLabel").queryAs(Label.class).getText()).startsWith("Suggested match").contains("a person must choose");
        assertThat(controller.applyModel().rows()).filteredOn(ApplyRow::isSelected)
                .extracting(r -> r.invoice().invoiceNo() + " " + r.applied()).containsExactly("INV-000102 300.00");
        assertThat(robot.lookup("#differenceLabel").queryAs(Label.class).getText()).isEqualTo("Fully applied");
        // at 1366 px every amount, date and button reads whole
        TableView<?> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        assertThat(Truncation.cutHeaders(grid)).as("apply grid headers cut").isEmpty();
        assertThat(Truncation.columnsOutOfView(grid)).as("apply grid columns out of view").isEmpty();
        assertThat(Truncation.cutCells(grid)).as("apply grid cells cut").isEmpty();
        assertThat(Truncation.cutHeaders(cash.payments(robot))).as("payment list headers cut").isEmpty();
        assertThat(Truncation.cutCells(cash.payments(robot), "Payer")).as("payment numbers, amounts cut").isEmpty();
        assertThat(Truncation.cutLabels(robot.lookup("#detailBox").query(), ".button")).as("buttons cut").isEmpty();

        // the clerk confirms the proposal: Ctrl+S posts it (from the Post button, which then goes grey)
        robot.interact(() -> robot.lookup("#postButton").query().requestFocus());
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> cash.screen.status.getLastMessage() != null && cash.screen.status.getLastMessage().endsWith("posted"));

        assertThat(f.state("INV-000102")).isEqualTo("PAID 0.00");
        assertThat(f.state("INV-000103")).isEqualTo("OPEN 300.00");
        waitUntil(() -> controller.applyModel().detail() != null && controller.applyModel().detail().payment().status() == DeskStatus.APPLIED);
        assertThat(robot.lookup("#postedLabel").queryAs(Label.class).getText()).startsWith("Posted: INV-000102");
        // the next payment is a Down away: the list has the focus, on the one just posted
        assertThat(cash.payments(robot).isFocused()).as("payment list focused after posting").isTrue();
        robot.interact(() -> statusBox(robot).setValue(null));
        waitUntil(() -> cash.payments(robot).getItems().stream().anyMatch(p -> p.status() == DeskStatus.APPLIED));
        assertThat(cash.screen.dialogs.errors).isEmpty();
    }

    /**
     * Tour of 5 December 2026: the grid showed the reason as its code cut short ("DAMA...") and the due
     * date as typed ("12/7/2026"), and the reason box stayed open on a posted payment.
     */
    @Test
    void aDeductionShowsItsReasonByNameAndAPostedPaymentClosesTheReasonBox(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        importLockbox(robot);
        robot.interact(() -> statusBox(robot).setValue(DeskStatus.SUGGESTED));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().status() == DeskStatus.SUGGESTED);
        TableView<ApplyRow> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        @SuppressWarnings("unchecked")
        ComboBox<com.orderdesk.logic.cash.desk.DeductionReason> reasons = robot.lookup("#reasonBox").queryAs(ComboBox.class);
        ApplyRow row = grid.getItems().stream().filter(r -> r.invoice().invoiceNo().equals("INV-000102")).findFirst().orElseThrow();
        robot.interact(() -> {
            row.appliedProperty().set(new java.math.BigDecimal("250.00"));
            grid.getSelectionModel().select(row);
            reasons.setValue(com.orderdesk.logic.cash.desk.DeductionReason.DAMAGED);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reasons.lookupAll(".list-cell").stream().map(n -> ((javafx.scene.control.ListCell<?>) n).getText()))
                .as("the reason box shows").contains("Damaged goods");
        robot.clickOn("#deductionButton");
        WaitForAsyncUtils.waitForFxEvents();

        int at = grid.getItems().indexOf(row);
        assertThat(cellText(grid, "Reason", at)).isEqualTo("Damaged goods");
        // the name may be cut in the last column (about 75 px here): its tooltip says it whole
        assertThat(Truncation.cutCells(grid, "Reason")).as("apply grid cells cut").isEmpty();
        assertThat(Truncation.columnsOutOfView(grid)).as("apply grid columns out of view").isEmpty();
        assertThat(cellText(grid, "Due", at)).isEqualTo(
                com.orderdesk.gui.common.Formats.forDefaultLocale().date(row.invoice().dueDate()))
                .isNotEqualTo(com.orderdesk.gui.common.Formats.forDefaultLocale().entryDate(row.invoice().dueDate()));

        robot.clickOn("#onAccountButton"); // the payment's other 50.00 stays on the account
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> controller.applyModel().detail() != null && controller.applyModel().detail().payment().status().posted());
        assertThat(robot.lookup("#postedLabel").queryAs(Label.class).getText()).contains("deduction 50.00, Damaged goods");
        assertThat(reasons.isDisabled()).as("reason box on a posted payment").isTrue();
    }

    /**
     * Tour of 7 December 2026 (arthur): the reason chosen for one payment's deduction stayed in the box on
     * the next payment, ready to be recorded against an invoice it was never chosen for.
     */
    @Test
    void theNextPaymentStartsWithNoDeductionReason(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        importLockbox(robot);
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null);
        long first = controller.applyModel().detail().payment().id();
        @SuppressWarnings("unchecked")
        ComboBox<com.orderdesk.logic.cash.desk.DeductionReason> reasons = robot.lookup("#reasonBox").queryAs(ComboBox.class);
        robot.interact(() -> reasons.setValue(com.orderdesk.logic.cash.desk.DeductionReason.DAMAGED));
        robot.interact(() -> cash.payments(robot).getSelectionModel().selectNext());
        waitUntil(() -> controller.applyModel().detail() != null && controller.applyModel().detail().payment().id() != first);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(reasons.getValue()).as("the reason box on the next payment").isNull();
    }

    private static String cellText(TableView<?> grid, String column, int row) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> grid.lookupAll(".table-cell").stream().map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && c.getTableColumn().getText().equals(column) && c.getIndex() == row)
                .map(javafx.scene.control.Labeled::getText).findFirst().orElse("(no cell)")).get();
    }

    @Test
    void aMalformedFileImportsNothingAndTheDialogListsTheLines(FxRobot robot) throws Exception {
        cash.screen.dialogs.fileToOpen = CashFixture.write(cash.dir(), "bad.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,12.5O,USD,Acme,,
                """);
        robot.clickOn("#importButton");
        waitUntil(() -> !cash.screen.dialogs.errors.isEmpty());

        assertThat(cash.screen.dialogs.errors.get(0)).contains("bad.csv:2: amount: \"12.5O\" is not an amount")
                .contains("Nothing from the file was imported");
        assertThat(f.payments()).isZero();
    }

    @Test
    void aPostedPaymentIsReversedAfterOneQuestionNamingIt(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        importLockbox(robot);
        robot.clickOn("#postAutoButton");
        waitUntil(() -> cash.payments(robot).getItems().stream().filter(p -> p.status() == DeskStatus.AUTO_APPLIED).count() == 2);
        assertThat(f.state("INV-000101")).isEqualTo("PAID 0.00");

        // the schools' one invoice is paid by their payment: the empty grid names them, it does not ask
        // for a customer already chosen (tour of 5 December 2026: "No open invoices: choose the customer above.")
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("Portland"));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().payerName().startsWith("Portland")
                && controller.applyModel().detail().payment().status() == DeskStatus.AUTO_APPLIED);
        String schools = controller.applyModel().detail().payment().customerNo();
        assertThat(schools).isNotBlank();
        TableView<?> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        assertThat(grid.getItems()).isEmpty();
        assertThat(((Label) grid.getPlaceholder()).getText()).isEqualTo(schools + " has no open invoices.");

        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("ACME JANITORIAL SUPPLY INC"));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().status() == DeskStatus.AUTO_APPLIED);
        robot.clickOn("#reverseButton");
        waitUntil(() -> cash.screen.status.getLastMessage() != null && cash.screen.status.getLastMessage().endsWith("reversed"));

        assertThat(cash.screen.dialogs.confirms).singleElement().asString().startsWith("Reverse posting: payment PMT-");
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
    }

    @Test
    void aChequeTypedInByHandIsCheckedFieldByFieldThenStoredAndMatched(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chequePayer").tryQuery().isPresent());
        // every field's hint reads whole (tour of 6 December 2026: "Note (e.g. less 25.00 damag")
        assertThat(Truncation.cutPrompts(robot.lookup("#chequePayer").query().getScene().getRoot())).isEmpty();
        robot.clickOn("#chequePayer").write("Acme Janitorial Supply");
        robot.clickOn("#chequeRouting").write("021000022");
        robot.clickOn("#chequeAccount").write("555001");
        robot.clickOn("#chequeNo").write("1042");
        robot.clickOn("#chequeAmount").write("12,5O");
        robot.clickOn("#stubRef0").write("INV-000102");
        robot.clickOn("#stubAmount0").write("300.00");
        robot.clickOn("#chequeOk");

        String shown = robot.lookup("#chequeProblems").queryAs(Label.class).getText();
        assertThat(shown).contains("Routing number 021000022 fails its check digit").contains("\u201c12,5O\u201d cannot be read");
        assertThat(f.payments()).isZero();

        robot.interact(() -> {
            robot.lookup("#chequeRouting").queryAs(javafx.scene.control.TextField.class).setText("021000021");
            robot.lookup("#chequeAmount").queryAs(javafx.scene.control.TextField.class).setText("300.00");
        });
        robot.clickOn("#chequeOk");
        waitUntil(() -> cash.payments(robot).getItems().size() == 1 && cash.payments(robot).getItems().get(0).status() != DeskStatus.NEW);

        DeskPayment cheque = cash.payments(robot).getItems().get(0);
        assertThat(cheque.kind()).hasToString("CHEQUE");
        assertThat(robot.lookup("#proposalLabel").queryAs(Label.class).getText()).contains("INV-000102");
        assertThat(controller.applyModel().rows()).filteredOn(ApplyRow::isSelected)
                .extracting(r -> r.invoice().invoiceNo() + " " + r.applied()).containsExactly("INV-000102 300.00");
        assertThat(robot.lookup("#remittanceLabel").queryAs(Label.class).getText()).isEqualTo("INV-000102  300.00");
    }

    /** A cheque date that is no date is refused by its sentence: before, OK stored the cheque under the date the picker kept (today). */
    @Test
    void aChequeDateThatIsNoDateIsRefused(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#chequePayer").tryQuery().isPresent());
        robot.clickOn("#chequePayer").write("Acme Janitorial Supply");
        robot.clickOn("#chequeRouting").write("021000021");
        robot.clickOn("#chequeAccount").write("555001");
        robot.clickOn("#chequeNo").write("1043");
        robot.clickOn("#chequeAmount").write("300.00");
        javafx.scene.control.DatePicker date = robot.lookup("#chequeDate").queryAs(javafx.scene.control.DatePicker.class);
        robot.clickOn(date.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("2026-02-30");
        robot.clickOn("#chequeOk");

        assertThat(robot.lookup("#chequeProblems").queryAs(Label.class).getText()).contains("\u201c2026-02-30\u201d is not a date");
        assertThat(date.getEditor().getText()).isEqualTo("2026-02-30");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(f.payments()).isZero();
    }

    /** The desk's shortcut list (F1): Ctrl+F, Ctrl+M, Space, Alt+R / Alt+D / Alt+E, Alt+U and Alt+V, pressed as a clerk would. */
    @Test
    void theDesksKeysDoWhatItsShortcutListSays(FxRobot robot) throws Exception {
        robot.clickOn("#searchField");
        importLockbox(robot);
        javafx.scene.Scene scene = robot.lookup("#searchField").query().getScene();
        // Ctrl+F from the list: the search field
        robot.clickOn("#paymentTable");
        robot.press(KeyCode.CONTROL).type(KeyCode.F).release(KeyCode.CONTROL);
        waitUntil(() -> scene.getFocusOwner() == scene.lookup("#searchField"));
        // Ctrl+M matches the day's open payments again
        robot.interact(() -> cash.screen.status.showMessage("-"));
        robot.press(KeyCode.CONTROL).type(KeyCode.M).release(KeyCode.CONTROL);
        waitUntil(() -> cash.screen.status.getLastMessage().startsWith("Matched "));

        // the suggestion: Space unticks its invoice, Alt+R leaves the rest on account
        robot.interact(() -> statusBox(robot).setValue(DeskStatus.SUGGESTED));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().status() == DeskStatus.SUGGESTED);
        TableView<ApplyRow> grid = robot.lookup("#invoiceTable").queryAs(TableView.class);
        Label difference = robot.lookup("#differenceLabel").queryAs(Label.class);
        robot.interact(() -> {
            grid.requestFocus();
            grid.getItems().stream().filter(r -> r.invoice().invoiceNo().equals("INV-000102")).findFirst()
                    .ifPresent(r -> grid.getSelectionModel().select(r));
        });
        waitUntil(() -> grid.getSelectionModel().getSelectedItem() != null && grid.isFocused());
        robot.type(KeyCode.SPACE);
        waitUntil(() -> difference.getText().equals("Difference 300.00"));
        robot.press(KeyCode.ALT).type(KeyCode.R).release(KeyCode.ALT);
        waitUntil(() -> difference.getText().equals("On account 300.00"));
        // Alt+D: no early-payment discount on this invoice, said under the grid; Alt+E asks the reason first
        javafx.scene.layout.VBox problems = robot.lookup("#problemsBox").queryAs(javafx.scene.layout.VBox.class);
        robot.press(KeyCode.ALT).type(KeyCode.D).release(KeyCode.ALT);
        waitUntil(() -> problems.getChildren().stream().anyMatch(n -> ((Label) n).getText()
                .startsWith("\u2022 INV-000102 has no early-payment discount on")));
        robot.press(KeyCode.ALT).type(KeyCode.E).release(KeyCode.ALT);
        waitUntil(() -> problems.getChildren().stream().anyMatch(n -> ((Label) n).getText()
                .equals("\u2022 Choose the deduction's reason first.")));
        try {
            waitUntil(() -> scene.getFocusOwner() == scene.lookup("#reasonBox"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("focus: " + scene.getFocusOwner() + " reasonBox disabled " + scene.lookup("#reasonBox").isDisabled(), e);
        }

        // Alt+U posts the AUTO payments; Alt+V reverses one of them after one question
        robot.interact(() -> statusBox(robot).setValue(null));
        robot.press(KeyCode.ALT).type(KeyCode.U).release(KeyCode.ALT);
        waitUntil(() -> cash.payments(robot).getItems().stream().filter(p -> p.status() == DeskStatus.AUTO_APPLIED).count() == 2);
        assertThat(f.state("INV-000101")).isEqualTo("PAID 0.00");
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("ACME JANITORIAL SUPPLY INC"));
        robot.clickOn("#searchField").type(KeyCode.DOWN);
        waitUntil(() -> controller.applyModel().detail() != null
                && controller.applyModel().detail().payment().status() == DeskStatus.AUTO_APPLIED);
        robot.press(KeyCode.ALT).type(KeyCode.V).release(KeyCode.ALT);
        waitUntil(() -> cash.screen.status.getLastMessage() != null && cash.screen.status.getLastMessage().endsWith("reversed"));
        assertThat(cash.screen.dialogs.confirms).last().asString().startsWith("Reverse posting: payment PMT-");
        assertThat(f.state("INV-000101")).isEqualTo("OPEN 500.00");
        assertThat(cash.screen.dialogs.errors).isEmpty();
    }
}
