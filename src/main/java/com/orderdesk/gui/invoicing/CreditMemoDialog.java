package com.orderdesk.gui.invoicing;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.logic.invoicing.CreditBasis;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.model.common.Money;
import com.orderdesk.logic.invoicing.print.DocumentLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.control.ScrollPane;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * Asks what to credit on one invoice: everything not yet credited, an amount (tax included), or
 * chosen lines by quantity, always with a reason. Whether it may be credited is decided by the
 * service, which explains a refusal (never more than was invoiced and not yet credited).
 */
final class CreditMemoDialog {
    private CreditMemoDialog() {
    }

    private static Label whole(String text) {
        Label label = new Label(text);
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    /** Lines shown without scrolling, where the window has the height: six, a wrapped description's two-line rows too. */
    static final int ROWS_SHOWN = 6;
    /**
     * The height the dialog's header, choices, reason, buttons and the preview of what it credits (up to five
     * rows) take around the lines (about 310 px under the application's look before the preview came).
     */
    private static final double AROUND_LINES = 420;

    /**
     * The height that shows the first {@link #ROWS_SHOWN} lines whole (all of them when fewer), measured
     * in the dialog's own look, at most what the owner window leaves. A height of 28 px a line (a text
     * field's row is some 38, a wrapped description's 44) showed 2.5 of 3 lines and 4 of 7 (tour of 6 December).
     */
    private static double linesHeight(Dialog<?> dialog, GridPane lineGrid, Window owner) {
        dialog.getDialogPane().applyCss();
        int rows = Math.min(ROWS_SHOWN, Math.max(1, (int) lineGrid.getChildren().stream().map(GridPane::getRowIndex)
                .filter(java.util.Objects::nonNull).distinct().count()));
        double height = lineGrid.snappedTopInset() + lineGrid.snappedBottomInset() + lineGrid.getVgap() * (rows - 1);
        for (int row = 0; row < rows; row++) {
            double tallest = 0;
            for (javafx.scene.Node n : lineGrid.getChildren()) {
                Integer at = GridPane.getRowIndex(n);
                if (at != null && at == row) {
                    double width = n instanceof Region r && r.getPrefWidth() > 0 ? r.getPrefWidth() : n.prefWidth(-1);
                    tallest = Math.max(tallest, Math.max(n.minHeight(width), n.prefHeight(width)));
                }
            }
            height += tallest;
        }
        double room = owner == null ? height : Math.max(120, owner.getHeight() - AROUND_LINES);
        return Math.ceil(Math.min(height, room));
    }

    private static Map<Integer, String> texts(Map<Integer, TextField> fields) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        fields.forEach((line, field) -> texts.put(line, field.getText()));
        return texts;
    }

    static Optional<CreditRequest> ask(Window owner, DocumentRow invoice, List<DocumentLine> lines, CreditBasis basis,
                                       Formats formats) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Credit memo on " + invoice.number());
        dialog.setHeaderText("Credit memo on invoice " + invoice.number() + " (" + invoice.customerName() + "), total "
                + formats.money(invoice.total()) + ", open " + formats.money(invoice.open()));
        ToggleGroup kind = new ToggleGroup();
        RadioButton full = new RadioButton("Everything not yet credited");
        RadioButton amount = new RadioButton("An amount, tax included:");
        RadioButton byLines = new RadioButton("Chosen lines, by quantity:");
        // at the dialog's 600 px the grid shrank the choices' column ("Everything not y..."): each keeps its width
        for (RadioButton choice : List.of(full, amount, byLines)) {
            choice.setMinWidth(Region.USE_PREF_SIZE);
        }
        full.setToggleGroup(kind);
        amount.setToggleGroup(kind);
        byLines.setToggleGroup(kind);
        GridPane lineGrid = new GridPane();
        lineGrid.setHgap(8);
        lineGrid.setVgap(4);
        Map<Integer, TextField> quantities = new LinkedHashMap<>();
        int r = 0;
        for (DocumentLine l : lines) {
            TextField q = new TextField();
            q.setId("creditQty" + l.lineNo());
            q.setPrefColumnCount(5);
            q.setPromptText("0");
            q.disableProperty().bind(byLines.selectedProperty().not());
            quantities.put(l.lineNo(), q);
            // number, SKU and quantity whole ("invoiced 1 ..." was cut); a long description wraps instead
            Label description = new Label(l.description());
            description.setWrapText(true);
            description.setPrefWidth(240);
            description.setMinHeight(Region.USE_PREF_SIZE);
            lineGrid.addRow(r++, whole(l.lineNo() + "  " + l.sku()), description,
                    whole("invoiced " + l.quantity().stripTrailingZeros().toPlainString() + " " + l.unit()), q);
        }
        ScrollPane lineScroll = new ScrollPane(lineGrid);
        lineScroll.setFitToWidth(true);
        full.setSelected(true);
        TextField amountField = new TextField();
        amountField.setId("creditAmount");
        amountField.setPromptText("e.g. " + formats.money(Money.of("25.00")));
        amountField.disableProperty().bind(full.selectedProperty());
        TextField reason = new TextField();
        reason.setId("creditReason");
        reason.setPrefColumnCount(32);
        reason.setPromptText("Why: returned goods, price correction, goodwill…");
        Label problem = new Label();
        problem.getStyleClass().add("danger");
        // what Issue would credit, as the clerk types (the rules' own decision, in memory: CreditMemoDraft)
        Label preview = new Label();
        preview.setId("creditPreview");
        preview.setWrapText(true);
        preview.setMinHeight(Region.USE_PREF_SIZE);
        java.util.function.Supplier<CreditMemoDraft.Read> read = () -> CreditMemoDraft.read(full.isSelected()
                ? CreditMemoDraft.Kind.FULL : amount.isSelected() ? CreditMemoDraft.Kind.AMOUNT : CreditMemoDraft.Kind.LINES,
                amountField.getText(), texts(quantities), reason.getText(), formats);
        Runnable showPreview = () -> preview.setText(String.join("\n", CreditMemoDraft.preview(basis, read.get(), formats)));
        kind.selectedToggleProperty().addListener((o, was, now) -> showPreview.run());
        amountField.textProperty().addListener((o, was, now) -> showPreview.run());
        quantities.values().forEach(q -> q.textProperty().addListener((o, was, now) -> showPreview.run()));
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.setMinWidth(Region.USE_PREF_SIZE);
        grid.add(full, 0, 0, 2, 1);
        grid.addRow(1, amount, amountField);
        grid.add(byLines, 0, 2, 2, 1);
        grid.add(lineScroll, 0, 3, 2, 1);
        grid.addRow(4, new Label("Reason"), reason);
        grid.addRow(5, new Label("To credit"), preview);
        grid.add(problem, 0, 6, 2, 1);
        showPreview.run();
        dialog.getDialogPane().setContent(grid);
        lineScroll.setPrefViewportHeight(linesHeight(dialog, lineGrid, owner));
        ButtonType issue = new ButtonType("Issue credit memo", ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(issue, ButtonType.CANCEL);
        CreditRequest[] result = {null};
        dialog.getDialogPane().lookupButton(issue).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            CreditMemoDraft.Read typed = read.get();
            if (typed.request() == null) {
                problem.setText(typed.problem());
                e.consume();
                return;
            }
            result[0] = typed.request();
            if (reason.getText() == null || reason.getText().isBlank()) {
                problem.setText("Give the reason for the credit; it prints on the credit memo.");
                e.consume();
            }
        });
        // the first choice, not "Issue credit memo": asked before showing, the focus went to the default button
        dialog.setOnShown(e -> javafx.application.Platform.runLater(full::requestFocus));
        return dialog.showAndWait().filter(b -> b == issue).map(b -> result[0]);
    }
}
