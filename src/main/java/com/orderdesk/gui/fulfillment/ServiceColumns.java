package com.orderdesk.gui.fulfillment;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;

/** Columns of the routing settings' carrier services table (each cell edited as text, checked on save). */
final class ServiceColumns {
    private ServiceColumns() {
    }

    static void install(TableView<SettingsRows.ServiceRow> t) {
        t.setEditable(true);
        TableColumn<SettingsRows.ServiceRow, String> code = new TableColumn<>("Service");
        code.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().original.name()));
        code.setEditable(false);
        code.setPrefWidth(110);
        TableColumn<SettingsRows.ServiceRow, Boolean> active = new TableColumn<>("Active");
        active.setCellValueFactory(c -> c.getValue().active);
        active.setCellFactory(CheckBoxTableCell.forTableColumn(active));
        t.getColumns().setAll(List.of(code,
                editable("Name", r -> r.label, 140),
                editable("Price factor (x rate)", r -> r.factor, 140),
                editable("Transit days by zone (zone:days, * for any zone)", r -> r.transit, 340),
                active));
        t.setId("serviceTable");
    }

    private static TableColumn<SettingsRows.ServiceRow, String> editable(String title,
                                                                          Function<SettingsRows.ServiceRow, StringProperty> prop, double w) {
        TableColumn<SettingsRows.ServiceRow, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> prop.apply(cell.getValue()));
        c.setCellFactory(TextFieldTableCell.forTableColumn());
        c.setOnEditCommit(e -> prop.apply(e.getRowValue()).set(e.getNewValue()));
        c.setPrefWidth(w);
        return c;
    }
}
