package com.orderdesk.gui.customer;

import com.orderdesk.gui.common.DateEntry;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.logic.customer.CreditStanding;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.Lookalike;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The customer screen: the list with its search on the left, the editor on the right. Binds the
 * FXML to {@link CustomersViewModel} and turns keys into its actions: Ctrl+F search, Enter opens the
 * selected customer, Ctrl+N new, Ctrl+S save, Esc puts back what was stored (or closes the
 * lookalike note). The work (searches, saves, address checks) runs off the FX thread in the model.
 */
public final class CustomersController {
    private final CustomersViewModel vm;
    private final DialogService dialogs;
    private final Formats formats = Formats.forDefaultLocale();
    private final Validation validation = new Validation();
    private final EditorRows rows;

    /** The editor's width at which its widest rows (a ship-to with Default and Remove) and a city box read whole. */
    private static final double EDITOR_ROOM = 650;
    @FXML private BorderPane root;
    @FXML private javafx.scene.control.SplitPane split;
    @FXML private Label searchLabel;
    @FXML private TextField searchField;
    @FXML private TableView<CustomerRow> table;
    @FXML private Label footerLabel;
    @FXML private Label titleLabel;
    @FXML private Label activeChip;
    @FXML private Button saveButton;
    @FXML private VBox lookalikeBox;
    @FXML private Label lookalikeText;
    @FXML private FlowPane lookalikeButtons;
    @FXML private ScrollPane editorScroll;
    @FXML private VBox editor;
    @FXML private TextField nameField;
    @FXML private TextField numberField;
    @FXML private ComboBox<String> termsBox;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private VBox billToBox;
    @FXML private VBox shipTosBox;
    @FXML private VBox contactsBox;
    @FXML private CheckBox exemptBox;
    @FXML private TextField certificateField;
    @FXML private DatePicker expiresPicker;
    @FXML private Label exemptionWarning;
    @FXML private TextField orderEmailsField;
    @FXML private TextField ediField;
    @FXML private TextField bankField;
    @FXML private VBox partsBox;
    @FXML private Label creditLabel;
    @FXML private Label reasonLabel;
    @FXML private TextField reasonField;
    @FXML private Button activeButton;
    @FXML private VBox problemsBox;

    public CustomersController(CustomersViewModel vm, DialogService dialogs) {
        this.vm = vm;
        this.dialogs = dialogs;
        this.rows = new EditorRows(vm);
    }

    public CustomersViewModel viewModel() {
        return vm;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        searchLabel.setLabelFor(searchField);
        reasonLabel.setLabelFor(reasonField);
        new CustomerList(vm, searchField, table, footerLabel);
        bindEditor();
        vm.setOnShown(this::shown);
        vm.lookalikes().addListener((ListChangeListener<Lookalike>) c -> showLookalikes());
        vm.saveRefusedForLookalikesProperty().addListener((o, a, b) -> showLookalikes());
        vm.problems().addListener((MapChangeListener<String, String>) c -> showProblems());
        vm.busyProperty().addListener((o, a, busy) -> saveButton.setDisable(busy));
        Shortcuts.on(root).add(Shortcuts.SAVE, this::onSave).add(Shortcuts.NEW, this::onNew).add(Shortcuts.FIND, this::focusSearch);
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isConsumed() && vm.revert()) {
                e.consume();
            }
        });
        rebuildRows();
        shown();
        // at 1024 x 768 the form ran past its edge ("Rem" for Remove, a 42 px City box): the list gives the editor the
        // room its rows need where the window is narrow, and takes it back where it is wide
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, (javafx.scene.layout.Region) split.getItems().get(1), EDITOR_ROOM);
    }

    private void bindEditor() {
        CustomerForm f = vm.form();
        titleLabel.textProperty().bind(vm.titleProperty());
        nameField.textProperty().bindBidirectional(f.name);
        numberField.textProperty().bindBidirectional(f.number);
        termsBox.getItems().setAll("NET 30", "NET 15", "NET 45", "NET 60", "2/10 NET 30", "1/10 NET 30", "DUE ON RECEIPT");
        termsBox.valueProperty().bindBidirectional(f.terms);
        phoneField.textProperty().bindBidirectional(f.phone);
        emailField.textProperty().bindBidirectional(f.email);
        exemptBox.selectedProperty().bindBidirectional(f.taxExempt);
        certificateField.textProperty().bindBidirectional(f.certificate);
        certificateField.disableProperty().bind(f.taxExempt.not());
        DateEntry.attach(expiresPicker, formats);
        vm.readExemptUntilFrom(() -> DateEntry.entered(expiresPicker));
        expiresPicker.valueProperty().bindBidirectional(f.exemptUntil);
        expiresPicker.disableProperty().bind(f.taxExempt.not());
        exemptionWarning.textProperty().bind(vm.exemptionWarningProperty());
        exemptionWarning.visibleProperty().bind(vm.exemptionWarningProperty().isNotEmpty());
        exemptionWarning.managedProperty().bind(exemptionWarning.visibleProperty());
        orderEmailsField.textProperty().bindBidirectional(f.orderEmails);
        ediField.textProperty().bindBidirectional(f.ediSenderId);
        bankField.textProperty().bindBidirectional(f.bankAccounts);
        billToBox.getChildren().setAll(rows.address(f.billTo, "billTo", 0, "billTo"));
        rule(nameField, "name");
        rule(numberField, "number");
        rule(termsBox, "paymentTerms");
        rule(phoneField, "phone");
        rule(emailField, "email");
        rule(certificateField, "taxExemption.certificate");
        rule(ediField, "ediSenderId");
        validation.rule(orderEmailsField, () -> vm.listProblem("orderEmails"));
        validation.rule(bankField, () -> vm.listProblem("bankAccounts"));
        // a new customer with the phone or the name of a stored one is pointed out as the field is left
        for (TextField t : List.of(nameField, phoneField)) {
            t.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.lookForLookalikes();
                }
            });
        }
        f.shipTos.addListener((ListChangeListener<CustomerForm.ShipToRow>) c -> rebuildRows());
        f.contacts.addListener((ListChangeListener<CustomerForm.ContactRow>) c -> rebuildRows());
        f.parts.addListener((ListChangeListener<CustomerForm.PartRow>) c -> rebuildRows());
        f.creditProperty().addListener((o, a, credit) -> showCredit(credit));
        // Enter, not the field's action: Alt+W (its label's mnemonic) fires that action too, and
        // reactivated the customer before a reason could be typed
        reasonField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                onToggleActive();
            }
        });
    }

    private void rule(javafx.scene.control.Control control, String field) {
        validation.rule(control, () -> vm.problem(field, 0));
    }

    private void rebuildRows() {
        CustomerForm f = vm.form();
        rows.restartValidation();
        ToggleGroup defaults = new ToggleGroup();
        fill(shipTosBox, f.shipTos, (s, n) -> rows.shipTo(s, n, defaults, () -> f.removeShipTo(s)));
        fill(contactsBox, f.contacts, (c, n) -> rows.contact(c, n, () -> f.contacts.remove(c)));
        fill(partsBox, f.parts, (p, n) -> rows.part(p, n, () -> f.parts.remove(p)));
        rows.revalidate();
    }

    /** One editor row per item, numbered from 1. */
    private static <T> void fill(VBox box, List<T> items, BiFunction<T, Integer, Node> row) {
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            nodes.add(row.apply(items.get(i), i + 1));
        }
        box.getChildren().setAll(nodes);
    }

    /** After open, save, new or switch: the title chip, the credit, the active button and the focus. */
    private void shown() {
        CustomerForm f = vm.form();
        activeChip.getStyleClass().removeAll(CustomerText.CHIP_STYLES);
        activeChip.setText(CustomerText.chip(f.isNew(), f.isActive()));
        activeChip.getStyleClass().add(CustomerText.chipStyle(f.isNew(), f.isActive()));
        numberField.setEditable(f.isNew());
        activeButton.setText(f.isActive() ? "Deactivate" : "Reactivate");
        activeButton.setDisable(f.isNew());
        reasonField.setDisable(f.isNew());
        reasonField.clear();
        showCredit(f.creditProperty().get());
        editorScroll.setVvalue(0);
        nameField.requestFocus();
        nameField.end();
    }

    private void showCredit(CreditStanding c) {
        creditLabel.setText(CustomerText.credit(c, formats));
    }

    private void showLookalikes() {
        LookalikeNote.show(vm, lookalikeBox, lookalikeText, lookalikeButtons);
    }

    private void showProblems() {
        rows.revalidate();
        validation.revalidate();
        problemsBox.getChildren().setAll(vm.problems().values().stream().sorted().map(text -> {
            Label l = new Label(text);
            l.getStyleClass().add("danger-text");
            l.setWrapText(true);
            return (Node) l;
        }).toList());
    }

    /** Loads the first customers (or re-runs the search typed) and puts the cursor in the search box. */
    public void refresh() {
        vm.search(searchField.getText());
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }

    @FXML
    void onNew() {
        if (vm.newCustomer()) {
            nameField.requestFocus();
        }
    }

    @FXML
    void onSave() {
        // a field still being edited (a combo's text) is committed first
        termsBox.setValue(termsBox.getEditor().getText());
        vm.save();
    }

    @FXML
    void onAddShipTo() {
        vm.form().addShipTo();
        focusLast(shipTosBox);
    }

    @FXML
    void onAddContact() {
        vm.form().contacts.add(new CustomerForm.ContactRow());
        focusLast(contactsBox);
    }

    @FXML
    void onAddPart() {
        vm.form().parts.add(new CustomerForm.PartRow());
        focusLast(partsBox);
    }

    /**
     * The first text field of the box's last row (the row just added); later, as Alt+I / O / C focus
     * their button once its action ran and would take the cursor out of the new row.
     */
    private static void focusLast(VBox box) {
        javafx.application.Platform.runLater(() -> {
            if (!box.getChildren().isEmpty()) {
                box.getChildren().get(box.getChildren().size() - 1).lookupAll(".text-field").stream().findFirst()
                        .ifPresent(Node::requestFocus);
            }
        });
    }

    @FXML
    void onToggleActive() {
        CustomerForm f = vm.form();
        if (f.isNew()) {
            return;
        }
        boolean activate = !f.isActive();
        if (!activate && reasonField.getText().isBlank()) {
            reasonField.requestFocus();
            vm.tell("Type why customer " + f.storedNumber() + " is deactivated (it goes to the audit trail), then press Enter.");
            return;
        }
        if (!activate && !dialogs.confirm("Deactivate customer", "customer " + f.storedNumber() + " " + f.name.get(),
                "No new orders can be taken for it until it is reactivated; its orders, invoices and history stay.")) {
            return;
        }
        vm.setActive(activate, reasonField.getText());
    }
}
