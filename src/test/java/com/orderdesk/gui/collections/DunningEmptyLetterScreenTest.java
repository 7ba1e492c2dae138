package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.DunningLetterInputs;
import com.orderdesk.reporting.ReportCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * polish17: the letter's pane was blank (and its items list said JavaFX's "No content in list") before a letter was
 * chosen, and after a run that found nobody to remind: it now says why it is empty and what to do.
 */
@ExtendWith(ApplicationExtension.class)
class DunningEmptyLetterScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();

    @Start
    void start(Stage stage) throws Exception {
        var f = desk.openBook();
        DocumentRenderer renderer = new DocumentRenderer(new ReportCatalog(), f.services.invoicing().company());
        desk.dunning(stage, (letter, day, folder) -> {
            var input = new DunningLetterInputs(renderer.company()).letter(letter, day);
            return renderer.exportPdf(renderer.fill(input), folder.resolve(DocumentRenderer.fileName(input.name())));
        }, 1024);
    }

    private String letter(FxRobot robot) {
        return robot.lookup("#letterLabel").queryAs(Label.class).getText();
    }

    private String itemsPlaceholder(FxRobot robot) {
        return robot.lookup("#itemsList").queryAs(ListView.class).getPlaceholder() instanceof Label l ? l.getText() : "";
    }

    @Test
    void anEmptyLetterSaysWhyAndWhatToDo(FxRobot robot) throws Exception {
        assertThat(letter(robot)).as("before any run").isEqualTo(
                "No letter to read yet: propose the run's letters (Alt+P), then select one to read it here.");
        assertThat(itemsPlaceholder(robot)).isEqualTo("The selected letter's overdue items show here.");

        robot.interact(() -> robot.lookup("#proposeButton").queryButton().fire());
        desk.await(90, () -> desk.screen.lastMessage().contains("letters proposed"));
        assertThat(letter(robot)).startsWith("Level 1 to ");
        robot.interact(() -> robot.lookup("#dunningTable").queryTableView().getSelectionModel().clearSelection());
        assertThat(letter(robot)).as("no letter selected").isEqualTo("Select a letter in the list to read it here.");

        Path out = Files.createDirectories(desk.dir().resolve("letters"));
        desk.screen.dialogs.folder = out;
        robot.interact(() -> robot.lookup("#dunningTable").queryTableView().getSelectionModel().selectFirst());
        robot.clickOn("#dunningTable").press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        desk.await(90, () -> desk.screen.lastMessage().contains("letters printed"));
        robot.interact(() -> robot.lookup("#proposeButton").queryButton().fire());
        desk.await(90, () -> desk.screen.lastMessage().startsWith("0 letters proposed"));
        assertThat(letter(robot)).as("a run with nobody to remind")
                .startsWith("No letter for ").contains(": no customer has an item past a level's days");
    }
}
