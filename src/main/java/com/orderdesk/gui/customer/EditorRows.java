package com.orderdesk.gui.customer;

import com.orderdesk.gui.common.Validation;
import com.orderdesk.gui.customer.CustomerForm.AddressFields;
import com.orderdesk.gui.customer.CustomerForm.ContactRow;
import com.orderdesk.gui.customer.CustomerForm.PartRow;
import com.orderdesk.gui.customer.CustomerForm.ShipToRow;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Builds the editor's repeated parts (addresses, ship-tos, contacts, part numbers) as rows of
 * plain text fields bound to the {@link CustomerForm}: Tab walks them in reading order, and each
 * field carries the last save's problem for its row next to it. An address shows the gazetteer's
 * verdict under it, checked when the user leaves its ZIP, city or state.
 */
final class EditorRows {
    private final CustomersViewModel vm;
    private Validation validation = new Validation();

    EditorRows(CustomersViewModel vm) {
        this.vm = vm;
    }

    /** Rows are rebuilt when their list changes; their rules start afresh (the old fields are gone). */
    void restartValidation() {
        validation = new Validation();
    }

    void revalidate() {
        validation.revalidate();
    }

    Node address(AddressFields a, String prefix, int index, String idPrefix) {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        g.getColumnConstraints().addAll(fixed(100), grow(150), fixed(60), grow(90), fixed(40), fixed(100));
        TextField line1 = field(a.line1, idPrefix + "-line1", "Street and number");
        TextField line2 = field(a.line2, idPrefix + "-line2", "Suite, building (optional)");
        TextField city = field(a.city, idPrefix + "-city", "City");
        TextField state = field(a.state, idPrefix + "-state", "TX");
        state.setPrefColumnCount(3);
        TextField zip = field(a.zip, idPrefix + "-zip", "ZIP code");
        zip.setPrefColumnCount(7);
        // where the row is narrow (the editor beside the customer list at 1366 px) the ZIP keeps room for its
        // prompt and a ZIP+4 ("72114-1234"); it was squeezed with the city to 65 px, "ZIP cc"
        zip.setMinWidth(100);
        g.add(label("Street", line1), 0, 0);
        g.add(line1, 1, 0);
        g.add(line2, 2, 0, 4, 1);
        g.add(label("ZIP, city", zip), 0, 1);
        HBox zipCity = new HBox(8, zip, city);
        HBox.setHgrow(city, Priority.ALWAYS);
        g.add(zipCity, 1, 1);
        g.add(label("State", state), 2, 1);
        g.add(state, 3, 1);
        Label message = new Label();
        message.setId(idPrefix + "-message");
        message.getStyleClass().add("warning-text");
        message.setWrapText(true);
        message.textProperty().bind(a.message);
        message.managedProperty().bind(a.message.isNotEmpty());
        message.visibleProperty().bind(a.message.isNotEmpty());
        g.add(message, 1, 2, 5, 1);
        rule(line1, prefix + ".line1", index);
        rule(city, prefix + ".city", index);
        rule(state, prefix + ".state", index);
        rule(zip, prefix + ".zip", index);
        // checked as each of them is left: the ZIP fills an empty city and state at once
        for (TextField f : List.of(zip, city, state)) {
            f.focusedProperty().addListener((o, was, now) -> {
                if (!now) {
                    vm.checkAddress(a);
                }
            });
        }
        // a new customer's ZIP is half of "same name and ZIP": look for lookalikes as it is left
        zip.focusedProperty().addListener((o, was, now) -> {
            if (!now && "billTo".equals(prefix)) {
                vm.lookForLookalikes();
            }
        });
        return g;
    }

    Node shipTo(ShipToRow s, int row, ToggleGroup defaults, Runnable remove) {
        String id = "shipTo" + row;
        // the prompts fit their fields beside the customer list at 1366 px ("Code (e.g. DA", "Name, e.g. Dallas warehous")
        TextField code = field(s.code, id + "-code", "Code, e.g. DAL");
        code.setPrefColumnCount(8);
        code.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // the editor at its narrowest squeezed it a pixel under its prompt
        TextField label = field(s.label, id + "-label", "Name, e.g. Dallas DC");
        RadioButton isDefault = new RadioButton("Default");
        isDefault.setId(id + "-default");
        isDefault.setToggleGroup(defaults);
        isDefault.setSelected(s.isDefault.get());
        isDefault.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                vm.form().makeDefault(s);
            }
        });
        s.isDefault.addListener((o, was, now) -> isDefault.setSelected(now));
        Button removeButton = new Button("Remove");
        removeButton.setId(id + "-remove");
        removeButton.setOnAction(e -> remove.run());
        // whole where the editor is at its narrowest (beside the list at 1366 px): the name's field gives way
        removeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        isDefault.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox head = new HBox(8, label("Ship-to " + row, code), code, label, isDefault, removeButton);
        head.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(label, Priority.ALWAYS);
        ((Label) head.getChildren().get(0)).setMinWidth(100);
        rule(code, "shipTos.code", row);
        rule(label, "shipTos.label", row);
        rule(label, "shipTos.default", row);
        VBox box = new VBox(6, head, address(s.address, "shipTos", row, id));
        box.getStyleClass().add("ship-to-block");
        return box;
    }

    Node contact(ContactRow c, int row, Runnable remove) {
        String id = "contact" + row;
        TextField name = field(c.name, id + "-name", "Name (role)");
        TextField phone = field(c.phone, id + "-phone", "Phone");
        TextField email = field(c.email, id + "-email", "E-mail");
        rule(name, "contacts.name", row);
        rule(phone, "contacts.phone", row);
        rule(email, "contacts.email", row);
        return row(label("Contact " + row, name), remove, id, name, phone, email);
    }

    Node part(PartRow p, int row, Runnable remove) {
        String id = "part" + row;
        TextField theirs = field(p.customerPart, id + "-theirs", "Their part number");
        TextField sku = field(p.sku, id + "-sku", "Our SKU");
        rule(theirs, "partNumbers.customerPart", row);
        rule(sku, "partNumbers.sku", row);
        return row(label("Part " + row, theirs), remove, id, theirs, sku);
    }

    private static Node row(Label caption, Runnable remove, String id, TextField... fields) {
        List<Node> nodes = new ArrayList<>();
        caption.setMinWidth(100);
        nodes.add(caption);
        for (TextField f : fields) {
            HBox.setHgrow(f, Priority.ALWAYS);
            nodes.add(f);
        }
        Button removeButton = new Button("Remove");
        removeButton.setId(id + "-remove");
        removeButton.setOnAction(e -> remove.run());
        removeButton.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        nodes.add(removeButton);
        HBox box = new HBox(8, nodes.toArray(Node[]::new));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** Shows the last save's problem for this field and row next to it. */
    void rule(javafx.scene.control.Control control, String field, int index) {
        validation.rule(control, () -> vm.problem(field, index));
    }

    private static TextField field(StringProperty value, String id, String prompt) {
        TextField f = new TextField();
        f.setId(id);
        f.setPromptText(prompt);
        f.textProperty().bindBidirectional(value);
        return f;
    }

    private static Label label(String text, Node labelFor) {
        Label l = new Label(text);
        l.setLabelFor(labelFor);
        l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    private static ColumnConstraints fixed(double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(min);
        return c;
    }

    private static ColumnConstraints grow(double min) {
        ColumnConstraints c = new ColumnConstraints();
        c.setMinWidth(min);
        c.setHgrow(Priority.ALWAYS);
        return c;
    }
}
