package com.orderdesk.gui.credit;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.credit.CreditHoldReason;
import com.orderdesk.logic.credit.CreditReason;
import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Carmen records a credit review from the hold desk by keyboard: Alt+O on a hold for an overdue review opens
 * the dialog with the next review twelve months ahead; a day that is not after today is refused in the dialog
 * with everything typed kept; Enter on a later day records it, the status bar says so and the hold leaves the
 * queue. On a hold for another reason the action is not offered.
 */
@ExtendWith(ApplicationExtension.class)
class HoldDeskReviewScreenTest {
    private static final LocalDate OVERDUE = TestBook.TODAY.minusDays(60);

    @RegisterExtension
    final HoldDeskScreen desk = new HoldDeskScreen();
    private final ScreenFixture screen = desk.screen;
    private String reviewOnly;

    @Start
    void start(Stage stage) throws Exception {
        TestBook book = desk.openBook("pays late", 1); // Acme's order, held for its prediction
        // the schools' review is 60 days overdue (LOW allows 30 days of grace): their order is held for it alone
        book.db.write(s -> {
            s.find(Customer.class, book.exemptId).setCreditReviewDate(OVERDUE);
            return null;
        });
        var saved = book.services().orders().save(book.user("olivia", Role.ORDER_CLERK), new OrderDraft(null, null,
                book.exemptId, book.exemptShipToId, OrderChannel.PHONE, null, null, null,
                List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO))));
        reviewOnly = saved.number();
        assertThat(book.services().credit().detail(desk.manager(), saved.id()).reasons()).extracting(CreditHoldReason::code)
                .containsExactly(CreditReason.CREDIT_REVIEW_OVERDUE);
        desk.open(stage, 1258, 700);
    }

    private LocalDate reviewDate() {
        return desk.book().db.read(s -> s.find(Customer.class, desk.book().exemptId).creditReviewDate().orElse(null));
    }

    @Test
    void carmenRecordsAReviewByKeyboardAndTheHoldLeavesTheQueue(FxRobot robot) throws Exception {
        TableView<HeldOrderRow> queue = desk.queue(robot);
        Button review = robot.lookup("#reviewButton").queryButton();
        desk.selectFirst(robot, 2);
        assertThat(queue.getSelectionModel().getSelectedItem().orderNumber()).isNotEqualTo(reviewOnly);
        assertThat(review.isVisible()).as("offered on a hold for the prediction").isFalse();

        robot.type(KeyCode.DOWN);
        desk.await(() -> review.isVisible() && !review.isDisabled(), () -> "review button visible " + review.isVisible());
        assertThat(queue.getSelectionModel().getSelectedItem().orderNumber()).isEqualTo(reviewOnly);
        alt(robot, KeyCode.O);
        desk.await(() -> robot.lookup("#reviewNext").tryQuery().isPresent());
        DatePicker next = robot.lookup("#reviewNext").query();
        Window dialog = next.getScene().getWindow();
        robot.targetWindow(dialog);
        Formats formats = Formats.forDefaultLocale();
        assertThat(next.getValue()).as("twelve months ahead").isEqualTo(LocalDate.of(2027, 11, 26));
        desk.await(next.getEditor()::isFocused);

        // a day that has passed, typed: refused in the dialog, the note kept
        ctrl(robot, KeyCode.A);
        robot.write("2026-11-20").type(KeyCode.TAB).write("Trade references renewed");
        robot.type(KeyCode.ENTER);
        Label problem = robot.lookup("#reviewProblem").query();
        desk.await(() -> !problem.getText().isEmpty());
        assertThat(problem.getText()).isEqualTo("The next credit review of Portland Public Schools must be after today ("
                + "Nov 26, 2026); Nov 20, 2026 has passed.");
        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#reviewNote").queryAs(TextField.class).getText()).isEqualTo("Trade references renewed");
        assertThat(reviewDate()).isEqualTo(OVERDUE);

        // the focus is back on the date: a later day, typed, and Enter records it
        desk.await(next.getEditor()::isFocused);
        ctrl(robot, KeyCode.A);
        robot.write("2027-05-31").type(KeyCode.ENTER);
        desk.await(() -> !dialog.isShowing());
        String said = "Review recorded for Portland Public Schools; next review " + formats.date(LocalDate.of(2027, 5, 31))
                + "; 1 order released";
        desk.await(() -> screen.lastMessage().equals(said), () -> "status " + screen.lastMessage());
        desk.await(() -> queue.getItems().size() == 1);
        assertThat(queue.getItems()).extracting(HeldOrderRow::orderNumber).doesNotContain(reviewOnly);
        assertThat(reviewDate()).isEqualTo(LocalDate.of(2027, 5, 31));
        List<String> reviews = desk.book().db.read(s -> s.createNativeQuery("SELECT username || '|' || reason FROM audit_entry"
                + " WHERE action = 'CREDIT_REVIEW'", String.class).getResultList());
        assertThat(reviews).containsExactly("carmen|Trade references renewed");
        assertThat(screen.dialogs.errors).isEmpty();
    }

    @Test
    void escapeLeavesTheDialogAndNothingIsRecorded(FxRobot robot) throws Exception {
        Button review = robot.lookup("#reviewButton").queryButton();
        desk.selectFirst(robot, 2);
        robot.type(KeyCode.DOWN);
        desk.await(() -> review.isVisible() && !review.isDisabled());
        alt(robot, KeyCode.O);
        desk.await(() -> robot.lookup("#reviewNext").tryQuery().isPresent());
        Window dialog = robot.lookup("#reviewNext").query().getScene().getWindow();
        robot.targetWindow(dialog);
        robot.type(KeyCode.ESCAPE);
        desk.await(() -> !dialog.isShowing());
        assertThat(reviewDate()).isEqualTo(OVERDUE);
        assertThat(desk.queue(robot).getItems()).hasSize(2);
    }
}
