package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The invoices screen fits a window of 1024 x 768 and of 1366 x 768. Tour of 6 December: at 1024 it was
 * wider than the window, its row of actions (Issue ... Dispute) asking for more than the 916 px there.
 */
class InvoicesLayoutScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;

    @BeforeAll
    static void invoices() {
        f = new ClaimsFixture(book);
    }

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        ArInvoicesScreen.show(screen, stage, f);
    }

    @Test
    void theScreenFitsAt1024AndAt1366(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> !table.getItems().isEmpty());
        robot.interact(() -> table.getSelectionModel().selectFirst());
        Parent root = table.getScene().getRoot();

        Room.widen(robot, root, Room.AT_1024);
        assertThat(Room.problems(root)).as("at 1024 px").isEmpty();
        Room.widen(robot, root, Room.AT_1366);
        assertThat(Room.problems(root)).as("at 1366 px").isEmpty();
    }
}
