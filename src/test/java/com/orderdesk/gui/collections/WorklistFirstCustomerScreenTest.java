package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.collections.WorklistRow;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The worklist opens on its first customer (newuser19's walk as arthur: the list had the keyboard and its first
 * row a focus ring, but no row was selected, so the customer's side said 'Select a customer' and Enter, Alt+L or
 * Alt+R had no customer until the clerk found that Space or a click selects one).
 */
@ExtendWith(ApplicationExtension.class)
class WorklistFirstCustomerScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private WorklistController worklist;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        desk.openBook();
        worklist = desk.worklist(stage, 1258);
    }

    @Test
    void theFirstCustomerIsSelectedAndShownWhenTheListArrives(FxRobot robot) throws Exception {
        robot.interact(worklist::focusList); // the shell's hook on the area's first visit
        TableView<WorklistRow> table = desk.worklistTable(robot);
        desk.await(60, () -> table.getItems().size() == 2);
        Label customer = robot.lookup("#customerLabel").queryAs(Label.class);
        desk.await(60, () -> table.getSelectionModel().getSelectedIndex() == 0);
        WorklistRow first = table.getItems().get(0);
        desk.await(60, () -> customer.getText().startsWith(first.customerNo()));
        assertThat(customer.getText()).isEqualTo(first.customerNo() + "  " + first.name());
        assertThat(desk.screen.settledFocusOrParentId()).as("the keyboard").isEqualTo("worklistTable");
    }
}
