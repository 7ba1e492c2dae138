package com.orderdesk.gui.claims;

import static com.orderdesk.gui.common.TableLook.sidewaysBar;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.persistence.claims.ClaimsFixture;
import javafx.scene.Parent;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The returns screen at 1024 x 768 and at 1366 x 768, empty and then with an invoice's lines and returns of the
 * demo's longest reason and status. Tour of 7 December (returns16, arthur, demo book, 1024 x 768): the invoice's
 * empty hint was cut, and both tables scrolled sideways (the lines' columns some 740 px in about 440, the returns'
 * some 1,200 in about 870); the chosen node ("ST-CHI Chicago Branch Store (0 km)") and the longest reason were cut
 * in their fields.
 */
@ExtendWith(ApplicationExtension.class)
class ReturnsLayoutScreenTest extends ScreenTestOnOneBook {
    private static final String LONGEST = "Midwest Veterinary Clinic Corp.";
    private static ClaimsFixture f;
    private Parent root;
    private ReturnsController controller;

    @BeforeAll
    static void book() throws Exception {
        f = new ClaimsFixture(book);
        book.db.write(s -> s.createNativeMutationQuery("UPDATE customer SET name = ? WHERE id = ?")
                .setParameter(1, LONGEST).setParameter(2, book.acmeId).executeUpdate());
        var clerk = f.clerk();
        // the longest reason, and a return partly received: the widest status still to come
        f.returns().authorize(clerk, new ReturnRequest("INV-010001", 1, 4, ReturnReason.SURPLUS, null, null, null));
        f.returns().authorize(clerk, new ReturnRequest("INV-010001", 2, 2, ReturnReason.WRONG_ITEM, null, null, null));
        var first = f.returns().list(clerk).rows().get(0);
        f.returns().receive(clerk, first.id(), first.version(), 1, 0, null);
    }

    @Start
    void start(Stage stage) throws Exception {
        Truncation.applicationLook();
        var clerk = f.clerk();
        controller = new ReturnsController(new ReturnsViewModel(f.returns(), () -> clerk), screen.tasks, screen.dialogs,
                screen.status, number -> null);
        root = screen.show(stage, controller, Room.AT_1366, 700).getRoot();
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theHintsAndBothTablesReadWholeAt1024AndAt1366(FxRobot robot) throws Exception {
        TableView<Object> lines = table(robot, "#returnableLines");
        TableView<Object> rmas = table(robot, "#rmaTable");
        try {
            // empty: the hints where the rows will be
            for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
                Room.widen(robot, root, width);
                assertThat(Room.problems(root)).as("empty, at %.0f px", width).isEmpty();
            }
            robot.interact(() -> {
                controller.refresh();
                ((javafx.scene.control.TextField) root.lookup("#invoiceField")).setText("INV-010001");
                root.lookup("#invoiceField").fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED,
                        "", "", javafx.scene.input.KeyCode.ENTER, false, false, false, false));
            });
            ScreenFixture.waitUntil(30, () -> lines.getItems().size() == 2 && rmas.getItems().size() == 2);
            // the longest reason in its field (the tour: "Surplus (ordered too m..." at either width)
            robot.interact(() -> ((javafx.scene.control.ComboBox<ReturnReason>) root.lookup("#returnReason"))
                    .setValue(ReturnReason.SURPLUS));
            for (double width : new double[] {Room.AT_1024, Room.AT_1366}) {
                Room.widen(robot, root, width);
                WaitForAsyncUtils.waitForFxEvents();
                assertThat(Room.problems(root)).as("at %.0f px", width).isEmpty();
                for (TableView<Object> t : java.util.List.of(lines, rmas)) {
                    assertThat(Truncation.columnsOutOfView(t)).as("%s's columns past its edge at %.0f px (%s)", t.getId(), width, widths(t))
                            .isEmpty();
                    assertThat(sidewaysBar(t)).as("%s scrolls sideways at %.0f px", t.getId(), width).isFalse();
                    assertThat(Truncation.cutHeaders(t)).as("%s's headers cut at %.0f px", t.getId(), width).isEmpty();
                    assertThat(Truncation.cutCells(t)).as("%s's cells cut at %.0f px", t.getId(), width).isEmpty();
                }
            }
        } finally {
            Room.widen(robot, root, Room.AT_1366);
        }
    }

    /** Each shown column's title and width, and the table's: what a failure shows. */
    private static String widths(TableView<?> table) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> table.getVisibleLeafColumns().stream()
                .map(c -> c.getText() + " " + Math.round(c.getWidth())).toList() + " in " + Math.round(table.getWidth())).get();
    }

}
