package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The administrator picks Wanda (limit 50.00) and starts typing her new limit before the stored one was
 * read (a busy database). The read is held until 120.00 is typed; let go, it put "50.00" over the typing.
 * The typed amount stays; the line under the field says what is stored.
 */
class UsersLimitTypedFirstScreenTest extends ScreenTestOnOneBook {
    private final HeldAnswer limitRead = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private UsersViewModel model;

    @BeforeAll
    static void book() throws Exception {
        book.user("wanda", Role.AR_CLERK);
        book.services().writeOffLimits().set(book.admin(), "wanda", Money.of("50.00"), "Small claims");
    }

    @Start
    void start(Stage stage) {
        var admin = book.admin();
        model = new UsersViewModel(new UsersDesk(book.services().users(), book.services().writeOffLimits(), () -> {
            limitRead.pass();
            return admin;
        }));
        UsersController controller = new UsersController(model, tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void anAmountTypedBeforeTheStoredLimitIsReadIsKept(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<com.orderdesk.application.security.UserSummary> table = robot.lookup("#userTable").queryAs(TableView.class);
        TextField limitField = robot.lookup("#limitField").queryAs(TextField.class);
        ScreenFixture.waitUntil(60, () -> table.getItems().stream().anyMatch(u -> u.userName().equals("wanda")));
        tasks.awaitAllReturned(30);

        limitRead.holdNext();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(u -> u.userName().equals("wanda")).findFirst().orElseThrow()));
        ScreenFixture.waitUntil(30, limitRead::holding);
        robot.clickOn(limitField).write("120.00");

        limitRead.letGo();
        tasks.awaitAllReturned(30);

        assertThat(limitField.getText()).as("what the administrator typed").isEqualTo("120.00");
        assertThat(model.currentLimitProperty().get()).contains("up to 50.00");
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
