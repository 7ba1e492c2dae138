package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.StatusChip;
import com.orderdesk.gui.common.StatusKind;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.Listing;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Products work area: the catalogue (search by SKU, words of the description in any order, or
 * GTIN), the selected product's form and its customers' contract prices. Administrators add
 * (Ctrl+N), save (Ctrl+S) and discontinue or reinstate (Alt+D); everyone else reads.
 */
public final class ProductsController {
    private static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final CatalogDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final ProductForm form = new ProductForm(formats);
    private final Validation validation = new Validation();
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(200));
    private ContractPricesPane prices;
    private Task<?> listing;
    /** Set while the list selection is changed by the screen itself (not by the user choosing a row). */
    private boolean selecting;
    /** A product is shown in the form, or a new one is being typed. */
    private boolean formOpen;

    @FXML private BorderPane root;
    @FXML private TextField searchField;
    @FXML private CheckBox discontinuedBox;
    @FXML private Button newButton;
    @FXML private Button saveButton;
    @FXML private Button discontinueButton;
    @FXML private TableView<ProductRow> table;
    @FXML private Label countLabel;
    @FXML private Label formTitle;
    @FXML private TextField skuField;
    @FXML private TextField unitField;
    @FXML private TextField descriptionField;
    @FXML private TextField caseQtyField;
    @FXML private TextField weightField;
    @FXML private TextField gtinField;
    @FXML private TextField categoryField;
    @FXML private TextField listPriceField;
    @FXML private TextField costField;
    @FXML private CheckBox taxableBox;
    @FXML private VBox problemsBox;
    @FXML private TableView<ContractPriceRow> pricesTable;
    @FXML private TextField priceCustomerField;
    @FXML private DatePicker priceFromPicker;
    @FXML private DatePicker priceToPicker;
    @FXML private TextField priceField;
    @FXML private Button addPriceButton;
    @FXML private Button endPriceButton;
    @FXML private javafx.scene.control.RadioButton byProductRadio;
    @FXML private javafx.scene.control.RadioButton byCustomerRadio;
    @FXML private Label priceProblemLabel;

    public ProductsController(CatalogDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
    }

    public ProductForm form() {
        return form;
    }

    public ObservableList<ProductRow> rows() {
        return rows;
    }

    /** The contract prices shown (the product's or the chosen customer's). */
    public List<ContractPriceRow> priceRows() {
        return prices.rows();
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(root);
        table.setItems(rows);
        table.getColumns().setAll(List.of(
                column("SKU", ProductRow::sku, 108), // "TWL-ROLL-8", "BR607-01" whole
                column("Description", ProductRow::description, 240),
                column("Unit", ProductRow::unit, 50),
                column("Case", r -> Integer.toString(r.caseQuantity()), 58),
                MoneyColumn.of("List price", ProductRow::listPrice, formats, 96), // the header whole under the app's look
                statusColumn()));
        table.getColumns().get(3).setStyle("-fx-alignment: CENTER-RIGHT;");
        // the description gives way at 1366 px: every other column keeps its width (figures are never cut);
        // the cost is in the form, not the list, so the list fits beside it
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getColumns().get(1).setMinWidth(120);
        // every product listed is active unless discontinued ones are asked for: only then a status
        table.getColumns().get(5).visibleProperty().bind(discontinuedBox.selectedProperty());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TablePrefs.forUser().remember(table, "products");
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> chosen(old, row));
        bindForm();
        prices = new ContractPricesPane(services, tasks, dialogs, status, formats, new ContractPricesPane.Controls(pricesTable,
                byProductRadio, byCustomerRadio, priceCustomerField, priceFromPicker, priceToPicker, priceField, addPriceButton,
                endPriceButton, priceProblemLabel));
        typingPause.setOnFinished(e -> refresh());
        searchField.textProperty().addListener((o, a, b) -> typingPause.playFromStart());
        discontinuedBox.selectedProperty().addListener((o, a, b) -> refresh());
        searchField.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty()) {
                    table.getSelectionModel().selectFirst();
                }
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                descriptionField.requestFocus();
            }
        });
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (SAVE.match(e)) {
                e.consume();
                onSave();
            } else if (NEW.match(e)) {
                e.consume();
                onNew();
            } else if (FIND.match(e)) {
                e.consume();
                focusSearch();
            }
        });
        boolean editable = services.mayMaintain();
        for (Button b : List.of(newButton, saveButton, discontinueButton)) {
            b.setVisible(editable);
            b.setManaged(editable);
        }
        setFormEditable(false);
        form.editingProperty().addListener((o, a, p) -> showTitle());
        form.dirtyProperty().addListener((o, a, d) -> showTitle());
        showTitle();
    }

    private void bindForm() {
        Map<TextField, javafx.beans.property.StringProperty> fields = Map.of(skuField, form.sku, unitField, form.unit,
                descriptionField, form.description, caseQtyField, form.caseQuantity, weightField, form.weightKg, gtinField,
                form.gtin, categoryField, form.category, listPriceField, form.listPrice, costField, form.cost);
        fields.forEach((f, p) -> f.textProperty().bindBidirectional(p));
        taxableBox.selectedProperty().bindBidirectional(form.taxable);
        Map<Control, String> columns = Map.of(skuField, "sku", unitField, "unit", descriptionField, "description",
                caseQtyField, "case_qty", weightField, "weight_kg", gtinField, "gtin", categoryField, "category",
                listPriceField, "list_price", costField, "cost");
        columns.forEach((c, column) -> validation.rule(c, () -> form.problemFor(column)));
        form.problems().addListener((javafx.collections.ListChangeListener<? super com.orderdesk.logic.catalog.InputProblem>) c -> {
            problemsBox.getChildren().clear();
            if (!form.problems().isEmpty()) {
                problemsBox.getChildren().add(new Label("Not saved. Please correct:"));
                form.problems().forEach(p -> {
                    Label l = new Label("\u2022 " + ProductForm.sentence(p));
                    l.getStyleClass().add("danger-text");
                    l.setWrapText(true);
                    problemsBox.getChildren().add(l);
                });
            }
            validation.revalidate();
        });
    }

    private static TableColumn<ProductRow, String> column(String title, Function<ProductRow, String> value, double width) {
        TableColumn<ProductRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private TableColumn<ProductRow, StatusKind> statusColumn() {
        TableColumn<ProductRow, StatusKind> c = new TableColumn<>("Status");
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().active() ? StatusKind.ACTIVE
                : StatusKind.DISCONTINUED));
        c.setCellFactory(StatusChip.cellFactory());
        c.setPrefWidth(115); // the widest chip, "Discontinued"
        return c;
    }

    /** Reloads the list with the current search; keeps the selected product selected. */
    public void refresh() {
        if (listing != null) {
            listing.cancel();
        }
        String search = searchField.getText();
        boolean all = discontinuedBox.isSelected();
        Task<Listing<ProductRow>> task = UiTasks.of(() -> services.list(search, all), listed -> {
            ProductRow shown = form.editingProperty().get();
            selecting = true;
            try {
                rows.setAll(listed.rows());
                if (shown != null) {
                    rows.stream().filter(r -> r.id() == shown.id()).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
                }
            } finally {
                selecting = false;
            }
            countLabel.setText(String.format("%,d products%s", rows.size(),
                    rows.size() >= com.orderdesk.application.catalog.ProductMaintenance.LIST_LIMIT ? " (search to narrow)" : ""));
            status.setCounts(countLabel.getText());
            if (!listed.damaged().isEmpty()) {
                status.showMessage(listed.damageNote());
            }
        }, e -> status.showMessage("Products could not be listed: " + e.getMessage()));
        listing = task;
        tasks.run(task);
    }

    private void chosen(ProductRow old, ProductRow row) {
        if (selecting || row == null) {
            return;
        }
        if (form.dirtyProperty().get() && !dialogs.confirm("Discard changes", form.isNew() ? "the new product"
                : form.editingProperty().get().sku(), "What you typed since the last save will be lost.")) {
            selecting = true;
            try {
                if (old == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(old);
                }
            } finally {
                selecting = false;
            }
            return;
        }
        formOpen = true;
        form.show(row);
        prices.show(row);
        setFormEditable(services.mayMaintain());
        skuField.setEditable(false);
    }

    @FXML
    void onNew() {
        if (!services.mayMaintain()) {
            return;
        }
        if (form.dirtyProperty().get() && !dialogs.confirm("Discard changes", form.isNew() ? "the new product"
                : form.editingProperty().get().sku(), "What you typed since the last save will be lost.")) {
            return;
        }
        selecting = true;
        try {
            table.getSelectionModel().clearSelection();
        } finally {
            selecting = false;
        }
        formOpen = true;
        form.startNew();
        prices.show(null);
        setFormEditable(true);
        skuField.setEditable(true);
        skuField.requestFocus();
    }

    @FXML
    void onSave() {
        if (!services.mayMaintain() || !formOpen) {
            return;
        }
        ProductData data;
        try {
            data = form.toData();
        } catch (InputRefusedException e) {
            refused(e);
            return;
        }
        ProductRow editing = form.editingProperty().get();
        saveButton.setDisable(true);
        tasks.run(UiTasks.of(() -> editing == null ? services.create(data) : services.edit(editing.id(), editing.version(), data),
                this::saved, this::saveFailed));
    }

    private void saved(ProductRow p) {
        saveButton.setDisable(false);
        boolean created = form.isNew();
        form.show(p);
        skuField.setEditable(false);
        prices.show(p);
        selecting = true;
        try {
            rows.removeIf(r -> r.id() == p.id());
            rows.add(p);
            rows.sort(java.util.Comparator.comparing(ProductRow::sku));
            table.getSelectionModel().select(p);
            table.scrollTo(p);
        } finally {
            selecting = false;
        }
        status.showMessage("Product " + p.sku() + (created ? " added" : " saved") + ".");
    }

    private void saveFailed(Throwable e) {
        saveButton.setDisable(false);
        if (e instanceof InputRefusedException r) {
            refused(r);
        } else if (e instanceof ConcurrentEditException) {
            dialogs.error(e.getMessage(), "Everything you typed is still on screen.",
                    "Note your changes, choose the product again in the list to reload it, and type them again.");
        } else {
            dialogs.error("The product could not be saved: " + e.getMessage(), "Everything you typed is still on screen.",
                    "Try Ctrl+S again in a moment; nothing was stored.", e);
        }
    }

    private void refused(InputRefusedException e) {
        form.refused(e.problems());
        status.showMessage("Not saved: " + e.problems().size() + " problem(s) to correct");
        Control first = validation.firstInvalidControl();
        if (first != null) {
            first.requestFocus();
        }
    }

    @FXML
    void onDiscontinue() {
        ProductRow p = form.editingProperty().get();
        if (p == null || !services.mayMaintain()) {
            return;
        }
        boolean discontinue = p.active();
        tasks.run(UiTasks.of(() -> services.setDiscontinued(p.id(), discontinue), changed -> {
            saved(changed);
            status.showMessage(changed.sku() + (discontinue ? " discontinued: order entry no longer offers it; its history"
                    + " and stock stay." : " is on sale again."));
        }, this::saveFailed));
    }

    private void setFormEditable(boolean editable) {
        for (TextField f : List.of(skuField, unitField, descriptionField, caseQtyField, weightField, gtinField, categoryField,
                listPriceField, costField)) {
            f.setDisable(false);
            f.setEditable(editable);
        }
        taxableBox.setDisable(!editable);
        prices.setEditable(editable && !form.isNew());
    }

    private void showTitle() {
        ProductRow p = form.editingProperty().get();
        formTitle.setText((p == null ? (formOpen ? "New product" : "Choose a product, or Ctrl+N for a new one") : p.sku())
                + (form.dirtyProperty().get() ? " *" : ""));
        discontinueButton.setText(p != null && !p.active() ? "_Reinstate" : "_Discontinue");
        discontinueButton.setDisable(p == null);
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
