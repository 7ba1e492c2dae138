package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The claims desk at 768 px high, in the room beside the rail at 1366 and at 1024 wide. Tour15 (7 December,
 * arthur): the evidence pane was two or three lines high under the note, the valid amount and five rows of
 * buttons stacked in the quarter of the width the queue leaves, and the note field was some 120 px, too
 * narrow for a sentence.
 */
class ClaimsEvidenceRoomScreenTest extends ScreenTestOnOneBook {
    /** A note as a clerk writes one: why the case is decided so, printed on the customer's document. */
    private static final String SENTENCE = "Signed delivery receipt shows all 10 boxes; carrier reports no damage";
    /**
     * Lines of evidence in sight: the case's block and the reasons the book proposes what it does, what a decision
     * rests on, without scrolling (the tour asked at least some 8; the old layout kept about 10 at 1024 x 768 while the
     * result line held a sentence, 2 or 3 under a longer one).
     */
    private static final int LINES = 12;
    private static ClaimsFixture f;
    private Parent root;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", "2 boxes crushed", TestBook.TODAY);
    }

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        var ar = f.ar();
        ClaimsDeskController controller = new ClaimsDeskController(new ClaimsDeskViewModel(f.claims(), () -> ar, TestBook.CLOCK),
                screen.tasks, screen.dialogs, screen.status, TestBook.CLOCK.getZone(), (number, target) -> target);
        root = screen.show(stage, controller, Room.AT_1366, 700).getRoot();
        controller.refresh();
    }

    @Test
    void theEvidenceShowsEightLinesAndTheNoteASentenceAt1366And1024(FxRobot robot) throws Exception {
        TableView<?> queue = robot.lookup("#claimQueue").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 1);
        robot.interact(() -> queue.getSelectionModel().selectFirst());
        ScreenFixture.waitUntil(30, () -> robot.lookup("#proposalReasons").tryQuery().isPresent());
        ScrollPane evidence = robot.lookup("#evidence").queryAs(ScrollPane.class);
        TextField note = robot.lookup("#noteField").queryAs(TextField.class);
        // the desk as it is after some work: a note added, the result line saying so
        robot.clickOn(note).write("Customer sent photos of the crushed boxes");
        com.orderdesk.gui.common.KeyPresses.alt(robot, javafx.scene.input.KeyCode.A);
        ScreenFixture.waitUntil(30, () -> robot.lookup("#claimResult").queryAs(Label.class).getText().startsWith("Note added"));
        java.util.List<String> found = new java.util.ArrayList<>();
        java.util.List<String> measured = new java.util.ArrayList<>();
        try {
            for (double width : new double[] {Room.AT_1366, Room.AT_1024}) {
                Room.widen(robot, root, width);
                double[] room = WaitForAsyncUtils.asyncFx(() -> {
                    root.applyCss();
                    root.layout();
                    // one line of the evidence: a key's height ("Customer"), the pane's text size
                    double line = evidence.getContent().lookupAll(".label").stream().map(n -> (Label) n)
                            .filter(l -> "Customer".equals(l.getText())).findFirst().orElseThrow().getHeight();
                    Text sentence = new Text(SENTENCE);
                    sentence.setFont(note.getFont());
                    double inside = note.getWidth() - note.snappedLeftInset() - note.snappedRightInset();
                    return new double[] {evidence.getViewportBounds().getHeight() / line, inside,
                            sentence.getLayoutBounds().getWidth()};
                }).get();
                measured.add(String.format("%.0f px: %.1f lines, note %.0f px", width, room[0], room[1]));
                if (room[0] < LINES) {
                    found.add(String.format("at %.0f x 700: %.1f lines of evidence in sight", width, room[0]));
                }
                if (room[1] < room[2]) {
                    found.add(String.format("at %.0f x 700: the note field's inside %.0f px, the sentence %.0f", width, room[1], room[2]));
                }
                Room.outside(root).forEach(o -> found.add(String.format("at %.0f x 700: %s", width, o)));
            }
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
        assertThat(found).as("'%s'; measured %s", SENTENCE, measured).isEmpty();
    }
}
