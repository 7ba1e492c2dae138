package com.orderdesk.gui.stock;

import static com.orderdesk.gui.common.KeyPresses.ctrl;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.persistence.TestBook;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The clerk chooses one product and, before its stock came, another: the pane shows the one chosen last.
 * The first product's stock is held until the second one is shown; let go, it came back last and showed
 * the gloves' stock under the towels the clerk had chosen.
 */
class StockLatestProductScreenTest extends ScreenTestOnOneBook {
    private final HeldAnswer firstView = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();
    private StockController stock;

    @Start
    void start(Stage stage) {
        var services = book.services();
        var clerk = book.clerk();
        stock = new StockController(new StockDeskServices(services.catalog().products(), services.catalog().stock(),
                services.authorizer(), () -> {
                    if ("counted-task".equals(Thread.currentThread().getName())) { // not the suggestions' lookups
                        firstView.pass();
                    }
                    return clerk;
                }), tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone());
        screen.show(stage, stock, 1258, 700);
        stock.refresh();
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    private static String title(FxRobot robot) {
        return robot.lookup("#productTitle").queryAs(Label.class).getText();
    }

    private void choose(FxRobot robot, String typed) throws Exception {
        robot.clickOn("#historyTable");
        ctrl(robot, KeyCode.F);
        screen.await(30, () -> "productField".equals(screen.settledFocusId()));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(typed).type(KeyCode.ENTER);
    }

    @Test
    void theProductChosenLastIsTheOneShownWhenTheEarlierOneComesBackLate(FxRobot robot) throws Exception {
        tasks.awaitAllReturned(30);
        firstView.holdNext();
        choose(robot, "large gloves");
        ScreenFixture.waitUntil(30, firstView::holding);
        choose(robot, "paper towel");
        screen.await(30, () -> stock.shown() != null && "TWL-ROLL-8".equals(stock.shown().sku()), () -> "title '" + title(robot) + "'");

        firstView.letGo();
        tasks.awaitAllReturned(30);

        assertThat(title(robot)).as("the stock beside the product chosen").startsWith("TWL-ROLL-8");
        assertThat(stock.shown().sku()).isEqualTo("TWL-ROLL-8");
    }
}
