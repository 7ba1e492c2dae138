package com.orderdesk.gui.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.util.EnumSet;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Defect (tours of 5 December 2026, demo book at 1366 x 768): a user with two roles read
 * "Order clerk and Credit m..." in the Users list while the Status column beside it, mostly
 * "Active", had room to spare. Every column reads whole: two roles, "Must change password" and a
 * sign-in time.
 */
@ExtendWith(ApplicationExtension.class)
class UsersScreenTest extends ScreenTestOnOneBook {
    private UsersViewModel model;

    @BeforeAll
    static void book() throws Exception {
        book.clerk();
        // two roles and a first password (the list says "Must change password")
        book.services().users().add(book.admin(), "olivia.b", "Olivia Bennett", EnumSet.of(Role.ORDER_CLERK, Role.CREDIT_MANAGER),
                "Quiet-Harbour-71".toCharArray());
        book.services().users().add(book.admin(), "dora", "Dora Lane", EnumSet.allOf(Role.class), "Quiet-Harbour-72".toCharArray());
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        var admin = book.admin();
        model = new UsersViewModel(new UsersDesk(book.services().users(), book.services().writeOffLimits(), () -> admin));
        UsersController controller = new UsersController(model, screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        // the work area beside the navigation rail on a 1366 px screen
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @Test
    void twoRolesAndEveryStatusReadWholeAtLaptopWidth(FxRobot robot) throws Exception {
        screen.await(30, () -> model.rows().stream().anyMatch(u -> u.roles().size() == 2), () -> "rows " + model.rows());
        TableView<?> table = robot.lookup("#userTable").queryAs(TableView.class);
        // dora's four roles are the one list meant to be cut (with a tooltip: the next test)
        assertThat(Truncation.cutCells(table)).as("user list cells cut")
                .filteredOn(c -> !c.startsWith("Order clerk and Credit manager and AR clerk and Administrator")).isEmpty();
        assertThat(Truncation.cutHeaders(table)).as("user list headers cut").isEmpty();
        assertThat(table.getItems().stream().map(String::valueOf)).anyMatch(s -> s.contains("CREDIT_MANAGER"));
        // the form's hints read whole (tour 8: the write-off limit's read "Amount, blank or 0 = non")
        assertThat(Truncation.cutPrompts(table.getScene().getRoot())).as("prompts cut").isEmpty();
    }

    @Test
    void oneUserShownIsCountedAsOne(FxRobot robot) throws Exception {
        screen.await(30, () -> model.rows().stream().anyMatch(u -> u.roles().size() == 2), () -> "rows " + model.rows());
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).setText("Olivia Bennett"));
        javafx.scene.control.Label count = robot.lookup("#countLabel").queryAs(javafx.scene.control.Label.class);
        screen.await(10, () -> "1 user".equals(count.getText()), () -> "count " + count.getText());
        robot.interact(() -> robot.lookup("#searchField").queryAs(javafx.scene.control.TextField.class).clear());
        screen.await(10, () -> count.getText().matches("[2-9]\\d* users"), () -> "count " + count.getText());
    }

    @Test
    void aUserWithEveryRoleHasThemAllInTheRolesCellsTooltip(FxRobot robot) throws Exception {
        screen.await(30, () -> model.rows().stream().anyMatch(u -> u.userName().equals("dora")), () -> "rows " + model.rows());
        TableView<?> table = robot.lookup("#userTable").queryAs(TableView.class);
        String all = "Order clerk and Credit manager and AR clerk and Administrator";
        var cell = org.testfx.util.WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (javafx.scene.control.TableCell<?, ?>) n)
                .filter(c -> "Roles".equals(c.getTableColumn().getText()) && all.equals(c.getText())).findFirst().orElseThrow()).get();
        assertThat(cell.getTooltip()).as("the whole list in a tooltip").isNotNull();
        assertThat(cell.getTooltip().getText()).isEqualTo(all);
        // the other columns still read whole; the roles are the one cut, and only for such a list
        assertThat(Truncation.cutCells(table, "Roles")).as("cells cut").isEmpty();
    }
}
