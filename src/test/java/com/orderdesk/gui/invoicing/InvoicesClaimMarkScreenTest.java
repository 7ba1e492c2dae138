package com.orderdesk.gui.invoicing;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.Contrast;
import com.orderdesk.gui.common.ScreenFixture;
import com.orderdesk.gui.common.ScreenTestOnOneBook;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimOrigin;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.claims.ClaimsFixture;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * An invoice the customer disputes (a claim case open on it) shows it in the list's status cell:
 * "Open" and a "Disputed" mark whose tooltip names the case and its reason; the invoice without a
 * case shows its chip alone. Before, both read "Open" (keyboard tour, 6 December).
 */
class InvoicesClaimMarkScreenTest extends ScreenTestOnOneBook {
    private static ClaimsFixture f;

    @BeforeAll
    static void disputeOne() {
        f = new ClaimsFixture(book);
        f.book.db.write(s -> {
            Invoice i = s.createSelectionQuery("from Invoice i where i.number = 'INV-010001'", Invoice.class).getSingleResult();
            ClaimCase c = new ClaimCase("CASE-900001", ClaimKind.DISPUTE, ClaimOrigin.DESK, i, Money.of("15.00"), Money.ZERO,
                    ClaimReason.PRICING, TestBook.TODAY, TestBook.TODAY.plusDays(30), "arthur", TestBook.CLOCK.instant());
            s.persist(c);
            return c.number();
        });
    }

    @Start
    void start(Stage stage) {
        ArInvoicesScreen.show(screen, stage, f);
    }

    /** The status cell shown for {@code invoice}'s row. */
    @SuppressWarnings("unchecked")
    private static TableCell<DocumentRow, DocumentRow> statusCell(FxRobot robot, String invoice) {
        return robot.lookup(".status-cell").queryAllAs(TableCell.class).stream()
                .filter(c -> c.getItem() instanceof DocumentRow r && r.number().equals(invoice))
                .map(c -> (TableCell<DocumentRow, DocumentRow>) c).findFirst().orElseThrow();
    }

    @Test
    void theDisputedInvoiceShowsTheMarkWithTheCaseAndReasonAndTheOtherDoesNot(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 2);

        TableCell<DocumentRow, DocumentRow> disputed = statusCell(robot, "INV-010001");
        List<Label> marks = disputed.lookupAll("." + StandingCell.MARK_CLASS).stream().map(Label.class::cast).toList();
        assertThat(marks).hasSize(1);
        Label mark = marks.get(0);
        assertThat(mark.isVisible()).isTrue();
        assertThat(mark.getText()).isEqualTo("Disputed");
        assertThat(mark.getTooltip().getText()).isEqualTo("Dispute CASE-900001 is open: price. It is worked on the claims desk.");
        assertThat(disputed.getText()).as("the cell's words, for copying and screen readers").isEqualTo("Open · disputed");
        assertThat(mark.localToScreen(mark.getBoundsInLocal()).getMaxX())
                .as("the mark whole inside its column").isLessThanOrEqualTo(disputed.localToScreen(disputed.getBoundsInLocal()).getMaxX());

        TableCell<DocumentRow, DocumentRow> plain = statusCell(robot, "INV-010002");
        assertThat(plain.lookupAll("." + StandingCell.MARK_CLASS)).allMatch(n -> !n.isVisible());
        assertThat(plain.getText()).doesNotContain("disputed");
    }

    /**
     * Tour of 7 December: on the selected row the mark turned white (the theme's text for emphasis fills) on the
     * row's pale selection and could not be read.
     */
    @Test
    void theMarkReadsOnTheSelectedRow(FxRobot robot) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<DocumentRow> table = robot.lookup("#table").queryAs(TableView.class);
        ScreenFixture.waitUntil(30, () -> table.getItems().size() == 2);
        // the application's Primer theme, whose colours the marks look up (headless tests run without it)
        robot.interact(com.orderdesk.gui.common.Truncation::applicationLook);
        // selected while the focus is elsewhere (back from the dispute dialog it is on a button): the pale selection
        robot.interact(() -> {
            table.getSelectionModel().select(table.getItems().stream().filter(r -> r.number().equals("INV-010001")).findFirst().orElseThrow());
            robot.lookup("#searchField").query().requestFocus();
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();

        TableCell<DocumentRow, DocumentRow> disputed = statusCell(robot, "INV-010001");
        Label mark = (Label) disputed.lookup("." + StandingCell.MARK_CLASS);
        javafx.scene.paint.Color text = (javafx.scene.paint.Color) mark.getTextFill();
        var fills = disputed.getTableRow().getBackground().getFills();
        javafx.scene.paint.Color row = (javafx.scene.paint.Color) fills.get(fills.size() - 1).getFill();
        assertThat(Contrast.ratio(text, row)).as("contrast of the mark's " + text + " on the selected row's " + row).isGreaterThan(3.0);
    }
}
