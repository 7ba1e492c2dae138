package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;
import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static com.orderdesk.gui.common.KeyPresses.alt;

import com.orderdesk.gui.common.LabelKeys;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.LinkedHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator works the Users screen with its keys (F1): Ctrl+F, Down, Enter to the roles,
 * Alt+O / Alt+A switch an account off (asks once) and on, Alt+P resets its password (asks once),
 * Ctrl+N and Esc. A key refused for a missing reason or password leaves the cursor in that field.
 */
@ExtendWith(ApplicationExtension.class)
class UsersKeysScreenTest extends ScreenTestOnOneBook {
    private UsersController controller;
    private UsersViewModel model;
    private Scene scene;

    @BeforeAll
    static void book() throws Exception {
        book.clerk();
        book.manager();
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        model = new UsersViewModel(new UsersDesk(book.services().users(), book.services().writeOffLimits(), () -> admin));
        controller = new UsersController(model, screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        scene = screen.show(stage, controller, 1258, 700);
        controller.refresh();
        controller.focusSearch();
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        screen.await(30, condition, () -> "message '" + model.messageProperty().get() + "', rows " + model.rows());
    }

    private Node byId(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    @Test
    void theUsersKeysDoWhatTheListSays(FxRobot robot) throws Exception {
        waitUntil(() -> model.rows().size() >= 3);
        robot.clickOn("#userTable");
        ctrl(robot, KeyCode.F);
        assertThat(screen.settledFocus()).isSameAs(byId(robot, "#searchField"));
        robot.write("carmen");
        waitUntil(() -> robot.lookup("#userTable").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> model.selectedProperty().get() != null);
        robot.type(KeyCode.ENTER);
        assertThat(screen.settledFocus().getParent()).as("Enter: to the roles").isSameAs(byId(robot, "#roleBoxes"));

        // Alt+O without a reason: said, the cursor in the reason
        alt(robot, KeyCode.O);
        waitUntil(() -> model.messageProperty().get().contains("Reason: say why the account is switched off"));
        assertThat(screen.settledFocus()).as("focus after Alt+O without a reason").isSameAs(byId(robot, "#reasonField"));
        robot.write("On leave until March");
        alt(robot, KeyCode.O);
        waitUntil(() -> screen.lastMessage().endsWith("is switched off and can no longer sign in."));
        assertThat(screen.dialogs.confirms).singleElement().asString().startsWith("Switch off: ");
        // Alt+A switches it on again (a reason again)
        waitUntil(() -> model.selectedProperty().get() != null && !model.selectedProperty().get().active());
        robot.clickOn("#reasonField").write("Back early");
        alt(robot, KeyCode.A);
        waitUntil(() -> screen.lastMessage().endsWith("can sign in again."));

        // Alt+P without a password: said, the cursor in the password; Alt+G suggests one, Alt+P resets (asks once)
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().active());
        alt(robot, KeyCode.P);
        waitUntil(() -> model.messageProperty().get().contains("Password: "));
        // what to do too: the message names the Suggest button and its key (tour 8: "at least 8 characters" alone)
        assertThat(model.messageProperty().get()).contains("at least 8 characters").endsWith("press Suggest (Alt+G) for one.");
        assertThat(screen.settledFocus()).as("focus after Alt+P without a password").isSameAs(byId(robot, "#passwordField"));
        alt(robot, KeyCode.G);
        waitUntil(() -> !model.passwordProperty().get().isEmpty());
        alt(robot, KeyCode.P);
        waitUntil(() -> screen.lastMessage().startsWith("Password of ") && screen.lastMessage().contains(" reset"));
        assertThat(screen.dialogs.confirms).hasSize(2).last().asString().startsWith("Reset password: ");

        // Ctrl+N: the new user's form, the cursor in the user name; Esc leaves it
        ctrl(robot, KeyCode.N);
        waitUntil(() -> model.creatingProperty().get());
        assertThat(screen.settledFocus()).isSameAs(byId(robot, "#userNameField"));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !model.creatingProperty().get());
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Ctrl+S creates the new user from the form; on a listed user it saves the roles ticked (a reason required). */
    @Test
    void ctrlSCreatesTheUserThenSavesItsRoles(FxRobot robot) throws Exception {
        waitUntil(() -> model.rows().size() >= 3);
        ctrl(robot, KeyCode.N);
        waitUntil(() -> model.creatingProperty().get() && !model.passwordProperty().get().isEmpty());
        assertThat(screen.settledFocus()).isSameAs(byId(robot, "#userNameField"));
        robot.write("jdoe").type(KeyCode.TAB).write("Jane Doe").type(KeyCode.TAB);
        assertThat(screen.settledFocus()).as("Tab from the display name: the first role").isSameAs(byId(robot, "#role-ORDER_CLERK"));
        robot.type(KeyCode.SPACE);
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().startsWith("User jdoe created (Order clerk)"));
        assertThat(book.services().users().list(book.admin())).anySatisfy(u -> assertThat(u.username()).isEqualTo("jdoe"));

        // the created user, its roles: AR clerk as well; Ctrl+S without a reason is refused, with one it saves
        ctrl(robot, KeyCode.F);
        robot.write("jdoe");
        waitUntil(() -> robot.lookup("#userTable").queryTableView().getItems().size() == 1);
        robot.type(KeyCode.DOWN);
        waitUntil(() -> model.selectedProperty().get() != null && model.selectedProperty().get().userName().equals("jdoe"));
        robot.type(KeyCode.ENTER);
        robot.type(KeyCode.TAB).type(KeyCode.TAB);
        assertThat(screen.settledFocus()).isSameAs(byId(robot, "#role-AR_CLERK"));
        robot.type(KeyCode.SPACE);
        ctrl(robot, KeyCode.S);
        waitUntil(() -> model.messageProperty().get().contains("Reason: say why the roles change"));
        robot.clickOn("#reasonField").write("Covers receivables on Fridays");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().equals("Jane Doe is now Order clerk and AR clerk."));
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /**
     * The reason typed beside a new user is kept with the user's creation in the audit trail (the form took it and
     * dropped it: the entry had no reason, tour14); a new user needs none.
     */
    @Test
    void theReasonTypedForANewUserIsKeptInTheAuditTrail(FxRobot robot) throws Exception {
        waitUntil(() -> model.rows().size() >= 3);
        ctrl(robot, KeyCode.N);
        waitUntil(() -> model.creatingProperty().get() && !model.passwordProperty().get().isEmpty());
        robot.write("rtaylor").type(KeyCode.TAB).write("Rae Taylor").type(KeyCode.TAB).type(KeyCode.SPACE);
        robot.clickOn("#reasonField").write("New clerk, starts Monday");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> screen.lastMessage().startsWith("User rtaylor created (Order clerk)"));
        assertThat(book.services().auditTrail().find(book.admin(), com.orderdesk.logic.audit.AuditQuery.all()))
                .filteredOn(e -> e.action().equals(com.orderdesk.logic.audit.AuditActions.USER_ADD)
                        && "rtaylor".equals(e.documentId()))
                .singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("New clerk, starts Monday"));
    }

    /** Each label's letter puts the cursor in its field and changes nothing; no two controls in view share a letter. */
    @Test
    void eachLabelsLetterPutsTheCursorInItsField(FxRobot robot) throws Exception {
        waitUntil(() -> model.rows().size() >= 3);
        robot.clickOn("#userTable").type(KeyCode.DOWN);
        waitUntil(() -> model.selectedProperty().get() != null);
        LabelKeys.assertNoTwoShareALetter(scene);
        var fields = new LinkedHashMap<KeyCode, String>();
        fields.put(KeyCode.R, "searchField");
        fields.put(KeyCode.U, "userNameField");
        fields.put(KeyCode.D, "displayNameField");
        fields.put(KeyCode.W, "passwordField");
        fields.put(KeyCode.E, "reasonField");
        LabelKeys.assertEachFocusesItsField(robot, scene, screen, robot.lookup("#userTable").query(), fields);
    }
}
