package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The claims desk opens on its first case, as the shell opens it: the queue's load started, then the keyboard given to
 * the queue before its rows are back (newuser19's walk as arthur: the first row had the focus ring but no case was
 * selected, so the evidence said 'Select a case' and every action stayed greyed until a click or Space).
 */
@ExtendWith(ApplicationExtension.class)
class ClaimsFirstCaseScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private ClaimsDeskController controller;

    @BeforeAll
    static void book() throws Exception {
        f = ClaimsDeskScreen.twoDeductions(book);
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.show(stage, screen, ClaimsDeskScreen.desk(f, screen), Room.AT_1366);
        controller.focusQueue(); // the shell's hook, straight after the refresh, as on the area's first visit
    }

    @Test
    void theFirstCaseIsSelectedWithItsEvidenceWhenTheQueueArrives(FxRobot robot) throws Exception {
        screen.await(60, () -> controller.rows().size() == 2);
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        screen.await(60, () -> queue.getSelectionModel().getSelectedIndex() == 0
                && robot.lookup("#evidenceTitle").tryQuery().isPresent());
        assertThat(screen.settledFocusOrParentId()).as("the keyboard").isEqualTo("claimQueue");
    }
}
