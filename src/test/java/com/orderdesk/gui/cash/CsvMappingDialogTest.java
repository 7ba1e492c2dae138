package com.orderdesk.gui.cash;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.CashCsvMappingTestData;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** An AR clerk maps the columns of a credit union's CSV export the desk does not know, as the import asks. */
@ExtendWith(ApplicationExtension.class)
class CsvMappingDialogTest {
    private static final List<List<String>> SAMPLE = List.of(
            List.of("26.11.2026", "26.11.2026", "ACME JANITORIAL SUPPLY INC", "021000021:555001", "INV-000101", "", "490,00", "TX-1"),
            List.of("26.11.2026", "26.11.2026", "Bank fee", "", "Monthly fee", "12,50", "", "TX-2"));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(new Label("cash desk")), 600, 400));
        stage.show();
    }

    private Future<Optional<BankCsvMapping>> open(Optional<BankCsvMapping> earlier) {
        Future<Optional<BankCsvMapping>> answer = WaitForAsyncUtils.asyncFx(() -> new CsvMappingDialog(stage, "export.csv",
                CashCsvMappingTestData.HEADER, ';', SAMPLE, earlier).showAndWait());
        WaitForAsyncUtils.waitForFxEvents();
        if (answer.isDone()) {
            try {
                answer.get(); // the dialog did not even show: its exception says why
            } catch (Exception e) {
                throw new AssertionError("the dialog failed to open", e);
            }
        }
        return answer;
    }

    private static void choose(FxRobot robot, String combo, String column) {
        robot.clickOn(combo);
        robot.clickOn(robot.lookup(".list-cell").match(LabeledMatchers.hasText(column)).queryLabeled());
    }

    @Test
    void theClerkPicksEachColumnAndOkGivesTheMappingTheImportSaves(FxRobot robot) throws Exception {
        Future<Optional<BankCsvMapping>> answer = open(Optional.empty());
        assertThat(robot.lookup("#csvPreview").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(robot.lookup("#csvDatePattern").queryAs(ComboBox.class).getValue())
                .as("guessed from the sample's dates").isEqualTo("dd.MM.yyyy");

        robot.clickOn("#csvBank").write("Cascade Credit Union");
        robot.clickOn("#csvOk");
        assertThat(robot.lookup("#csvProblems").queryLabeled().getText())
                .contains("Choose either the signed amount column or the credit column");
        assertThat(answer.isDone()).as("the dialog stays open").isFalse();

        choose(robot, "#csvDate", "Buchung");
        choose(robot, "#csvCredit", "Haben");
        choose(robot, "#csvPayerName", "Auftraggeber");
        choose(robot, "#csvPayerAccount", "Konto");
        choose(robot, "#csvBankReference", "Ref");
        robot.clickOn("#csvRef4"); // Verwendung: the remittance text
        robot.clickOn("#csvOk");

        assertThat(answer.get(10, TimeUnit.SECONDS)).contains(CashCsvMappingTestData.mapping("Cascade Credit Union"));
    }

    @Test
    void aSavedMappingOpensFilledInAndCancelGivesNothing(FxRobot robot) throws Exception {
        Future<Optional<BankCsvMapping>> answer = open(Optional.of(CashCsvMappingTestData.mapping("Cascade CU")));
        assertThat(robot.lookup("#csvBank").queryTextInputControl().getText()).isEqualTo("Cascade CU");
        assertThat(robot.lookup("#csvCredit").queryAs(ComboBox.class).getValue()).isEqualTo("Haben");

        robot.clickOn("Cancel");

        assertThat(answer.get(10, TimeUnit.SECONDS)).isEmpty();
    }
}
