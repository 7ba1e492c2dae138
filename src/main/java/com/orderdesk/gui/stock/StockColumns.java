package com.orderdesk.gui.stock;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.ColumnFit;
import com.orderdesk.gui.common.TablePrefs;
import com.orderdesk.gui.common.TextColumn;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Stock area's two tables (stock per node, movement history): their columns, widths and remembered layout. */
final class StockColumns {
    private StockColumns() {
    }

    static void nodes(TableView<NodeStockLine> table, Formats formats) {
        // at 1024 x 768 beside the move form (a table of some 528 px) Safety and Available lay past the table's edge:
        // the figures keep the width their titles need (under the application's look) and the name gives way to some
        // 105 px there (whole in its tooltip; the node's code beside it is whole); where the window is wider the name
        // takes the room the others leave
        TableColumn<NodeStockLine, String> name = TextColumn.wholeInTooltip(
                TextColumn.of("Name", n -> StockDeskText.nodeName(n.nodeName(), n.nodeActive()), 100));
        table.getColumns().setAll(List.of(
                TextColumn.of("Node", NodeStockLine::nodeCode, 76),
                name,
                quantity("On hand", NodeStockLine::onHand, formats, false, 82),
                quantity("Reserved", NodeStockLine::reserved, formats, false, 94),
                quantity("Safety", NodeStockLine::safetyStock, formats, false, 76),
                quantity("Available", NodeStockLine::available, formats, false, 88)));
        TablePrefs.forUser().remember(table, "stock-nodes");
        // "Dallas-Fort Worth Distribution Center" whole in the room an empty filler column took at 1366 px
        ColumnFit.fill(table, name);
    }

    static void history(TableView<MovementRow> table, Formats formats, ZoneId zone) {
        TableColumn<MovementRow, String> note = TextColumn.of("Note", m -> m.note() == null ? "" : m.note(), 200);
        table.getColumns().setAll(List.of(
                com.orderdesk.gui.common.DateColumn.ofInstant("When", MovementRow::at, formats, zone, 180),
                TextColumn.of("Node", MovementRow::nodeCode, 80),
                TextColumn.of("What", MovementRow::description, 165),
                quantity("Change", MovementRow::quantity, formats, true, 80),
                quantity("On hand after", MovementRow::onHandAfter, formats, false, 136), // whole under the application's look
                TextColumn.of("Reference", m -> m.reference() == null ? "" : m.reference(), 150),
                note,
                TextColumn.of("By", MovementRow::by, 80)));
        TablePrefs.forUser().remember(table, "stock-history");
        ColumnFit.fill(table, note);
    }

    /** Whole units, right-aligned; a change shows its sign ("+12", "-3"). */
    private static <S> TableColumn<S, Integer> quantity(String title, Function<S, Integer> value, Formats formats, boolean signed,
                                                        double width) {
        TableColumn<S, Integer> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(Integer v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : (signed && v > 0 ? "+" : "") + formats.quantity(v));
                setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        });
        c.setPrefWidth(width);
        return c;
    }
}
