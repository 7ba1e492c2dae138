package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.CountColumn;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.MoneyColumn;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.credit.HeldOrderRow;
import java.util.List;
import javafx.scene.control.TableView;

/** The credit-hold queue's columns and their widths. */
final class HoldColumns {
    private HoldColumns() {
    }

    static void install(TableView<HeldOrderRow> table, CreditHoldsViewModel model, Formats formats) {
        table.getColumns().setAll(List.of(
                TextColumn.of(Messages.get("holds.col.order"), HeldOrderRow::orderNumber, 100),
                // at 1366 px the queue has about 720 px: the customer by name (the number is
                // searchable and in the detail's first line, as who entered the order), the reasons
                // in a few words, two at most and how many more (every one whole in the detail)
                TextColumn.of(Messages.get("holds.col.customer"), HeldOrderRow::customerName, 240),
                TextColumn.of(Messages.get("holds.col.risk"), r -> r.riskClass().label(), 70),
                MoneyColumn.of(Messages.get("holds.col.value"), HeldOrderRow::value, formats, 96),
                // whole days since entry, as the "Min. age" filter and the claims desk count them
                CountColumn.of(Messages.get("holds.col.age"), model::ageDays, 60),
                TextColumn.of(Messages.get("holds.col.reasons"), r -> HoldQueueText.reasons(r.reasons()), 180)));
        // every column keeps its width and the customer's takes the room left, so none lies
        // beyond the queue's edge whatever the divider
        table.getColumns().forEach(c -> {
            boolean customer = c.getText().equals(Messages.get("holds.col.customer"));
            c.setMinWidth(customer ? 120 : c.getPrefWidth());
            if (!customer) {
                c.setMaxWidth(c.getPrefWidth());
            }
        });
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    }
}
