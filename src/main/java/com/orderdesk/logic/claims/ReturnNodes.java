package com.orderdesk.logic.claims;

import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.fulfillment.NodeType;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where returned goods should go: the nearest node to the customer's ship-to that accepts returns of
 * the product ({@link NodeOption#acceptsReturns}); when none carries it, the nearest active
 * warehouse. Every choice is listed, nearest first, so a clerk can pick another.
 */
public final class ReturnNodes {
    /** A node with its distance from the ship-to (null when either has no coordinates). */
    public record Choice(NodeOption node, Double distanceKm, boolean accepts) {
        public String label() {
            return node.code() + " " + node.name() + (distanceKm == null ? "" : String.format(" (%,.0f km)", distanceKm))
                    + (accepts ? "" : ", does not carry it");
        }

        /**
         * The choice in a field's width (the returns form's 230 px): its code and distance, or that it does not
         * carry the product; "ST-CHI Chicago Branch Store (0 km)" and longer names were cut there at any window width.
         */
        public String shortLabel() {
            if (!accepts) {
                return node.code() + ": does not carry it";
            }
            return node.code() + (distanceKm == null ? "" : String.format(" (%,.0f km)", distanceKm));
        }
    }

    private ReturnNodes() {
    }

    /** Every active node that could take the return, the accepting ones first, each group nearest first. */
    public static List<Choice> choices(GeoPoint shipTo, List<NodeOption> nodes) {
        return nodes.stream()
                .filter(n -> n.active() && n.type() != NodeType.SUPPLIER)
                .map(n -> new Choice(n, shipTo == null || n.point() == null ? null : shipTo.distanceKm(n.point()),
                        n.acceptsReturns()))
                .sorted(Comparator.comparing((Choice c) -> !c.accepts())
                        .thenComparing(c -> c.distanceKm() == null ? Double.MAX_VALUE : c.distanceKm())
                        .thenComparing(c -> c.node().code()))
                .toList();
    }

    /** The proposal: the first choice (nearest accepting node, else the nearest warehouse or store). */
    public static Optional<Choice> proposal(GeoPoint shipTo, List<NodeOption> nodes) {
        List<Choice> all = choices(shipTo, nodes);
        Optional<Choice> accepting = all.stream().filter(Choice::accepts).findFirst();
        if (accepting.isPresent()) {
            return accepting;
        }
        return all.stream().filter(c -> c.node().type() == NodeType.DC).findFirst().or(() -> all.stream().findFirst());
    }
}
