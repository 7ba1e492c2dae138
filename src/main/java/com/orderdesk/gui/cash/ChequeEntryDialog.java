package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.ParsedField;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.ChequeRules;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Typing a cheque in from the paper: payer, the MICR line (routing, account, cheque number),
 * amount, date and up to six stub lines. Each field says next to it what is wrong; OK with
 * problems lists them and keeps the dialog open.
 */
final class ChequeEntryDialog extends Dialog<ChequeInput> {
    static final int STUB_LINES = 6;
    private final Formats formats = Formats.forDefaultLocale();
    private final LocalDate today;
    private final Validation validation = new Validation();
    private final TextField payer = field("chequePayer", 28);
    private final TextField chequeNo = field("chequeNo", 10);
    private final TextField routing = field("chequeRouting", 10);
    private final TextField account = field("chequeAccount", 14);
    private final TextField amountField = field("chequeAmount", 12);
    private final ParsedField<BigDecimal> amount = ParsedField.attach(amountField, formats.moneyConverter());
    private final DatePicker date = new DatePicker();
    private final List<TextField[]> stub = new ArrayList<>();
    private final List<ParsedField<BigDecimal>> stubAmounts = new ArrayList<>();
    private final Label problems = new Label();
    private final Label imageLabel = new Label();
    private Path stubImage;

    ChequeEntryDialog(Window owner, DialogService dialogs, LocalDate today) {
        this.today = today;
        initOwner(owner);
        setTitle(Messages.get("cash.cheque.title"));
        setHeaderText(Messages.get("cash.cheque.header"));
        date.setId("chequeDate");
        DateEntry.attach(date, formats);
        date.setValue(today);
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("cash.cheque.payer", payer), payer);
        GridPane.setColumnSpan(payer, 3);
        grid.addRow(row++, label("cash.cheque.routing", routing), routing, label("cash.cheque.account", account), account);
        grid.addRow(row++, label("cash.cheque.number", chequeNo), chequeNo, label("cash.cheque.amount", amountField), amountField);
        grid.addRow(row++, label("cash.cheque.date", date), date);
        // over the label column beside too: in the routing number's width its text read "12/7/202" (tour of 7 December)
        GridPane.setColumnSpan(date, 2);
        date.setMaxWidth(Double.MAX_VALUE);
        grid.add(new Label(Messages.get("cash.cheque.stub")), 0, row++, 4, 1);
        for (int i = 0; i < STUB_LINES; i++) {
            TextField ref = field("stubRef" + i, 12);
            TextField amt = field("stubAmount" + i, 10);
            TextField note = field("stubNote" + i, 24); // room for its hint, "Note (e.g. less 25.00 damaged)"
            ref.setPromptText(Messages.get("cash.cheque.stubRef"));
            amt.setPromptText(Messages.get("cash.cheque.stubAmount"));
            note.setPromptText(Messages.get("cash.cheque.stubNote"));
            stub.add(new TextField[] {ref, amt, note});
            ParsedField<BigDecimal> parsed = ParsedField.attach(amt, formats.moneyConverter());
            stubAmounts.add(parsed);
            validation.watch(parsed, v -> v.signum() > 0 ? null : "The amount must be more than zero.");
            grid.addRow(row++, new Label(String.valueOf(i + 1)), ref, amt, note);
        }
        Button image = new Button(Messages.get("cash.cheque.image"));
        image.setMnemonicParsing(true);
        image.setOnAction(e -> dialogs.chooseFileToOpen(Messages.get("cash.cheque.image.title"), null,
                Messages.get("cash.cheque.image.filter"), "*.png", "*.jpg", "*.jpeg", "*.tif", "*.tiff", "*.pdf").ifPresent(p -> {
                    stubImage = p;
                    imageLabel.setText(p.getFileName().toString());
                }));
        grid.add(image, 0, row, 2, 1);
        grid.add(imageLabel, 2, row, 2, 1);
        problems.setId("chequeProblems");
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.setMaxWidth(620);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, grid, problems));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        rules();
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("chequeOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            validation.revalidate();
            List<String> all = new ArrayList<>(validation.problems());
            Map<String, String> rules = ChequeRules.check(input(), today);
            if (amount.getError() != null) {
                rules.remove("amount"); // the reading problem already says it
            }
            if (DateEntry.entered(date).unread() != null) {
                rules.remove("date"); // as above: the rules saw the date the picker kept, not the text
            }
            all.addAll(rules.values().stream().filter(p -> !all.contains(p)).toList());
            if (!all.isEmpty()) {
                problems.setText(String.join("\n", all));
                getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? input() : null);
        // the OK button takes the focus on show; typing must start in the payer field
        setOnShown(e -> javafx.application.Platform.runLater(payer::requestFocus));
    }

    private void rules() {
        validation.rule(payer, () -> problem("payer"));
        validation.rule(routing, () -> ChequeRules.routing(routing.getText()));
        validation.rule(account, () -> ChequeRules.account(account.getText()));
        validation.rule(chequeNo, () -> ChequeRules.chequeNo(chequeNo.getText()));
        validation.rule(amountField, () -> amount.getError() != null ? amount.getError() : ChequeRules.amount(amount.getValue()));
        // text that is no date says so, rather than the rules judging the date the picker kept under it
        validation.rule(date, () -> {
            String unread = DateEntry.entered(date).unread();
            return unread != null ? unread : problem("date");
        });
    }

    private String problem(String field) {
        return ChequeRules.check(input(), today).get(field);
    }

    private ChequeInput input() {
        List<ChequeInput.StubLine> lines = new ArrayList<>();
        for (int i = 0; i < stub.size(); i++) {
            TextField[] f = stub.get(i);
            if (!f[0].getText().isBlank() || !f[1].getText().isBlank() || !f[2].getText().isBlank()) {
                lines.add(new ChequeInput.StubLine(f[0].getText().strip(), stubAmounts.get(i).getValue(), f[2].getText().strip()));
            }
        }
        return new ChequeInput(payer.getText(), chequeNo.getText(), routing.getText(), account.getText(), amount.getValue(),
                DateEntry.entered(date).kept(), lines, stubImage == null ? null : stubImage.toString());
    }

    private static TextField field(String id, int columns) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(columns);
        return f;
    }

    private static Label label(String key, javafx.scene.Node target) {
        return Mnemonics.labelFor(Messages.get(key), target);
    }

    Optional<ChequeInput> ask() {
        return showAndWait();
    }

    Map<String, String> currentProblems() {
        return ChequeRules.check(input(), today);
    }
}
