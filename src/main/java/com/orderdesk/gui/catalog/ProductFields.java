package com.orderdesk.gui.catalog;

import com.orderdesk.gui.common.ProblemList;
import com.orderdesk.gui.common.Validation;
import com.orderdesk.logic.catalog.InputProblem;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The product form's controls bound to {@link ProductForm}: each text field both ways, each field's
 * refused value marked beside it, and the refused save's problems listed under the form.
 */
final class ProductFields {
    private final Validation validation = new Validation();
    private final List<TextField> fields;
    private final CheckBox taxable;

    /** The text fields in the form's order: SKU, unit, description, case, weight, GTIN, category, list price, cost. */
    ProductFields(ProductForm form, List<TextField> fields, CheckBox taxable, VBox problemsBox) {
        this.fields = List.copyOf(fields);
        this.taxable = taxable;
        List<StringProperty> values = List.of(form.sku, form.unit, form.description, form.caseQuantity, form.weightKg, form.gtin,
                form.category, form.listPrice, form.cost);
        // the names the catalogue's checks give the fields (ProductForm.problemFor)
        List<String> names = List.of("sku", "unit", "description", "case_qty", "weight_kg", "gtin", "category", "list_price", "cost");
        if (this.fields.size() != values.size()) {
            throw new IllegalArgumentException("The product form has " + values.size() + " text fields, not " + fields.size());
        }
        for (int i = 0; i < values.size(); i++) {
            String name = names.get(i);
            this.fields.get(i).textProperty().bindBidirectional(values.get(i));
            validation.rule(this.fields.get(i), () -> form.problemFor(name));
        }
        taxable.selectedProperty().bindBidirectional(form.taxable);
        form.problems().addListener((ListChangeListener<InputProblem>) c -> {
            ProblemList.show(problemsBox, "Not saved. Please correct:", form.problems().stream().map(ProductForm::sentence).toList(), true);
            validation.revalidate();
        });
    }

    /** Read-only fields stay enabled so that their text can be selected and copied. */
    void setEditable(boolean editable) {
        for (TextField f : fields) {
            f.setDisable(false);
            f.setEditable(editable);
        }
        taxable.setDisable(!editable);
    }

    /** Puts the cursor in the first field with a problem, if any. */
    void focusFirstProblem() {
        Control first = validation.firstInvalidControl();
        if (first != null) {
            first.requestFocus();
        }
    }
}
