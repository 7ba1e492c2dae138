package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.TextColumn;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.CheckBoxTableCell;

/** Columns of the routing settings' carrier services table (each cell edited as text, checked on save). */
final class ServiceColumns {
    private ServiceColumns() {
    }

    static void install(TableView<SettingsRows.ServiceRow> t) {
        t.setEditable(true);
        TableColumn<SettingsRows.ServiceRow, Boolean> active = new TableColumn<>("Active");
        active.setCellValueFactory(c -> c.getValue().active);
        active.setCellFactory(CheckBoxTableCell.forTableColumn(active));
        t.getColumns().setAll(List.of(TextColumn.fixed("Service", r -> r.original.name(), 110),
                TextColumn.editable("Name", r -> r.label, 140, () -> { }),
                TextColumn.editable("Price factor (x rate)", r -> r.factor, 140, () -> { }),
                TextColumn.editable("Transit days by zone (zone:days, * for any zone)", r -> r.transit, 340, () -> { }),
                active));
        t.setId("serviceTable");
    }
}
