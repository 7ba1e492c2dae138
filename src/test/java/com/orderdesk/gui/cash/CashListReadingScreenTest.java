package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * While the day's payments are still being read, the empty list says so, not "No payments for this
 * day". New user's tour of 6 December (load 30): the desk opened on "No payments for this day.
 * Import a bank file or enter a cheque." for several seconds, then 176 payments appeared.
 */
@ExtendWith(ApplicationExtension.class)
class CashListReadingScreenTest {
    @RegisterExtension
    final ScreenFixture screen = new ScreenFixture();
    private final HeldAnswer held = new HeldAnswer();
    private CashFixture f;

    @Start
    void start(Stage stage) throws Exception {
        ScreenFixture.allowSlowSetup();
        Path dir = Files.createTempDirectory("cash-reading-test");
        f = new CashFixture(dir);
        var ar1 = f.desk.user("ar1");
        CashMatchingController controller = new CashMatchingController(new CashDeskServices(f.book.services().cash(),
                f.book.services().customers(), TestBook.CLOCK, () -> {
                    held.pass();
                    return ar1;
                }), screen.tasks, screen.dialogs, screen.status);
        held.holdNext();
        screen.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        held.letGo();
        f.book.db.close();
    }

    @Test
    void theEmptyListSaysItIsReadingUntilTheDayIsRead(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DeskPayment> list = robot.lookup("#paymentTable").queryAs(TableView.class);
        ScreenFixture.waitUntil(90, held::holding);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getItems()).isEmpty();
        assertThat(((Label) list.getPlaceholder()).getText()).as("while the day is read")
                .isEqualTo("Reading the payments of Nov 26, 2026\u2026");

        held.letGo();
        ScreenFixture.waitUntil(90, () -> ((Label) list.getPlaceholder()).getText().startsWith("No payments"));
        assertThat(((Label) list.getPlaceholder()).getText()).isEqualTo("No payments for this day. Import a bank file or enter a cheque.");
    }
}
