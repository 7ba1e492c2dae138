package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The product form's edit buffer, without controls: the text of each field as typed (so a refused
 * save loses nothing), the product being edited (null: a new one), whether anything changed, and
 * the problems of the last save by the file's column names (the same names the rules use).
 */
public final class ProductForm {
    /** Field key (the import file's column) to the form's label, for the problem list. */
    static final Map<String, String> LABELS = Map.ofEntries(Map.entry("sku", "SKU"), Map.entry("description", "Description"),
            Map.entry("unit", "Unit"), Map.entry("case_qty", "Case quantity"), Map.entry("weight_kg", "Weight"),
            Map.entry("gtin", "GTIN"), Map.entry("list_price", "List price"), Map.entry("cost", "Cost"),
            Map.entry("category", "Category"));

    private final Formats formats;
    final StringProperty sku = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty unit = new SimpleStringProperty("");
    final StringProperty caseQuantity = new SimpleStringProperty("");
    final StringProperty weightKg = new SimpleStringProperty("");
    final StringProperty gtin = new SimpleStringProperty("");
    final StringProperty listPrice = new SimpleStringProperty("");
    final StringProperty cost = new SimpleStringProperty("");
    final StringProperty category = new SimpleStringProperty("");
    final BooleanProperty taxable = new SimpleBooleanProperty(true);
    private final ObjectProperty<ProductRow> editing = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final ObservableList<InputProblem> problems = FXCollections.observableArrayList();
    private boolean filling;

    public ProductForm(Formats formats) {
        this.formats = formats;
        for (StringProperty p : List.of(sku, description, unit, caseQuantity, weightKg, gtin, listPrice, cost, category)) {
            p.addListener((o, a, b) -> changed());
        }
        taxable.addListener((o, a, b) -> changed());
    }

    private void changed() {
        if (!filling) {
            dirty.set(true);
        }
    }

    /** An empty form for a new product (case quantity 1, taxable). */
    public void startNew() {
        fill(null, "", "", "EA", "1", "", "", "", "", "", true);
    }

    /** The stored product, shown as it is. */
    public void show(ProductRow p) {
        fill(p, p.sku(), p.description(), p.unit(), Integer.toString(p.caseQuantity()),
                formats.quantity(BigDecimal.valueOf(p.weightGrams(), 3)), p.gtin() == null ? "" : p.gtin(),
                formats.money(p.listPrice()), formats.money(p.cost()), p.category() == null ? "" : p.category(), p.taxable());
    }

    private void fill(ProductRow p, String s, String d, String u, String c, String w, String g, String l, String co, String cat,
                      boolean tax) {
        filling = true;
        try {
            editing.set(p);
            sku.set(s);
            description.set(d);
            unit.set(u);
            caseQuantity.set(c);
            weightKg.set(w);
            gtin.set(g);
            listPrice.set(l);
            cost.set(co);
            category.set(cat);
            taxable.set(tax);
        } finally {
            filling = false;
        }
        dirty.set(false);
        problems.clear();
    }

    /**
     * What was typed, read as a product; the fields that cannot be read are refused together
     * (with the field's own sentence, e.g. "12,5O cannot be read ...").
     */
    public ProductData toData() {
        List<InputProblem> found = new ArrayList<>();
        Long caseQty = read(found, "case_qty", () -> formats.parseQuantity(caseQuantity.get()));
        BigDecimal kg = read(found, "weight_kg", () -> formats.parseMeasure(weightKg.get(), 3));
        BigDecimal list = read(found, "list_price", () -> formats.parseMoney(listPrice.get()));
        BigDecimal unitCost = read(found, "cost", () -> formats.parseMoney(cost.get()));
        if (!found.isEmpty()) {
            throw new InputRefusedException(found);
        }
        boolean active = editing.get() == null || editing.get().active();
        int grams = kg.movePointRight(3).min(BigDecimal.valueOf(Integer.MAX_VALUE)).intValue();
        return new ProductData(sku.get(), description.get(), unit.get(), (int) Math.min(Integer.MAX_VALUE, caseQty), grams,
                gtin.get(), Money.of(list), Money.of(unitCost), category.get(), taxable.get(), active);
    }

    private <T> T read(List<InputProblem> found, String column, java.util.function.Supplier<T> reader) {
        try {
            return reader.get();
        } catch (InputException e) {
            found.add(new InputProblem(0, column, e.getMessage()));
            return null;
        }
    }

    /** The problems of the last save attempt (a refusal keeps the typed text as it was). */
    public void refused(List<InputProblem> list) {
        problems.setAll(list);
    }

    /** The problem of one field (the file's column name), or null. */
    public String problemFor(String column) {
        return problems.stream().filter(p -> p.column().equals(column)).map(InputProblem::message).findFirst().orElse(null);
    }

    /** A problem as the list under the form says it: "GTIN: the check digit ... is wrong". */
    static String sentence(InputProblem p) {
        return LABELS.getOrDefault(p.column(), p.column()) + ": " + p.message();
    }

    public ObjectProperty<ProductRow> editingProperty() {
        return editing;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public ObservableList<InputProblem> problems() {
        return problems;
    }

    public boolean isNew() {
        return editing.get() == null;
    }
}
