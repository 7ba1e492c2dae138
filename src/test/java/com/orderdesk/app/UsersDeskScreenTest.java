package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.security.UserSummary;
import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator signs in, creates a user, is refused demoting himself (the last administrator)
 * with the reason on the form, and resets a clerk's password; the clerk signs in with it, is led to
 * choose her own, works, and later changes it again from the File menu (Ctrl+Shift+P).
 */
@ExtendWith(ApplicationExtension.class)
class UsersDeskScreenTest {
    @TempDir
    static Path dir;
    private static TestBook book;
    private static AppServices services;
    private UiTaskRunner tasks;
    private RecordingDialogs dialogs;
    private DeskSession session;
    private Stage stage;

    /** The book is made before the window (on a busy machine it takes longer than TestFX waits for a window). */
    @BeforeAll
    static void book() throws Exception {
        book = TestBook.create(Files.createDirectories(dir.resolve("book")));
        book.admin();
        book.clerk();
        services = book.services();
    }

    @AfterAll
    static void closeBook() {
        book.db.close();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        tasks = new ExecutorTaskRunner(2);
        dialogs = new RecordingDialogs();
        session = new DeskSession(services, tasks, dialogs, null, "book.db", areas -> { });
        stage.setWidth(1400);
        stage.setHeight(900);
        session.showSignIn(stage);
    }

    @AfterEach
    void close() {
        tasks.shutdown();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void signIn(FxRobot robot, String user, String password) throws Exception {
        // the form's view is loaded off the FX thread
        waitUntil(() -> "Order Desk: sign in".equals(stage.getTitle()) && robot.lookup("#userField").tryQuery().isPresent());
        robot.clickOn("#userField").write(user);
        robot.clickOn("#passwordField").write(password).type(KeyCode.ENTER);
    }

    private static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#userFormMessage").queryAs(Label.class).getText();
    }

    private String storedUsers() {
        return book.db.read(s -> s.createNativeQuery("SELECT username || ':' || role || ':' || active || ':' || must_change_password"
                + " FROM app_user ORDER BY id", String.class).getResultList().toString());
    }

    @Test
    void anAdministratorCreatesAUserAndResetsAPasswordThatIsChangedAtTheNextSignIn(FxRobot robot) throws Exception {
        signIn(robot, "admin", TestBook.PASSWORD);
        waitUntil(() -> session.areas() != null);
        robot.interact(() -> session.shell().select(AdminAreas.USERS));
        DeskWindowFixture.areaIn(robot);
        TableView<UserSummary> table = robot.lookup("#userTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 2);

        // Ctrl+N: a new user with the suggested password, typed and saved from the keyboard
        ctrl(robot, KeyCode.N);
        robot.write("dora").type(KeyCode.TAB).write("Dora Diaz");
        robot.clickOn("#role-ORDER_CLERK");
        robot.clickOn("#role-AR_CLERK");
        String suggested = robot.lookup("#passwordField").queryAs(TextField.class).getText();
        assertThat(suggested).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.userName().equals("dora")));
        assertThat(message(robot)).contains("User dora created");
        UserSummary dora = table.getItems().stream().filter(u -> u.userName().equals("dora")).findFirst().orElseThrow();
        assertThat(dora.roles()).containsExactlyInAnyOrder(Role.ORDER_CLERK, Role.AR_CLERK);
        assertThat(dora.mustChangePassword()).isTrue();

        // the last administrator demoting himself: refused with the reason on the form, nothing changed, the form kept
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(u -> u.userName().equals("admin")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#userFormTitle").queryAs(Label.class).getText().contains("(admin)"));
        robot.clickOn("#role-ADMINISTRATOR");
        robot.clickOn("#role-CREDIT_MANAGER");
        String before = storedUsers();
        ctrl(robot, KeyCode.S);
        waitUntil(() -> message(robot).startsWith("Not saved"));
        assertThat(message(robot)).contains("Reason");
        robot.clickOn("#reasonField").write("moves to finance");
        ctrl(robot, KeyCode.S);
        waitUntil(() -> message(robot).contains("last active administrator"));
        assertThat(message(robot)).contains("make another user an administrator first", "Nothing was changed");
        assertThat(robot.lookup("#reasonField").queryAs(TextField.class).getText()).isEqualTo("moves to finance");
        assertThat(storedUsers()).isEqualTo(before);

        // the clerk's password reset (asks once, naming her)
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(u -> u.userName().equals("clerk1")).findFirst().orElseThrow()));
        waitUntil(() -> robot.lookup("#userFormTitle").queryAs(Label.class).getText().contains("(clerk1)"));
        robot.clickOn("#passwordField").write("temporary-42");
        robot.press(KeyCode.ALT).type(KeyCode.P).release(KeyCode.ALT);
        waitUntil(() -> message(robot).contains("reset"));
        assertThat(dialogs.confirms).singleElement().asString().startsWith("Reset password:").contains("clerk1");
        assertThat(services.auditTrail().find(book.admin(), AuditQuery.all())).extracting(AuditEntry::action)
                .contains(AuditActions.USER_ADD, AuditActions.USER_PASSWORD_RESET);

        // the clerk signs in with it and is led to choose her own; then she works
        robot.interact(() -> session.showSignIn(stage));
        signIn(robot, "clerk1", "temporary-42");
        waitUntil(() -> robot.lookup("#changePasswordTitle").tryQuery().isPresent());
        assertThat(robot.lookup("#changePasswordTitle").queryAs(Label.class).getText()).isEqualTo("Choose your own password");
        assertThat(robot.lookup("#currentPasswordField").query().isVisible()).as("the password just typed is not asked again").isFalse();
        robot.write("clerk-own-pass").type(KeyCode.TAB).write("clerk-own-typo").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#changePasswordMessage").queryAs(Label.class).getText().contains("differ"));
        robot.interact(() -> robot.lookup("#repeatPasswordField").queryAs(TextField.class).setText(""));
        robot.clickOn("#repeatPasswordField").write("clerk-own-pass").type(KeyCode.ENTER);
        waitUntil(() -> session.user() != null && session.user().isUser("clerk1") && session.areas() != null);
        assertThat(session.shell().areas()).extracting(a -> a.id()).contains(WorkAreas.ORDER_ENTRY)
                .doesNotContain(AdminAreas.USERS, AdminAreas.COMPANY);
        assertThat(services.signIn().signIn("clerk1", "temporary-42".toCharArray()).signedIn()).isFalse();
        assertThat(services.signIn().signIn("clerk1", "clerk-own-pass".toCharArray()).mustChangePassword()).isFalse();

        // later, from the File menu: Ctrl+Shift+P
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.P).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#currentPasswordField").tryQuery().filter(n -> n.isVisible()).isPresent());
        javafx.scene.Node current = robot.lookup("#currentPasswordField").query();
        waitUntil(() -> current.isFocused() && current.getScene().getWindow().isFocused());
        robot.clickOn(current);
        robot.write("clerk-own-pass").type(KeyCode.TAB).write("clerk-newer-pass").type(KeyCode.TAB).write("clerk-newer-pass")
                .type(KeyCode.ENTER);
        try {
            waitUntil(() -> "Your password was changed; it works from your next sign-in on every desk."
                    .equals(session.shell().status().getLastMessage()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the change from the menu did not finish: "
                    + robot.lookup("#changePasswordMessage").queryAs(Label.class).getText(), e);
        }
        assertThat(Window.getWindows()).hasSize(1);
        assertThat(services.signIn().signIn("clerk1", "clerk-newer-pass".toCharArray()).signedIn()).isTrue();
        assertThat(services.auditTrail().verify(book.admin(), p -> { }, () -> false).problems()).isEmpty();
    }

    /**
     * Tour of 5 December 2026 (demo book, 1366 x 768): the list cut every last sign-in to
     * "Dec 5, 2026, 12:03..." while the status column had room to spare.
     */
    @Test
    void at1366TheUserListReadsWhole(FxRobot robot) throws Exception {
        // the widths as the screen lays them out, not as an earlier run on this machine left them
        com.orderdesk.gui.common.TablePrefs.forUser().forget("users");
        robot.interact(() -> {
            com.orderdesk.gui.common.Truncation.applicationLook();
            stage.setWidth(1366);
            stage.setHeight(768);
        });
        signIn(robot, "admin", TestBook.PASSWORD);
        waitUntil(() -> session.areas() != null);
        robot.interact(() -> session.shell().select(AdminAreas.USERS));
        DeskWindowFixture.areaIn(robot);
        TableView<UserSummary> table = robot.lookup("#userTable").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(u -> u.lastSignIn() != null));
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(table)).as("headers cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutCells(table)).as("cells cut").isEmpty();
    }
}
