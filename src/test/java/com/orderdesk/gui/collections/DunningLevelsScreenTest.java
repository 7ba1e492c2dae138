package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.collections.DunningLetterTemplate;
import com.orderdesk.model.common.Money;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A credit manager (the AR lead) raises level 2's fee and makes it print the final notice, saves with
 * Ctrl+S (stored and audited); then gives level 3 fewer days than level 2: the problem is listed
 * under the form and nothing is saved.
 */
@ExtendWith(ApplicationExtension.class)
class DunningLevelsScreenTest extends ScreenTestOnOneBook {
    private static AppServices services;
    private static SignedInUser lead;

    @BeforeAll
    static void book() throws Exception {
        services = book.services();
        lead = book.manager();
    }

    @Start
    void start(Stage stage) throws Exception {
        DunningLevelsController controller = new DunningLevelsController(new DunningLevelsViewModel(services.dunning(),
                () -> lead), screen.tasks, screen.dialogs, screen.status);
        // the room the screen has in the window at 1366 x 768, under the application's look
        screen.show(stage, controller, 1258, 700);
        com.orderdesk.gui.common.Truncation.applicationLook();
        controller.refresh();
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        ScreenFixture.waitUntil(60, condition);
    }

    private String lastMessage() {
        return screen.lastMessage();
    }

    @Test
    void theLeadChangesALevelAndAProcedureWithDaysNotAscendingIsRefused(FxRobot robot) throws Exception {
        TableView<?> table = robot.lookup("#levelsTable").queryAs(TableView.class);
        waitUntil(() -> table.getItems().size() == 3);
        // Defect (5 December 2026, demo book at 1366 px): "Le...", "Days pas...", "Grace ...", "Payment remin..."
        assertThat(com.orderdesk.gui.common.Truncation.cutHeaders(table)).as("headers cut").isEmpty();
        assertThat(com.orderdesk.gui.common.Truncation.cutCells(table, "Text")).as("cells cut").isEmpty();

        robot.clickOn("30");
        waitUntil(() -> robot.lookup("#levelTitle").queryAs(Label.class).getText().equals("Level 2"));
        robot.clickOn("#feeField").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("20.00");
        // the popup's entry, not level 3's table cell that also reads "Final notice"
        robot.clickOn("#templateBox");
        waitUntil(() -> robot.lookup(".list-cell").match(LabeledMatchers.hasText("Final notice")).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText("Final notice")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#daysField").press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> lastMessage().startsWith("Dunning procedure saved"));

        List<DunningRun.Level> stored = services.dunning().levels(lead);
        assertThat(stored.get(1).fee()).isEqualTo(Money.of("20.00"));
        assertThat(stored.get(1).template()).isEqualTo(DunningLetterTemplate.FINAL_NOTICE);
        assertThat(stored.get(1).daysPastDue()).isEqualTo(30);
        assertThat(services.auditTrail().find(book.admin(), AuditQuery.all()))
                .filteredOn(e -> e.action().equals("DUNNING_LEVEL_CHANGE")).singleElement()
                .satisfies(e -> {
                    assertThat(e.user()).isEqualTo("carmen");
                    assertThat(e.documentId()).isEqualTo("level 2");
                    assertThat(e.before()).contains("\"fee\":\"15.00\"");
                    assertThat(e.after()).contains("\"fee\":\"20.00\"").contains("FINAL_NOTICE");
                });

        // level 3 at 20 days would come before level 2's 30: listed, nothing saved
        robot.clickOn("60");
        waitUntil(() -> robot.lookup("#levelTitle").queryAs(Label.class).getText().equals("Level 3"));
        robot.clickOn("#daysField").press(KeyCode.SHORTCUT, KeyCode.A).release(KeyCode.A, KeyCode.SHORTCUT).write("20");
        robot.clickOn("#saveButton");
        waitUntil(() -> lastMessage().startsWith("The dunning procedure was not saved"));
        assertThat(robot.lookup("#problemsLabel").queryAs(Label.class).getText())
                .isEqualTo("Level 3: days past due (20) must be more than level 2's (30).");
        assertThat(services.dunning().levels(lead).get(2).daysPastDue()).isEqualTo(60);
        assertThat(screen.dialogs.errors).isEmpty();
    }
}
