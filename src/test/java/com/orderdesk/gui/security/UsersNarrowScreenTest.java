package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.audit.AuditLog;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The Users list in the room a 1024 x 768 window leaves beside the rail (916 x 700, the form at the right). Walk of
 * 8 December (admin, demo book): the User column read "o..." and Last sign-in "Dec 7, 202...". The user name and
 * the sign-in read whole there (the sign-in in the short form, "11/26/26, 3:00 PM", the long one in its tooltip);
 * the name, roles and status give way (each whole in its tooltip).
 */
class UsersNarrowScreenTest extends ScreenTestOnOneBook {
    private UsersViewModel model;

    @BeforeAll
    static void book() {
        var admin = book.admin();
        book.clerk();
        // the administrator signed in (the list's Last sign-in is the newest sign-in in the audit trail)
        book.services().unitOfWork().run("sign in", () -> new AuditLog(TestBook.CLOCK).record(admin,
                AuditEvent.of(admin.userName(), AuditActions.SIGN_IN, AuditActions.USER, admin.userName())));
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        model = new UsersViewModel(new UsersDesk(book.services().users(), book.services().writeOffLimits(), () -> admin));
        UsersController controller = new UsersController(model, screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, controller, Room.AT_1024, 700);
        controller.refresh();
    }

    @Test
    void at1024TheUserNameAndTheSignInReadWhole(FxRobot robot) throws Exception {
        screen.await(30, () -> model.rows().stream().anyMatch(u -> u.lastSignIn() != null), () -> "rows " + model.rows());
        TableView<?> table = robot.lookup("#userTable").queryAs(TableView.class);
        String at = "at 1024 px (list " + Math.round(table.getWidth()) + ")";
        assertThat(Truncation.cutHeaders(table)).as("titles cut %s", at).isEmpty();
        assertThat(Truncation.cutCells(table, "Name", "Roles", "Status")).as("user names and sign-ins cut %s", at).isEmpty();
        assertThat(Truncation.columnsOutOfView(table)).as("columns out of view %s", at).isEmpty();
        assertThat(Room.outside(table.getScene().getRoot())).as("controls outside %s", at).isEmpty();
    }
}
