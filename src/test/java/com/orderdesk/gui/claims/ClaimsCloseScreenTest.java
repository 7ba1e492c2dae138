package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.Resolution;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Close follows the use case's rule (ClaimStatus.canBeClosed): disabled for an open case, which the
 * use case refuses, enabled for a resolved one, which Alt+L then closes. It was enabled for any case.
 */
class ClaimsCloseScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private ClaimsDeskController controller;

    @BeforeAll
    static void oneOpenCaseAndOneResolved() {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
        f.payWithDeduction("INV-010002", "112.71", "20.00", "PRICING", "contract price", TestBook.TODAY);
        ClaimCase first = f.claim("CASE-100001");
        f.claims().resolve(f.ar(), first.id(), first.version(), Resolution.invalid("Signed receipt, no damage"));
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.show(stage, screen, ClaimsDeskScreen.desk(f, screen), 1258);
    }

    @Test
    void closeIsOfferedForAResolvedCaseOnly(FxRobot robot) throws Exception {
        TableView<ClaimRow> queue = robot.lookup("#claimQueue").queryTableView();
        javafx.scene.control.MenuItem close = MoreMenu.item(robot, "closeItem");
        robot.interact(() -> robot.lookup("#stillToWork").queryAs(CheckBox.class).setSelected(false)); // resolved ones too
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 2);

        select(robot, queue, "CASE-100002");
        assertThat(f.claim("CASE-100002").status()).isEqualTo(ClaimStatus.OPEN);
        assertThat(close.isDisable()).as("Close for an open case").isTrue();

        select(robot, queue, "CASE-100001");
        assertThat(close.isDisable()).as("Close for a resolved case").isFalse();
        robot.press(KeyCode.ALT).type(KeyCode.L).release(KeyCode.ALT);
        ScreenFixture.waitUntil(30, () -> f.claim("CASE-100001").status() == ClaimStatus.CLOSED);
        ScreenFixture.waitUntil(30, () -> "Case closed (CASE-100001)".equals(screen.lastMessage()));
        assertThat(screen.dialogs.errors).isEmpty();
    }

    /** Selects the case in the queue and waits until its evidence (and the actions' states) are shown. */
    private void select(FxRobot robot, TableView<ClaimRow> queue, String number) throws Exception {
        robot.interact(() -> queue.getItems().stream().filter(r -> r.number().equals(number)).findFirst()
                .ifPresent(r -> queue.getSelectionModel().select(r)));
        ScreenFixture.waitUntil(30, () -> robot.lookup("#evidenceTitle").tryQuery()
                .map(n -> ((Label) n).getText().startsWith(number)).orElse(false));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
