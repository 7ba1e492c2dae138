package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A logged note in the selected customer's contact history, at 1024 x 768 and 1366 x 768. Tour of
 * 7 December (arthur): the note's line wrapped to two lines and ended there in "re..." (the cell's
 * height was reckoned for a width wider than the one it wraps in).
 */
@ExtendWith(ApplicationExtension.class)
class WorklistHistoryLayoutScreenTest {
    private static final String NOTE = "Spoke to AP: short-paid INV-010024 for 2 boards, replacement promised by Friday;"
            + " they will pay the rest once the credit memo for the boards is issued";
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private Parent root;

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        CollectionsFixture f = desk.openBook();
        f.services.collections().logContact(f.ar(), f.book.acmeId, CollectionContact.Channel.CALL, NOTE, null);
        desk.worklist(stage, 1258);
        root = desk.scene().getRoot();
    }

    @Test
    void aLoggedNoteReadsWholeInTheHistory(FxRobot robot) throws Exception {
        TableView<?> list = desk.worklistTable(robot);
        ScreenFixture.waitUntil(60, () -> !list.getItems().isEmpty());
        ListView<?> history = robot.lookup("#historyList").queryAs(ListView.class);
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().select(0);
        });
        ScreenFixture.waitUntil(30, () -> history.getItems().stream().anyMatch(l -> l.toString().contains(NOTE)));
        for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
            Room.widen(robot, root, width);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(cutLines(history)).as("history lines cut at %.0f px", width).isEmpty();
            assertThat(Room.outside(root)).as("at %.0f px", width).isEmpty();
        }
    }

    /** The history's lines drawn shortened (a wrapped line's last row ending in "...") or past their cell's edge, as drawn. */
    private static List<String> cutLines(ListView<?> history) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            history.getScene().getRoot().applyCss();
            history.getScene().getRoot().layout();
            List<String> cut = new ArrayList<>();
            for (Node n : history.lookupAll(".list-cell")) {
                if (n instanceof ListCell<?> cell && cell.isVisible() && cell.getItem() != null) {
                    String line = cell.getItem().toString();
                    // what the cell draws (its own text or a text of its graphic), and where it ends
                    List<Text> shown = cell.lookupAll("*").stream().filter(t -> t instanceof Text text && text.isVisible()
                            && !text.getText().isEmpty()).map(t -> (Text) t).toList();
                    String drawn = String.join(" ", shown.stream().map(Text::getText).toList());
                    boolean whole = drawn.replaceAll("\\s+", " ").contains(line.replaceAll("\\s+", " ").strip());
                    boolean inside = shown.stream().allMatch(t -> t.localToScene(t.getLayoutBounds()).getMaxY()
                            <= cell.localToScene(cell.getLayoutBounds()).getMaxY() + 0.5);
                    if (!whole || !inside) {
                        cut.add(drawn + (inside ? "" : " (below the cell's edge)"));
                    }
                }
            }
            return cut;
        }).get();
    }
}
