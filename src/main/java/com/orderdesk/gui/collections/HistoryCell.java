package com.orderdesk.gui.collections;

import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.text.Text;

/**
 * A line of the selected customer's contact history, wrapped in the pane's width: at 1366 px a
 * promise's line ran beyond it. Drawn as a text wrapped at that width, whose height is its rows': as
 * the cell's own wrapped text the list measured its height at another width, and a logged note lost
 * its last row to "..." (tour of 7 December). The cell keeps the line as its text too (for what reads
 * cells), not drawn.
 */
final class HistoryCell extends ListCell<String> {
    private final Text drawn = new Text();

    HistoryCell(ListView<String> list) {
        prefWidthProperty().bind(list.widthProperty().subtract(24));
        setMaxWidth(USE_PREF_SIZE);
        drawn.wrappingWidthProperty().bind(list.widthProperty().subtract(40));
        drawn.fontProperty().bind(fontProperty());
        drawn.fillProperty().bind(textFillProperty());
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setWrapText(true); // the cell's own text is not drawn; it says it would wrap, not be cut
    }

    @Override
    protected void updateItem(String line, boolean empty) {
        super.updateItem(line, empty);
        setText(empty ? null : line);
        drawn.setText(empty || line == null ? "" : line);
        setGraphic(empty ? null : drawn);
    }
}
