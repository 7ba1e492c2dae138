package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.Shortcuts;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.application.catalog.ProductMaintenance;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.Listing;
import java.util.Comparator;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Products work area: the catalogue (search by SKU, words of the description in any order, or
 * GTIN), the selected product's form and its customers' contract prices. Administrators add
 * (Ctrl+N), save (Ctrl+S) and discontinue or reinstate (Alt+D); everyone else reads.
 */
public final class ProductsController {
    private final CatalogDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final Formats formats = Formats.forDefaultLocale();
    private final ProductForm form = new ProductForm(formats);
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(200));
    private ProductFields fields;
    private ContractPricesPane prices;
    private Task<?> listing;
    /** Set while the list selection is changed by the screen itself (not by the user choosing a row). */
    private boolean selecting;
    /** A product is shown in the form, or a new one is being typed. */
    private boolean formOpen;

    /** The editor's width at which its four-field rows, the contract prices' columns and their two buttons read whole. */
    private static final double EDITOR_ROOM = 600;
    @FXML private BorderPane root;
    @FXML private javafx.scene.control.SplitPane split;
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
    @FXML private javafx.scene.layout.VBox formBox;
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
        // the form lies in a SplitPane, which linkLabels does not enter: its Alt+letters (the contract
        // price's Alt+M / F / O / P among them) did nothing
        Mnemonics.linkLabels(formBox);
        table.setItems(rows);
        ProductList.install(table, formats, discontinuedBox.selectedProperty(), searchField, descriptionField::requestFocus);
        table.getSelectionModel().selectedItemProperty().addListener((o, old, row) -> chosen(old, row));
        fields = new ProductFields(form, List.of(skuField, unitField, descriptionField, caseQtyField, weightField, gtinField,
                categoryField, listPriceField, costField), taxableBox, problemsBox);
        prices = new ContractPricesPane(services, tasks, dialogs, status, formats, new ContractPricesPane.Controls(pricesTable,
                byProductRadio, byCustomerRadio, priceCustomerField, priceFromPicker, priceToPicker, priceField, addPriceButton,
                endPriceButton, priceProblemLabel));
        typingPause.setOnFinished(e -> refresh());
        searchField.textProperty().addListener((o, a, b) -> typingPause.playFromStart());
        discontinuedBox.selectedProperty().addListener((o, a, b) -> refresh());
        Shortcuts.on(root).add(Shortcuts.SAVE, this::onSave).add(Shortcuts.NEW, this::onNew).add(Shortcuts.FIND, this::focusSearch);
        boolean editable = services.mayMaintain();
        for (Button b : List.of(newButton, saveButton, discontinueButton)) {
            b.setVisible(editable);
            b.setManaged(editable);
        }
        setFormEditable(false);
        form.editingProperty().addListener((o, a, p) -> showTitle());
        form.dirtyProperty().addListener((o, a, d) -> showTitle());
        showTitle();
        // at 1024 x 768 the form ran past its edge (Unit, Weight, Category and Cost; "Add p..." and "End selec..."):
        // the list gives the editor the room it needs where the window is narrow, and takes it back where it is wide
        com.orderdesk.gui.common.SplitRoom.keepWhereRoom(split, (javafx.scene.layout.Region) split.getItems().get(1), EDITOR_ROOM);
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
            quietly(() -> {
                rows.setAll(listed.rows());
                if (shown != null) {
                    rows.stream().filter(r -> r.id() == shown.id()).findFirst().ifPresent(r -> table.getSelectionModel().select(r));
                }
            });
            countLabel.setText(ProductsText.count(rows.size(), ProductMaintenance.LIST_LIMIT));
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
        if (!mayDiscard()) {
            quietly(() -> {
                if (old == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(old);
                }
            });
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
        if (!mayDiscard()) {
            return;
        }
        quietly(() -> table.getSelectionModel().clearSelection());
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
        quietly(() -> {
            rows.removeIf(r -> r.id() == p.id());
            rows.add(p);
            rows.sort(Comparator.comparing(ProductRow::sku));
            table.getSelectionModel().select(p);
            table.scrollTo(p);
        });
        status.showMessage(ProductsText.saved(p.sku(), created));
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
        fields.focusFirstProblem();
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
            status.showMessage(ProductsText.discontinued(changed.sku(), discontinue));
        }, this::saveFailed));
    }

    private void setFormEditable(boolean editable) {
        fields.setEditable(editable);
        prices.setEditable(editable && !form.isNew());
    }

    private void showTitle() {
        ProductRow p = form.editingProperty().get();
        formTitle.setText(ProductsText.title(p, formOpen, form.dirtyProperty().get()));
        discontinueButton.setText(ProductsText.discontinueLabel(p));
        discontinueButton.setDisable(p == null);
    }

    /** True when nothing typed is unsaved, or the user agreed to lose it. */
    private boolean mayDiscard() {
        return !form.dirtyProperty().get() || dialogs.confirm("Discard changes", ProductsText.document(form.editingProperty().get()),
                "What you typed since the last save will be lost.");
    }

    /** Changes the list or its selection as the screen, not as the user choosing a row (which would load that row). */
    private void quietly(Runnable change) {
        selecting = true;
        try {
            change.run();
        } finally {
            selecting = false;
        }
    }

    public void focusSearch() {
        searchField.requestFocus();
        searchField.selectAll();
    }
}
