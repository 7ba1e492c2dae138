package com.orderdesk.gui.fulfillment;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.ExecutorTaskRunner;
import com.orderdesk.gui.common.RecordingDialogs;
import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.application.fulfillment.RoutingSettingsUseCases;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator edits a node's handling cost and the backorder penalty and saves, saying why (kept in the
 * audit trail); a bad amount is refused and kept on screen; the window itself says what was saved.
 */
@ExtendWith(ApplicationExtension.class)
class RoutingSettingsScreenTest {
    @TempDir
    static Path dir;
    private TestBook book;
    private RoutingSettingsUseCases settings;
    private UiTaskRunner tasks;
    private StatusBarModel status;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) throws Exception {
        book = TestBook.create(Files.createDirectories(dir.resolve("book-" + System.nanoTime())));
        var admin = book.admin();
        settings = book.services().routingSettings();
        tasks = new ExecutorTaskRunner(1);
        status = new StatusBarModel();
        RoutingSettingsController controller = new RoutingSettingsController(new FulfillmentDeskServices(
                book.services().fulfillment(), book.services().shipping(), settings, () -> admin), tasks, dialogs, status);
        stage.setScene(new Scene(Views.load(controller), 1300, 800));
        Theme.style(stage.getScene());
        stage.show();
        controller.refresh();
    }

    @AfterEach
    void close() {
        tasks.shutdown();
        book.db.close();
    }

    private static Button button(FxRobot robot, String text) {
        return robot.lookup(".button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().replace("_", "").equals(text)).findFirst().orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorChangesAHandlingCostAndThePenaltyAndSaves(FxRobot robot) throws Exception {
        TableView<SettingsRows.NodeRow> nodes = robot.lookup("#nodeTable").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nodes.getItems().size() == 2);
        TextField penalty = robot.lookup("#penaltyField").queryAs(TextField.class);
        Label problems = robot.lookup("#problemsLabel").queryAs(Label.class);

        // a penalty that is not an amount: refused with the reason, what was typed stays, nothing saved
        robot.clickOn(penalty);
        robot.interact(penalty::clear);
        robot.write("forty");
        robot.interact(() -> button(robot, "Save").fire());
        assertThat(problems.getText()).startsWith("Not saved").contains("backorder penalty").contains("what you typed is kept");
        assertThat(penalty.getText()).isEqualTo("forty");
        assertThat(settings.load(book.admin()).backorderPenalty()).isEqualByComparingTo("25.00");

        // the Chicago store's handling cost, typed into its cell, and a valid penalty
        int chicago = nodes.getItems().indexOf(nodes.getItems().stream()
                .filter(r -> r.original.code().equals("ST-CHI")).findFirst().orElseThrow());
        TableColumn<SettingsRows.NodeRow, ?> handling = nodes.getColumns().stream()
                .filter(c -> c.getText().startsWith("Handling")).findFirst().orElseThrow();
        robot.interact(() -> {
            nodes.requestFocus();
            nodes.getSelectionModel().select(chicago);
            nodes.edit(chicago, (TableColumn<SettingsRows.NodeRow, String>) handling);
        });
        robot.write("9.00").type(KeyCode.ENTER);
        robot.clickOn(penalty);
        robot.interact(penalty::clear);
        robot.write("40.00");
        // asked why, as the users screen's decisions are (it saved without a reason, tour14): going back saves nothing
        robot.interact(() -> button(robot, "Save").fire());
        assertThat(dialogs.reasonsAsked).containsExactly("Save settings: routing settings");
        assertThat(problems.getText()).startsWith("Not saved: no reason was given").contains("What you typed is kept");
        assertThat(penalty.getText()).isEqualTo("40.00");
        assertThat(settings.load(book.admin()).backorderPenalty()).isEqualByComparingTo("25.00");

        dialogs.reasonAnswer = "Chicago hands over by courier now";
        robot.interact(() -> button(robot, "Save").fire());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getLastMessage() != null
                && status.getLastMessage().startsWith("Routing settings saved"));
        // the window says so itself (its own window covers the main window's status bar): what was saved
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> problems.getText().startsWith("Saved at"));
        assertThat(problems.getText()).contains("1 node").contains("the backorder penalty (40.00)")
                .doesNotContain("carrier service").doesNotContain("rate card");
        assertThat(problems.getStyleClass()).contains("success").doesNotContain("danger");
        WaitForAsyncUtils.waitForFxEvents();
        var bounds = problems.localToScene(problems.getBoundsInLocal());
        assertThat(bounds.getMaxY()).as("message inside the window").isLessThanOrEqualTo(problems.getScene().getHeight());
        RoutingSettings after = settings.load(book.admin());
        assertThat(after.backorderPenalty()).isEqualByComparingTo("40.00");
        com.orderdesk.model.audit.AuditRecord audit = book.db.read(s -> s.createSelectionQuery(
                "from AuditRecord a where a.action = 'ROUTING_SETTINGS_CHANGE'", com.orderdesk.model.audit.AuditRecord.class).getSingleResult());
        assertThat(audit.reason()).isEqualTo("Chicago hands over by courier now");
        assertThat(after.nodes()).filteredOn(n -> n.code().equals("ST-CHI"))
                .singleElement().satisfies(n -> assertThat(n.handling()).isEqualByComparingTo("9.00"));
    }
}
