package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ColumnFit;
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
        TableColumn<SettingsRows.ServiceRow, String> transit = HeaderTips.tip(
                TextColumn.editable("Transit days", r -> r.transit, 300, () -> { }),
                "Transit days by zone: zone:days pairs, * for any zone (e.g. 1:1,2:2 or *:2)");
        t.getColumns().setAll(List.of(TextColumn.fixed("Service", r -> r.original.name(), 110),
                TextColumn.editable("Name", r -> r.label, 140, () -> { }),
                HeaderTips.tip(TextColumn.editable("Price factor", r -> r.factor, 110, () -> { }),
                        "Price factor: the rate card's price times this (1.9 for a two-day service)"),
                transit,
                active));
        // the transit days take the room the others leave (their long title was cut, room lay unused)
        ColumnFit.fill(t, transit);
        HeaderTips.install(t);
        t.setId("serviceTable");
    }
}
