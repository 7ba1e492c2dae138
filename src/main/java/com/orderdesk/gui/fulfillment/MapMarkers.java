package com.orderdesk.gui.fulfillment;

import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.fulfillment.NodeType;
import java.util.List;
import javafx.scene.paint.Color;

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

    /** A shipment's line from its node to the ship-to, in its colour, labelled (with its cost). */
    public record Route(String nodeCode, GeoPoint from, Color color, String label) {
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

    /** One colour per shipment, distinct and readable on the pale map; repeats after eight. */
    public static final List<Color> PALETTE = List.of(Color.web("#0969da"), Color.web("#cf222e"), Color.web("#1a7f37"),
            Color.web("#8250df"), Color.web("#bf8700"), Color.web("#e16f24"), Color.web("#1b7c83"), Color.web("#6e7781"));

    public static Color colorOf(int index) {
        return PALETTE.get(index % PALETTE.size());
    }
}
