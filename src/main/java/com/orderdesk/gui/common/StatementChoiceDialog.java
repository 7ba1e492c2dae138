package com.orderdesk.gui.common;

import com.orderdesk.logic.invoicing.print.StatementKind;
import java.time.LocalDate;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Asks which statement of account to print: "Open items" (today's, as always) or "Activity for a
 * period" with its first and last day (the last calendar month up to today at first). The print
 * button stays off while the period cannot be printed, and a sentence says why.
 */
final class StatementChoiceDialog {
    private StatementChoiceDialog() {
    }

    static Optional<StatementChoice> ask(Window owner, String title, LocalDate today) {
        Formats formats = Formats.forDefaultLocale();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        ToggleGroup kinds = new ToggleGroup();
        RadioButton open = new RadioButton(Messages.get("statement.choice.openItems", formats.date(today)));
        open.setId("statementOpenItems");
        open.setToggleGroup(kinds);
        open.setSelected(true);
        RadioButton activity = new RadioButton(Messages.get("statement.choice.activity"));
        activity.setId("statementActivity");
        activity.setToggleGroup(kinds);
        StatementChoice first = StatementChoice.activity(today);
        DatePicker from = new DatePicker(first.from());
        from.setId("statementFrom");
        DatePicker to = new DatePicker(first.to());
        to.setId("statementTo");
        DateEntry.attach(from, formats);
        DateEntry.attach(to, formats);
        Label fromLabel = new Label(Messages.get("statement.choice.from"));
        fromLabel.setLabelFor(from);
        fromLabel.setMnemonicParsing(true);
        Label toLabel = new Label(Messages.get("statement.choice.to"));
        toLabel.setLabelFor(to);
        toLabel.setMnemonicParsing(true);
        GridPane period = new GridPane();
        period.setHgap(8);
        period.setVgap(6);
        period.addRow(0, fromLabel, from);
        period.addRow(1, toLabel, to);
        period.disableProperty().bind(activity.selectedProperty().not());
        Label problem = new Label();
        problem.setId("statementProblem");
        problem.setWrapText(true);
        problem.getStyleClass().add("danger");
        dialog.getDialogPane().setContent(new VBox(8, open, activity, period, problem));
        ButtonType print = new ButtonType(Messages.get("statement.choice.show"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(print, ButtonType.CANCEL);
        var chosen = Bindings.createObjectBinding(() -> activity.isSelected()
                ? new StatementChoice(StatementKind.ACTIVITY, from.getValue(), to.getValue()) : StatementChoice.openItems(today),
                activity.selectedProperty(), from.valueProperty(), to.valueProperty());
        problem.textProperty().bind(Bindings.createStringBinding(() -> {
            String p = chosen.get().problem(today);
            return p == null ? "" : p;
        }, chosen));
        ((Button) dialog.getDialogPane().lookupButton(print)).disableProperty().bind(problem.textProperty().isNotEmpty());
        activity.selectedProperty().addListener((o, was, is) -> {
            if (is) {
                from.requestFocus();
            }
        });
        return dialog.showAndWait().filter(print::equals).map(b -> chosen.get());
    }
}
