package com.orderdesk.gui.fulfillment;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.geo.StateOutlines;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;

/**
 * The fulfillment screen's map part: the US map in its holder, with the quiet hint shown until an order is chosen
 * (kept apart from {@link FulfillmentController}, which had reached the house's 400 lines).
 */
final class FulfillmentMap {
    private final UsMapView map;
    private final Label hint = new Label();

    /** Builds the map and its hint into {@code holder}. */
    FulfillmentMap(StateOutlines outlines, StackPane holder) {
        map = new UsMapView(outlines);
        map.setId("usMap");
        // the network shows before an order is chosen, with a word on where the plan will be (polish17: blank)
        hint.setText(Messages.get("fulfil.map.hint"));
        hint.setId("mapHint");
        hint.getStyleClass().add("text-muted");
        hint.setMouseTransparent(true);
        hint.setWrapText(true); // at 1024 px the map's column is ~234 px: it read "Select an order to see where it..."
        hint.setTextAlignment(TextAlignment.CENTER);
        hint.setPadding(new Insets(4, 8, 0, 8));
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        holder.getChildren().addAll(map, hint);
    }

    /** Draws these markers; the hint shows while no order is chosen. */
    void show(MapMarkers markers, boolean orderChosen) {
        map.setMarkers(markers);
        hint.setVisible(!orderChosen);
    }

    /** Draws these markers, the hint as it was. */
    void setMarkers(MapMarkers markers) {
        map.setMarkers(markers);
    }

    /** Frames the order's places (ship-to and shipping nodes), zooming in at most by {@code maxFactor}. */
    void frame(MapMarkers markers, double maxFactor) {
        map.frame(markers.framePlaces(), maxFactor);
    }

    void zoomIn() {
        map.zoomIn();
    }

    void zoomOut() {
        map.zoomOut();
    }

    void fit() {
        map.fit();
    }
}
