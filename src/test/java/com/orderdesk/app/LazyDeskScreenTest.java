package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Signing in makes the screen the user starts in and no other: the desk made every area's controller and
 * services at once, on the FX thread (1.1-2.1 s idle, 10.8 s at load 25: performance.md). Each other area is
 * made at its first visit, off the FX thread.
 */
@ExtendWith(ApplicationExtension.class)
class LazyDeskScreenTest {
    @RegisterExtension
    final DeskWindowFixture desk = DeskWindowFixture.plain();

    @Start
    void start(Stage stage) {
        Truncation.applicationLook();
        desk.window(stage, 1366, 768);
    }

    @Test
    void signingInMakesOnlyTheFirstAreaShownAndEachVisitItsOwn(FxRobot robot) throws Exception {
        TestBook book = desk.newBook("lazy-desk-test");
        DeskSession session = desk.openDesk(robot, book.admin()); // thirteen areas; the audit trail first
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#areaOpening").tryQuery().isEmpty());
        assertThat(session.shell().areas()).hasSize(13);
        assertThat(session.shell().selectedAreaProperty().get().id()).isEqualTo(WorkAreas.AUDIT);
        assertThat(session.areas().partsMade()).as("screens made at sign-in").isEqualTo(1);

        robot.interact(() -> session.shell().select(CatalogAreas.PRODUCTS));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#areaOpening").tryQuery().isEmpty());
        assertThat(session.areas().partsMade()).isEqualTo(2);
    }
}
