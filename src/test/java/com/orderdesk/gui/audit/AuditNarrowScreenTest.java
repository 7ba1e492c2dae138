package com.orderdesk.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Room;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.gui.common.Truncation;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The audit trail in the room it has at 1024 x 768 (916 x 700). Look of 8 December (admin): "What happened" read
 * "Customer C-10023 collector as..." on every row, whole only in a tooltip or below the table, one entry at a time.
 * An auditor reads each sentence: they wrap in their cells, at 1366 too, where most fit on one line.
 */
@ExtendWith(ApplicationExtension.class)
class AuditNarrowScreenTest extends ScreenTestOnOneBook {
    private AuditViewerController controller;

    @BeforeAll
    static void entries() {
        book.arClerk();
        book.services().writeOffLimits().set(book.admin(), "ar1", Money.of("500.00"), "Small claims within the team's limit");
    }

    @Start
    void start(Stage stage) {
        SignedInUser admin = book.admin();
        controller = new AuditViewerController(book.services().auditTrail(), () -> admin, screen.tasks, screen.status,
                ZoneOffset.UTC);
        Truncation.applicationLook();
        screen.show(stage, controller, Room.AT_1024, 700);
    }

    @Test
    void whatHappenedReadsWholeAt1024(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        robot.interact(controller::refresh);
        ScreenFixture.waitUntil(30, () -> !table.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = WaitForAsyncUtils.asyncFx(() -> table.lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "What happened".equals(c.getTableColumn().getText()) && c.isVisible()
                        && c.getText() != null && !c.getText().isEmpty())
                .filter(c -> !c.getText().equals(c.lookupAll(".text").stream().filter(t -> t instanceof Text)
                        .map(t -> ((Text) t).getText()).findFirst().orElse(c.getText())))
                .map(c -> c.getText() + " (" + Math.round(c.getWidth()) + " px)").toList()).get();
        assertThat(cut).as("what happened, cut at 1024").isEmpty();
        assertThat(Truncation.columnsOutOfView(table)).as("columns out of view").isEmpty();
    }
}
