package com.orderdesk.gui.cash;

import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * Maps the columns of a bank's CSV export the desk does not know: the file's first rows are shown,
 * and the person names the bank and picks which column is the date (and its pattern), the amount
 * (signed, or a credit column), the payer's name and account, the remittance text and the bank's
 * reference. OK with a mapping that cannot read the file lists why and keeps the dialog open.
 */
final class CsvMappingDialog extends Dialog<BankCsvMapping> {
    static final List<String> PATTERNS = List.of("yyyy-MM-dd", "MM/dd/yyyy", "dd/MM/yyyy", "dd.MM.yyyy", "dd.MM.yy",
            "M/d/yyyy", "yyyyMMdd");
    private final List<String> header;
    private final char delimiter;
    private final TextField bank = new TextField();
    private final ComboBox<String> date = columns("csvDate");
    private final ComboBox<String> datePattern = new ComboBox<>();
    private final ComboBox<String> amount = columns("csvAmount");
    private final ComboBox<String> credit = columns("csvCredit");
    private final CheckBox decimalComma = new CheckBox(Messages.get("cash.csvmap.decimalComma"));
    private final ComboBox<String> currency = columns("csvCurrency");
    private final TextField defaultCurrency = new TextField("USD");
    private final ComboBox<String> payerName = columns("csvPayerName");
    private final ComboBox<String> payerAccount = columns("csvPayerAccount");
    private final ComboBox<String> bankReference = columns("csvBankReference");
    private final List<CheckBox> remittance = new ArrayList<>();
    private final Label problems = new Label();

    CsvMappingDialog(Window owner, String fileName, List<String> header, char delimiter, List<List<String>> sample,
                     Optional<BankCsvMapping> earlier) {
        this.header = List.copyOf(header);
        this.delimiter = delimiter;
        for (ComboBox<String> box : List.of(date, amount, credit, currency, payerName, payerAccount, bankReference)) {
            box.getItems().add(""); // "none": most columns are optional
            box.getItems().addAll(header);
        }
        initOwner(owner);
        setTitle(Messages.get("cash.csvmap.title"));
        setHeaderText(Messages.get("cash.csvmap.header").replace("{0}", fileName));
        setResizable(true);
        bank.setId("csvBank");
        bank.setPromptText(Messages.get("cash.csvmap.bankPrompt"));
        datePattern.setId("csvDatePattern");
        datePattern.setEditable(true);
        datePattern.getItems().setAll(PATTERNS);
        datePattern.setValue(guessPattern(sample));
        decimalComma.setId("csvDecimalComma");
        decimalComma.setSelected(delimiter == ';');
        defaultCurrency.setId("csvDefaultCurrency");
        defaultCurrency.setPrefColumnCount(4);
        FlowPane refs = new FlowPane(10, 4);
        for (int i = 0; i < header.size(); i++) {
            CheckBox box = new CheckBox(header.get(i));
            box.setId("csvRef" + i);
            remittance.add(box);
            refs.getChildren().add(box);
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        int row = 0;
        grid.addRow(row++, label("cash.csvmap.bank", bank), bank);
        grid.addRow(row++, label("cash.csvmap.date", date), date, label("cash.csvmap.datePattern", datePattern), datePattern);
        grid.addRow(row++, label("cash.csvmap.amount", amount), amount, label("cash.csvmap.credit", credit), credit);
        grid.addRow(row++, new Label(), decimalComma);
        grid.addRow(row++, label("cash.csvmap.currency", currency), currency,
                label("cash.csvmap.defaultCurrency", defaultCurrency), defaultCurrency);
        grid.addRow(row++, label("cash.csvmap.payerName", payerName), payerName,
                label("cash.csvmap.payerAccount", payerAccount), payerAccount);
        grid.addRow(row++, label("cash.csvmap.bankReference", bankReference), bankReference);
        grid.add(new Label(Messages.get("cash.csvmap.remittance")), 0, row);
        grid.add(refs, 1, row, 3, 1);
        problems.setId("csvProblems");
        problems.getStyleClass().add("danger");
        problems.setWrapText(true);
        problems.setMaxWidth(640);
        problems.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        getDialogPane().setContent(new VBox(10, preview(header, sample), grid, problems));
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        earlier.ifPresent(this::show);
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("csvOk");
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            List<String> found = check();
            if (!found.isEmpty()) {
                problems.setText(String.join("\n", found));
                getDialogPane().getScene().getWindow().sizeToScene();
                e.consume();
            }
        });
        setResultConverter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE ? mapping() : null);
        // the OK button takes the focus on show; the person starts with the bank's name
        setOnShown(e -> javafx.application.Platform.runLater(bank::requestFocus));
    }

    /** Why OK cannot save what is on the form, or empty. */
    List<String> check() {
        try {
            return mapping().problems(header);
        } catch (IllegalArgumentException | NullPointerException e) {
            return List.of(Messages.get("cash.csvmap.amountOrCredit"));
        }
    }

    private BankCsvMapping mapping() {
        List<String> refs = remittance.stream().filter(CheckBox::isSelected).map(CheckBox::getText).toList();
        return new BankCsvMapping(bank.getText().strip(), delimiter, value(date), datePattern.getEditor().getText().strip(),
                value(amount), value(credit), decimalComma.isSelected(), value(currency),
                defaultCurrency.getText().strip().toUpperCase(java.util.Locale.ROOT), value(payerName), value(payerAccount),
                refs, value(bankReference));
    }

    private void show(BankCsvMapping m) {
        bank.setText(m.name());
        date.setValue(m.dateColumn());
        datePattern.setValue(m.datePattern());
        amount.setValue(m.amountColumn());
        credit.setValue(m.creditColumn());
        decimalComma.setSelected(m.decimalComma());
        currency.setValue(m.currencyColumn());
        defaultCurrency.setText(m.defaultCurrency());
        payerName.setValue(m.payerNameColumn());
        payerAccount.setValue(m.payerAccountColumn());
        bankReference.setValue(m.bankReferenceColumn());
        remittance.forEach(b -> b.setSelected(m.referenceColumns().contains(b.getText())));
    }

    private static String value(ComboBox<String> box) {
        return box.getValue() == null ? "" : box.getValue();
    }

    private static ComboBox<String> columns(String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setPrefWidth(200);
        return box;
    }

    private static Label label(String key, javafx.scene.Node target) {
        return Mnemonics.labelFor(Messages.get(key), target);
    }

    /** The file's first rows under its header, so the person sees what each column holds. */
    private static TableView<List<String>> preview(List<String> header, List<List<String>> sample) {
        TableView<List<String>> table = new TableView<>();
        table.setId("csvPreview");
        table.setFocusTraversable(false);
        for (int i = 0; i < header.size(); i++) {
            int col = i;
            TableColumn<List<String>, String> c = new TableColumn<>(header.get(i));
            c.setCellValueFactory(r -> new ReadOnlyStringWrapper(col < r.getValue().size() ? r.getValue().get(col) : ""));
            c.setSortable(false);
            table.getColumns().add(c);
        }
        table.getItems().setAll(sample);
        table.setPrefHeight(36 + 26.0 * Math.max(1, sample.size()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    /** The first listed pattern that reads a cell of every sample row, or the ISO one. */
    static String guessPattern(List<List<String>> sample) {
        for (String p : PATTERNS) {
            DateTimeFormatter f = DateTimeFormatter.ofPattern(p);
            for (int col = 0; !sample.isEmpty() && col < sample.get(0).size(); col++) {
                int c = col;
                if (sample.stream().allMatch(r -> c < r.size() && parses(r.get(c), f))) {
                    return p;
                }
            }
        }
        return PATTERNS.get(0);
    }

    private static boolean parses(String text, DateTimeFormatter f) {
        try {
            LocalDate.parse(text.strip(), f);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }
}
