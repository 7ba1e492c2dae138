package com.orderdesk.gui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.CountedTasks;
import com.orderdesk.gui.common.HeldAnswer;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.OrderChannel;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Two quick searches in the audit trail: the first one's answer (an order's entries) is held until the
 * second one's (a user's write-off limit) is shown, then let go. It came back last and put the order's
 * entries under the second search's filter.
 */
class AuditLatestSearchScreenTest extends ScreenTestOnOneBook {
    private final HeldAnswer firstSearch = new HeldAnswer();
    private final CountedTasks tasks = new CountedTasks();

    @BeforeAll
    static void entries() throws Exception {
        book.services().orders().save(book.clerk(), new OrderDraft(null, null, book.acmeId, book.acmeShipToId,
                OrderChannel.PHONE, "PO-AUD", null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 2, null, BigDecimal.ZERO))));
        book.arClerk();
        book.services().writeOffLimits().set(book.admin(), "ar1", Money.of("500.00"), "Small claims");
    }

    @Start
    void start(Stage stage) {
        SignedInUser admin = book.admin();
        AuditViewerController controller = new AuditViewerController(book.services().auditTrail(), () -> {
            firstSearch.pass();
            return admin;
        }, tasks, screen.status, ZoneOffset.UTC);
        screen.show(stage, controller, 1258, 700);
    }

    @AfterEach
    void stop() {
        tasks.shutdown();
    }

    @Test
    void theLaterSearchsEntriesStayWhenTheEarlierOnesComeBackLate(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#auditTable").queryAs(TableView.class);
        TextField document = robot.lookup("#documentField").queryAs(TextField.class);

        firstSearch.holdNext();
        robot.clickOn(document).write("SO-100001").type(KeyCode.ENTER);
        ScreenFixture.waitUntil(30, firstSearch::holding);
        robot.interact(() -> document.setText("ar1"));
        robot.clickOn(document).type(KeyCode.ENTER);
        screen.await(30, () -> table.getItems().stream().anyMatch(e -> e.action().equals("WRITE_OFF_LIMIT")),
                () -> "rows " + table.getItems());
        String count = robot.lookup("#auditCount").queryAs(Label.class).getText();

        firstSearch.letGo();
        tasks.awaitAllReturned(30);

        assertThat(table.getItems()).as("the entries about ar1, as the field says")
                .isNotEmpty().allMatch(e -> "ar1".equals(e.documentId()), "about ar1");
        assertThat(robot.lookup("#auditCount").queryAs(Label.class).getText()).isEqualTo(count);
    }
}
