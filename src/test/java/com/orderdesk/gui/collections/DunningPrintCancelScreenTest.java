package com.orderdesk.gui.collections;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.collections.DunningRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Cancel while the dunning letters print: the bar counts the letters ("Printing letter 2 of 6"),
 * Esc stops after the letter in hand, and the status bar says how many were printed of how many.
 * The letters printed keep their level and leave the list; the rest stay in it to print again.
 */
@ExtendWith(ApplicationExtension.class)
class DunningPrintCancelScreenTest {
    @RegisterExtension
    final CollectionsScreen desk = new CollectionsScreen();
    private volatile long printDelay = 1500;

    @Start
    void start(Stage stage) throws Exception {
        desk.openBook().overdueCustomers(5);
        desk.dunning(stage, (letter, day, folder) -> {
            try {
                Thread.sleep(printDelay);
                return Files.writeString(folder.resolve(letter.customerNo() + ".pdf"), "letter");
            } catch (InterruptedException e) {
                throw new IllegalStateException("the letter in hand was interrupted", e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, 1366);
    }

    private void waitUntil(BooleanSupplier condition) throws Exception {
        desk.await(90, condition);
    }

    private List<DunningRun.Letter> letters(FxRobot robot) {
        return desk.letters(robot);
    }

    @Test
    void escDuringTheSecondLetterStopsAfterItAndSaysHowManyWerePrinted(FxRobot robot) throws Exception {
        robot.clickOn("#proposeButton");
        waitUntil(() -> desk.screen.lastMessage().contains("letters proposed"));
        List<DunningRun.Letter> proposed = letters(robot);
        assertThat(proposed).hasSize(6);
        Path out = Files.createDirectories(desk.dir().resolve("cancelled"));
        desk.screen.dialogs.folder = out;

        robot.clickOn("#dunningTable").press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        Label message = robot.lookup("#taskMessage").queryAs(Label.class);
        waitUntil(() -> "Printing letter 2 of 6".equals(message.getText()));
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> desk.screen.lastMessage().contains("cancelled"));

        assertThat(desk.screen.lastMessage()).isEqualTo("Printed 2 of 6 letters; cancelled. They are in " + out);
        assertThat(desk.screen.dialogs.errors).isEmpty();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted()).as("the letter in hand finished, none after it")
                    .containsExactly(proposed.get(0).customerNo() + ".pdf", proposed.get(1).customerNo() + ".pdf");
        }
        assertThat(letters(robot)).as("the four not printed stay to print").isEqualTo(proposed.subList(2, 6));
        printDelay = 0;
        robot.clickOn("#proposeButton");
        waitUntil(() -> desk.screen.lastMessage().startsWith("4 letters proposed"));
        assertThat(letters(robot)).extracting(DunningRun.Letter::customerNo).as("the two printed are recorded")
                .containsExactlyElementsOf(proposed.subList(2, 6).stream().map(DunningRun.Letter::customerNo).toList());
    }

    @Test
    void aUserWhoMayNotRunDunningIsToldNoLetterWasWrittenAndTheLettersStay(FxRobot robot) throws Exception {
        robot.clickOn("#proposeButton");
        waitUntil(() -> desk.screen.lastMessage().contains("letters proposed"));
        List<DunningRun.Letter> proposed = letters(robot);
        Path out = Files.createDirectories(desk.dir().resolve("refused"));
        desk.screen.dialogs.folder = out;
        desk.signIn(desk.book().book.clerk()); // the desk is now worked by someone who may not run dunning
        robot.clickOn("#dunningTable").press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        waitUntil(() -> !desk.screen.dialogs.errors.isEmpty());

        assertThat(desk.screen.dialogs.errors).singleElement().asString()
                .startsWith("The letters were not printed: ")
                .contains("may not run dunning and print reminder letters")
                .endsWith(" | No letter was written and no level recorded. | Ask a user who may run dunning to print them.");
        try (var files = Files.list(out)) {
            assertThat(files).as("no file written").isEmpty();
        }
        assertThat(letters(robot)).as("the letters stay to print").isEqualTo(proposed);
    }
}
