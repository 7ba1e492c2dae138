package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.InvoiceStanding;
import com.orderdesk.logic.invoicing.OpenClaim;
import com.orderdesk.logic.invoicing.print.DocumentKind;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimReason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/**
 * The list's status cell: the standing's chip and, on an invoice under an open claim case, a mark
 * with the word ("Disputed", "Deduction") whose tooltip names the case and its reason. An AR clerk
 * printing, reminding or collecting sees that the customer contests it (an "Open" chip alone hid it:
 * keyboard tour, 6 December). The cell's text says both, for copying and screen readers.
 */
final class StandingCell extends TableCell<DocumentRow, DocumentRow> {
    static final String MARK_CLASS = "claim-mark";
    static final String TITLE = "Status";
    private final StatusChip chip = new StatusChip();
    private final Label mark = new Label();
    private final Tooltip why = new Tooltip();
    private final HBox both = new HBox(4, chip, mark);

    StandingCell() {
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        getStyleClass().add("status-cell");
        mark.getStyleClass().add(MARK_CLASS);
        mark.setMinWidth(Label.USE_PREF_SIZE);
        mark.setTooltip(why);
        both.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    /** The Status column: sorted by standing, the disputed ones of a standing after the others. */
    static TableColumn<DocumentRow, DocumentRow> column() {
        TableColumn<DocumentRow, DocumentRow> c = new TableColumn<>(TITLE);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue()));
        c.setCellFactory(col -> new StandingCell());
        c.setComparator(Comparator.comparing(DocumentRow::standing).thenComparing(DocumentRow::disputed));
        // until measured (DocumentColumns.fit): "Open" or "Overdue" and "Disputed" whole
        c.setPrefWidth(175);
        return c;
    }

    /**
     * A row of each status the cell can show: every standing with a chip, without a claim mark and
     * with each mark (what the column's width must hold, whatever the list shows at the moment).
     */
    static List<DocumentRow> everyStatus() {
        List<DocumentRow> rows = new ArrayList<>();
        for (InvoiceStanding standing : InvoiceStanding.values()) {
            if (StatusKind.fromName(standing.name()).isEmpty()) {
                continue;
            }
            rows.add(row(standing, null));
            for (ClaimKind kind : ClaimKind.values()) {
                rows.add(row(standing, new OpenClaim("CL-0", kind, ClaimReason.values()[0], 0)));
            }
        }
        return rows;
    }

    private static DocumentRow row(InvoiceStanding standing, OpenClaim claim) {
        return new DocumentRow(DocumentKind.INVOICE, "", "", "", null, null, null, null, standing, null, null, 0, null, claim);
    }

    static String markWord(OpenClaim claim) {
        return claim.kind() == ClaimKind.DISPUTE ? "Disputed" : "Deduction";
    }

    /**
     * The table property under which a narrow list ({@link NarrowDocumentColumns}) says its marks take their short word
     * ("Disp.", "Ded."; whole in the mark's tooltip and the cell's text): "Partly paid" with its "Deduction" took some
     * 200 px of a list of 700 at 1024 x 768, where the customer had 170.
     */
    static final String SHORT_MARKS = "standing.shortMarks";

    static String shortMarkWord(OpenClaim claim) {
        return claim.kind() == ClaimKind.DISPUTE ? "Disp." : "Ded.";
    }

    private boolean shortMarks() {
        return getTableView() != null && Boolean.TRUE.equals(getTableView().getProperties().get(SHORT_MARKS));
    }

    static String explanation(OpenClaim claim) {
        String more = claim.others() == 0 ? "" : claim.others() == 1 ? " (and 1 more open case)"
                : " (and " + claim.others() + " more open cases)";
        return claim.kind().label() + " " + claim.caseNumber() + " is open: " + claim.reason().label().toLowerCase(Locale.ROOT)
                + more + ". It is worked on the claims desk.";
    }

    @Override
    protected void updateItem(DocumentRow row, boolean empty) {
        super.updateItem(row, empty);
        StatusKind kind = empty || row == null ? null : StatusKind.fromName(row.standing().name()).orElse(null);
        if (kind == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        chip.setStatus(kind);
        OpenClaim claim = row.openClaim();
        mark.setVisible(claim != null);
        mark.setManaged(claim != null);
        mark.setText(claim == null ? "" : shortMarks() ? shortMarkWord(claim) : markWord(claim));
        why.setText(claim == null ? "" : explanation(claim));
        setText(kind.label() + (claim == null ? "" : " · " + markWord(claim).toLowerCase(Locale.ROOT)));
        setGraphic(both);
    }
}
