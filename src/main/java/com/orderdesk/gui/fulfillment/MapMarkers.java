package com.orderdesk.gui.fulfillment;

import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.fulfillment.NodeType;
import java.util.List;

/** What the map draws over the states: nodes, the ship-to, and one route line per shipment. */
public record MapMarkers(GeoPoint shipTo, String shipToLabel, List<Node> nodes, List<Route> routes) {
    public static final MapMarkers EMPTY = new MapMarkers(null, "", List.of(), List.of());

    public MapMarkers {
        nodes = List.copyOf(nodes);
        routes = List.copyOf(routes);
    }

    /** A fulfillment node; {@code hover} is the text of its tooltip (its stock of the order's items). */
    public record Node(String code, NodeType type, GeoPoint location, boolean ships, String hover) {
    }

    /** A shipment's line from its node to the ship-to, in its colour ({@link #colorClass}), labelled (with its cost). */
    public record Route(String nodeCode, GeoPoint from, int colorIndex, String label) {
    }

    /** The places worth framing: the ship-to and the nodes that ship. */
    public List<GeoPoint> framePlaces() {
        List<GeoPoint> out = new java.util.ArrayList<>();
        if (shipTo != null) {
            out.add(shipTo);
        }
        nodes.stream().filter(Node::ships).map(Node::location).forEach(out::add);
        return out;
    }

    /** How many shipment colors there are (Fulfillment.css: -route-0 to -route-7); they repeat after that. */
    public static final int COLORS = 8;

    /**
     * The style class that gives a shipment's line, label and plan swatch its colour. The colours are
     * the stylesheet's, not fixed here, so that each theme has its own, readable on its map.
     */
    public static String colorClass(int index) {
        return "route-" + Math.floorMod(index, COLORS);
    }
}
