package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The collector moves from Acme (no history) to the schools (a promise) before Acme's history came: the
 * pane beside the schools shows their promise. Acme's history is held until the schools' is shown; let go,
 * it came back last and emptied the schools' history under their name.
 */
@ExtendWith(ApplicationExtension.class)
class WorklistLatestHistoryScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private final HeldAnswer firstFile = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();

    @Start
    void start(Stage stage) throws Exception {
        CollectionsFixture f = desk.openBook();
        f.services.collections().recordPromise(f.ar(), f.book.exemptId, Money.of("120.00"), TestBook.TODAY.plusDays(2),
                "Accounts payable will pay on Saturday");
        desk.worklist(stage, f.services, tasks, () -> {
            firstFile.pass();
            return desk.signedIn();
        }, 1366);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void theCustomerSelectedLastHasItsHistoryShownWhenTheEarlierOneComesBackLate(FxRobot robot) throws Exception {
        TableView<WorklistRow> table = desk.worklistTable(robot);
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        ScreenFixture.waitUntil(60, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().clearSelection());
        tasks.awaitAllReturned(30);

        firstFile.holdNext();
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.customerNo().equals("C-10001")).findFirst().orElseThrow()));
        ScreenFixture.waitUntil(30, firstFile::holding);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(r -> r.customerNo().equals("C-10002")).findFirst().orElseThrow()));
        desk.screen.await(30, () -> history.getItems().stream().anyMatch(l -> String.valueOf(l).startsWith("Promise 120.00")),
                () -> "history " + history.getItems());

        firstFile.letGo();
        tasks.awaitAllReturned(30);

        assertThat(robot.lookup("#customerLabel").queryAs(Label.class).getText()).startsWith("C-10002");
        assertThat(history.getItems()).as("the schools' history").anyMatch(l -> String.valueOf(l).startsWith("Promise 120.00"));
        assertThat(desk.screen.dialogs.errors).isEmpty();
    }
}
