package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.TextColumn;
import java.util.List;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.beans.value.ObservableValue;

/** Columns of the routing settings' carrier services table (each cell edited as text, checked on save). */
final class ServiceColumns {
    private ServiceColumns() {
    }

    /**
     * The columns of {@code t}: a price factor or transit days that cannot be saved is marked as one of
     * {@code problems} names it; {@code edited} runs after each committed edit.
     */
    static void install(TableView<SettingsRows.ServiceRow> t, ObservableValue<List<String>> problems, Runnable edited) {
        t.setEditable(true);
        TableColumn<SettingsRows.ServiceRow, Boolean> active = SettingsCells.active(r -> r.active);
        TableColumn<SettingsRows.ServiceRow, String> transit = HeaderTips.tip(
                SettingsCells.checked("Transit days", r -> r.transit, 300, r -> r.original.name() + " transit days", problems, edited,
                        TransitDaysText::words),
                "Transit days by zone; edited as zone:days pairs, * for any other zone (e.g. 1:1,2:2 or *:2)");
        t.getColumns().setAll(List.of(TextColumn.fixed("Service", r -> r.original.name(), 110),
                TextColumn.editable("Name", r -> r.label, 140, edited),
                HeaderTips.tip(SettingsCells.checked("Price factor", r -> r.factor, 110, r -> r.original.name() + " price factor",
                                problems, edited),
                        "Price factor: the rate card's price times this (1.9 for a two-day service)"),
                transit,
                active));
        // the transit days take the room the others leave (their long title was cut, room lay unused)
        ColumnFit.fill(t, transit);
        HeaderTips.install(t);
        t.setId("serviceTable");
    }
}
