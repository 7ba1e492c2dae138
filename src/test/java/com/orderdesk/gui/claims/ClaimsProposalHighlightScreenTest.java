package com.orderdesk.gui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * The highlighted decision is the one the proposal words: tour12 saw "Valid: credit" in the accent colour
 * above "Proposal: valid 0.00 of 49.72" (the engine was right: every unit billed was confirmed shipped).
 */
class ClaimsProposalHighlightScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;
    private ClaimsDeskController controller;

    @BeforeAll
    static void threeShortageClaims() {
        f = new ClaimsFixture(book);
        // INV-010001 shipped whole: nothing short (0.00 valid); INV-010002: 2 of 10 short, 26.54 with tax
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010001", ClaimReason.QUANTITY_SHORT, Money.of("20.00"),
                "2 boxes missing"));
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.QUANTITY_SHORT, Money.of("20.00"),
                "2 boxes missing"));
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.DAMAGED, Money.of("30.00"),
                "3 boxes crushed"));
    }

    @Start
    void start(Stage stage) {
        controller = ClaimsDeskScreen.show(stage, screen, ClaimsDeskScreen.desk(f, screen), 1258);
    }

    @Test
    void theHighlightedDecisionIsTheProposedOne(FxRobot robot) throws Exception {
        TableView<ClaimRow> queue = robot.lookup("#claimQueue").queryTableView();
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 3);

        select(robot, queue, "CASE-100001");
        assertThat(text(robot, "#proposal")).isEqualTo("Proposal: valid 0.00 of 20.00.");
        assertThat(highlighted(robot)).as("highlighted beside valid 0.00").containsExactly("#invalidButton");

        select(robot, queue, "CASE-100002");
        assertThat(text(robot, "#proposal")).isEqualTo("Proposal: valid 20.00 of 20.00.");
        assertThat(highlighted(robot)).as("highlighted beside valid 20.00 of 20.00").containsExactly("#validButton");

        select(robot, queue, "CASE-100003");
        assertThat(text(robot, "#proposal")).isEqualTo("Proposal: a person decides.");
        assertThat(highlighted(robot)).as("highlighted when a person decides").isEmpty();
    }

    /**
     * With no case selected the resolution's fields hold nothing of the last case: tour15 (7 December, arthur) resolved
     * a case that then left the list ("Still to work") and the desk went on showing its "Valid amount 80.94" beside
     * "Select a case", ready for a decision on no case.
     */
    @Test
    void noCaseSelectedLeavesNoValidAmount(FxRobot robot) throws Exception {
        TableView<ClaimRow> queue = robot.lookup("#claimQueue").queryTableView();
        ScreenFixture.waitUntil(30, () -> queue.getItems().size() == 3);
        select(robot, queue, "CASE-100002");
        assertThat(robot.lookup("#validField").queryTextInputControl().getText()).isEqualTo("20.00");

        robot.interact(() -> queue.getSelectionModel().clearSelection());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#validField").queryTextInputControl().getText()).as("valid amount with no case").isEmpty();
        assertThat(text(robot, "#proposal")).isEmpty();
    }

    private static List<String> highlighted(FxRobot robot) {
        return List.of("#validButton", "#invalidButton", "#partlyButton").stream()
                .filter(id -> robot.lookup(id).queryButton().getStyleClass().contains("accent")).toList();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private void select(FxRobot robot, TableView<ClaimRow> queue, String number) throws Exception {
        robot.interact(() -> queue.getItems().stream().filter(r -> r.number().equals(number)).findFirst()
                .ifPresent(r -> queue.getSelectionModel().select(r)));
        ScreenFixture.waitUntil(30, () -> robot.lookup("#evidenceTitle").tryQuery()
                .map(n -> ((Label) n).getText().startsWith(number)).orElse(false) && !text(robot, "#proposal").isEmpty());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
