package com.orderdesk.gui.order;

import static com.orderdesk.gui.common.TableLook.widths;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.security.Role;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Order entry's lines shrunk to the room of a 1024 x 768 window and grown back to 1366 x 768: each column gets back
 * the width it had at 1366 ({@link NarrowLines} gives the fitted figures and the description their wide widths and
 * lets the table's policy share them out again). No test failed where that refit was left out (narrow17): the
 * titles came back, the figures kept their narrow widths. The table itself comes back as wide as it was (the divider
 * moved at 1024 is given back), so the whole layout at 1366 is as it was at first.
 */
class OrderLinesRefitScreenTest extends ScreenTestOnOneBook {
    private Scene scene;

    @Start
    void start(Stage stage) {
        var clerk = book.user("clerk1", Role.ORDER_CLERK);
        OrderEntryController controller = OrderEntryScreens.controller(book, clerk, screen);
        Truncation.applicationLook();
        scene = screen.show(stage, controller, Room.AT_1366, 700);
    }

    @Test
    void theLinesColumnsGetTheirWideWidthsBackWhenTheWindowGrowsTo1366(FxRobot robot) throws Exception {
        TableView<?> lines = robot.lookup("#linesTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitForFxEvents();
        double wideTable = lines.getWidth();
        Map<String, Long> wide = widths(lines);
        assertThat(wide.keySet()).as("the lines' columns at 1366 px").contains("#", "Unit", "Unit price", "Extended", "Available");

        Room.widen(robot, scene.getRoot(), Room.AT_1024);
        ScreenFixture.waitUntil(10, () -> !widths(lines).containsKey("#"));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Long> narrow = widths(lines);
        assertThat(narrow).as("the lines' columns at 1024 px").containsKey("Price");

        Room.widen(robot, scene.getRoot(), Room.AT_1366);
        ScreenFixture.waitUntil(10, () -> widths(lines).containsKey("#"));
        // the table as wide as it was at 1366 where it gets so (see below), then its columns
        try {
            ScreenFixture.waitUntil(10, () -> Math.abs(lines.getWidth() - wideTable) < 1);
        } catch (java.util.concurrent.TimeoutException e) {
            // told below with the widths
        }
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Long> back = widths(lines);
        assertThat(back.keySet()).as("the columns back at 1366 px").containsExactlyElementsOf(wide.keySet());
        // the table as wide as at first and each column within a pixel of its first width: the layout after 1366 ->
        // 1024 -> 1366 is the first 1366 layout. The divider SplitRoom moved at 1024 (the lines' 720 px beside the
        // timeline) stayed where the split pane's skin shared the width back out, the timeline keeping half of it:
        // the table came back 34 px narrower (layout18, 7 December: 930 -> 896 px at 1366 x 768)
        assertThat(lines.getWidth()).as("the lines' width back at 1366 px (wide %s in %.0f, at 1024 %s, back %s)", wide, wideTable, narrow, back)
                .isCloseTo(wideTable, org.assertj.core.data.Offset.offset(1.0));
        for (String title : wide.keySet()) {
            assertThat(back.get(title)).as("%s back at 1366 px (wide %s in %.0f, at 1024 %s, back %s in %.0f)", title, wide, wideTable, narrow, back,
                            lines.getWidth())
                    .isBetween(wide.get(title) - 1, wide.get(title) + 1);
        }
    }

}
