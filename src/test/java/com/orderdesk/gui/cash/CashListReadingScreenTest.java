package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.persistence.cash.CashFixture;
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
    final CashDeskScreen cash = new CashDeskScreen();
    private final HeldAnswer held = new HeldAnswer();

    @Start
    void start(Stage stage) throws Exception {
        CashFixture f = cash.openBook("cash-reading-test");
        var ar1 = f.desk.user("ar1");
        CashMatchingController controller = cash.desk(() -> {
            held.pass();
            return ar1;
        });
        held.holdNext();
        cash.show(stage, controller, 1258, 700);
        controller.refresh();
    }

    @AfterEach
    void close() {
        held.letGo();
    }

    @Test
    void theEmptyListSaysItIsReadingUntilTheDayIsRead(FxRobot robot) throws Exception {
        TableView<DeskPayment> list = cash.payments(robot);
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
