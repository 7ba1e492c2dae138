package com.orderdesk.gui.security;

import static com.orderdesk.gui.common.KeyPresses.alt;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.TestBook;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Defect: no screen set a user's write-off limit, so an administrator could not let the AR clerk
 * write off a small claim and every write-off waited for a credit manager. The Users screen shows
 * the selected user's limit and sets it (Alt+L to the field, Enter or Alt+T), with the form's
 * reason in the audit trail; a bad amount is refused with a sentence and the text kept.
 */
@ExtendWith(ApplicationExtension.class)
class UsersWriteOffLimitScreenTest extends ScreenTestOnOneBook {
    private UsersViewModel model;

    @BeforeAll
    static void book() throws Exception {
        book.user("arthur", Role.AR_CLERK);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        model = new UsersViewModel(new UsersDesk(book.services().users(), book.services().writeOffLimits(), () -> admin));
        UsersController controller = new UsersController(model, screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusSearch();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "message '" + model.messageProperty().get() + "', limit '" + model.currentLimitProperty().get() + "'");
    }

    private static long limitAudits() {
        return book.services().unitOfWork().read(() -> ((Number) CurrentSession.get().createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE action = 'WRITE_OFF_LIMIT' AND doc_id = 'arthur'", Object.class)
                .getSingleResult()).longValue());
    }

    private String limitText(FxRobot robot) {
        return robot.lookup("#limitField").queryAs(TextField.class).getText();
    }

    @Test
    void theAdministratorGivesArthurAWriteOffLimitAndABadAmountIsRefused(FxRobot robot) throws Exception {
        waitUntil(() -> model.rows().stream().anyMatch(u -> u.userName().equals("arthur")));
        robot.write("arthur").type(KeyCode.DOWN);
        waitUntil(() -> model.currentLimitProperty().get().startsWith("No write-off limit"));
        assertThat(robot.lookup("#currentLimit").queryAs(Label.class).getText()).contains("needs a credit manager");

        // a bad amount: refused with a sentence, the text kept, the cursor in the field, nothing stored
        alt(robot, KeyCode.E);
        robot.write("Small claims at the AR desk");
        alt(robot, KeyCode.L);
        assertThat(screen.settledFocus().getId()).isEqualTo("limitField");
        robot.write("25O.00").type(KeyCode.ENTER);
        waitUntil(() -> model.messageProperty().get().startsWith("Not saved: Write-off limit: "));
        assertThat(limitText(robot)).isEqualTo("25O.00");
        assertThat(screen.settledFocus().getId()).isEqualTo("limitField");
        robot.eraseText(6).write("-5").type(KeyCode.ENTER);
        waitUntil(() -> model.messageProperty().get().contains("a limit is zero or more"));
        assertThat(limitText(robot)).isEqualTo("-5");
        assertThat(book.services().writeOffLimits().limitOf(book.admin(), "arthur")).isEqualTo(Money.ZERO);
        assertThat(limitAudits()).as(() -> book.services().unitOfWork().read(() -> CurrentSession.get().createNativeQuery(
                "SELECT before_value || ' ' || after_value || ' ' || reason FROM audit_entry WHERE action = 'WRITE_OFF_LIMIT'", Object.class)
                .getResultList().toString()) + " status " + screen.lastMessage()).isZero();

        // 250.00 with Enter in the field: stored, audited with the reason, said in the status line and shown
        robot.eraseText(2).write("250.00").type(KeyCode.ENTER);
        waitUntil(() -> screen.lastMessage().endsWith("may now write off claims up to 250.00."));
        assertThat(book.services().writeOffLimits().limitOf(book.admin(), "arthur")).isEqualTo(Money.of("250.00"));
        assertThat(limitAudits()).isEqualTo(1);
        waitUntil(() -> model.currentLimitProperty().get().contains("up to 250.00"));
        assertThat(limitText(robot)).isEqualTo("250.00");

        // Alt+T with a blank amount takes the limit away (a reason asked again: the last one was used)
        robot.eraseText(6);
        alt(robot, KeyCode.T);
        waitUntil(() -> model.messageProperty().get().contains("Reason: say why the write-off limit changes"));
        assertThat(screen.settledFocus().getId()).isEqualTo("reasonField");
        robot.write("Moved to the cash desk");
        alt(robot, KeyCode.T);
        waitUntil(() -> screen.lastMessage().contains("has no write-off limit now"));
        assertThat(book.services().writeOffLimits().limitOf(book.admin(), "arthur")).isEqualTo(Money.ZERO);
        assertThat(limitAudits()).isEqualTo(2);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
