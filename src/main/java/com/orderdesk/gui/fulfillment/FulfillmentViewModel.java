package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.NodeStock;
import com.orderdesk.logic.fulfillment.OrderRoutingView;
import com.orderdesk.logic.fulfillment.PlanPricer;
import com.orderdesk.logic.fulfillment.StoredShipment;
import com.orderdesk.logic.fulfillment.routing.OrderExplanation;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Shipment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The routing map's state for one order, testable without a window: the stored plan priced, the
 * alternatives and baseline, and an override in the making (an alternative picked, or a line
 * moved) with its cost and its difference from the current plan.
 */
public final class FulfillmentViewModel {
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();
    private final ObjectProperty<OrderRoutingView> view = new SimpleObjectProperty<>();
    private final ObjectProperty<OrderPlan> proposed = new SimpleObjectProperty<>();
    private OrderPlan current;
    private PlanPricer pricer;

    public ObjectProperty<OrderRoutingView> viewProperty() {
        return view;
    }

    public ObjectProperty<OrderPlan> proposedProperty() {
        return proposed;
    }

    public void show(OrderRoutingView v) {
        proposed.set(null);
        pricer = v == null || v.scenario() == null ? null : new PlanPricer(v.scenario());
        current = pricer == null || v.activeShipments().isEmpty() || v.scenario().orders().get(0).lines().isEmpty() ? null
                : pricer.price(order(v), storedAssignment(v));
        view.set(v);
    }

    /**
     * The plan as stored (open and shipped shipments), priced as the router prices; null before
     * routing. A shipped shipment counts with what actually left: after a short pick the rest was
     * routed again, and counting the planned quantity too would ship more than the order asks for.
     */
    public OrderPlan currentPlan() {
        return current;
    }

    private static RoutingOrder order(OrderRoutingView v) {
        return v.scenario().orders().get(0);
    }

    private static Map<String, Map<String, Integer>> storedAssignment(OrderRoutingView v) {
        Map<String, Map<String, Integer>> a = new LinkedHashMap<>();
        for (StoredShipment s : v.activeShipments()) {
            Map<String, Integer> lines = a.computeIfAbsent(s.nodeCode(), k -> new LinkedHashMap<>());
            s.lines().forEach(l -> lines.merge(l.sku(), l.shipped() != null ? l.shipped() : l.planned(), Integer::sum));
        }
        return a;
    }

    public void proposeAlternative(OrderPlan plan) {
        proposed.set(plan);
    }

    /** Proposes the current (or already proposed) plan with {@code qty} of {@code sku} moved from one node to another. */
    public void proposeMove(String from, String sku, String to, int qty) {
        OrderPlan base = proposed.get() != null ? proposed.get() : current;
        if (base == null || pricer == null) {
            throw new IllegalStateException("The order has no plan yet; route it first.");
        }
        if (from.equals(to)) {
            throw new IllegalArgumentException("Choose a node other than " + from + ".");
        }
        proposed.set(pricer.moveLine(order(view.get()), base, from, sku, to, qty));
    }

    public void clearProposal() {
        proposed.set(null);
    }

    /** "New cost 45.67, +3.21 against the current plan (42.46)"; empty without a proposal. */
    public String previewText() {
        OrderPlan p = proposed.get();
        if (p == null || current == null) {
            return "";
        }
        java.math.BigDecimal diff = p.amount().subtract(current.amount());
        return "New cost " + FORMATS.money(p.amount()) + ", " + (diff.signum() >= 0 ? "+" : "\u2212") + FORMATS.money(diff.abs())
                + " against the current plan (" + FORMATS.money(current.amount()) + ")" + shortfallText(p);
    }

    /** Lines the proposal would take from a node that has not got them. */
    private String shortfallText(OrderPlan p) {
        List<String> problems = new ArrayList<>();
        for (Shipment s : p.shipments()) {
            NodeStock node = view.get().nodes().stream().filter(n -> n.code().equals(s.node())).findFirst().orElse(null);
            for (OrderLine l : s.lines()) {
                int have = node == null ? 0 : node.availableOf(l.sku());
                if (l.qty() > have) {
                    problems.add(s.node() + " has only " + have + " of " + l.sku());
                }
            }
        }
        return problems.isEmpty() ? "" : ". Not possible: " + String.join("; ", problems);
    }

    public List<AlternativeRow> alternatives() {
        OrderRoutingView v = view.get();
        if (v == null || v.explanation() == null) {
            return List.of();
        }
        OrderExplanation e = v.explanation();
        java.math.BigDecimal best = e.chosen().amount();
        List<AlternativeRow> rows = new ArrayList<>();
        rows.add(AlternativeRow.of(e.chosen().optimal() ? "Best \u2713" : "Best found", e.chosen(), best));
        for (int i = 0; i < e.alternatives().size(); i++) {
            rows.add(AlternativeRow.of("Alt. " + (i + 1), e.alternatives().get(i), best));
        }
        rows.add(AlternativeRow.of("Nearest first", e.baseline(), best));
        return rows;
    }

    /** "Nearest first would cost 130.10; this plan saves 17.65 (13.6%)". */
    public String savingText() {
        OrderRoutingView v = view.get();
        if (v == null || v.explanation() == null) {
            return "";
        }
        // the amounts as the alternatives' totals read them, so the saving is their difference to the cent
        java.math.BigDecimal baseline = v.explanation().baseline().amount();
        java.math.BigDecimal plan = current != null ? current.amount() : v.explanation().chosen().amount();
        java.math.BigDecimal saving = baseline.subtract(plan);
        java.math.BigDecimal share = baseline.signum() == 0 ? java.math.BigDecimal.ZERO
                : saving.abs().multiply(java.math.BigDecimal.valueOf(100)).divide(baseline, 1, java.math.RoundingMode.HALF_UP);
        String text = "Nearest first would cost " + FORMATS.money(baseline) + "; " + (saving.signum() >= 0 ? "this plan saves " : "this plan costs ")
                + FORMATS.money(saving.abs()) + " (" + FORMATS.percent(share) + ")";
        if (!v.explanation().alternativesComplete()) {
            text += ". The alternatives are the cheapest found, not proven the cheapest (the search stopped at its limit).";
        }
        // the router backorders what cannot arrive by the date; the desk ships late instead, and says so
        return v.missedDeliverBy() == null ? text
                : "Deliver by " + FORMATS.date(v.missedDeliverBy()) + " cannot be met from the stock as it stands: "
                + "these plans ship late, at the least cost. " + text;
    }

    /**
     * The plan's lines; a shipment's cost shows on its first line only, so the Cost column adds up
     * to the plan's cost (repeated on each line, a shipment of two lines read as twice its cost).
     */
    public List<PlanRow> planRows() {
        OrderRoutingView v = view.get();
        if (v == null) {
            return List.of();
        }
        List<PlanRow> rows = new ArrayList<>();
        OrderPlan p = proposed.get();
        if (p != null) {
            for (int i = 0; i < p.shipments().size(); i++) {
                Shipment s = p.shipments().get(i);
                for (OrderLine l : s.lines()) {
                    rows.add(new PlanRow(null, "proposed " + (i + 1), s.node(), "Proposed", l.sku(), l.qty(), null,
                            l == s.lines().get(0) ? FORMATS.money(s.amount()) : "", i, service(s.service()), DATES.date(s.shipDate()),
                            DATES.date(s.deliveryDate())));
                }
            }
            return rows;
        }
        List<StoredShipment> shipments = v.activeShipments();
        for (int i = 0; i < shipments.size(); i++) {
            StoredShipment s = shipments.get(i);
            for (StoredShipment.Line l : s.lines()) {
                StoredShipment.Dates d = s.planned();
                rows.add(new PlanRow(s.id(), s.number(), s.nodeCode(), label(s), l.sku(), l.planned(), l.shipped(),
                        l == s.lines().get(0) ? FORMATS.money(s.plannedCost()) : "", i, service(d.service()),
                        DATES.date(s.shipDate() != null ? s.shipDate() : d.shipDate()), DATES.date(d.deliveryDate())));
            }
        }
        return rows;
    }

    /** Month and day only ("Dec 4"): the plan table and map labels have little room, and plans are days ahead. */
    private static final DayFormat DATES = new DayFormat();

    private static final class DayFormat {
        String date(java.time.LocalDate d) {
            return FORMATS.monthDay(d);
        }
    }


    private static String service(String code) {
        String label = com.orderdesk.logic.fulfillment.ServiceLabels.label(code);
        return label == null ? "" : label;
    }

    /** The map label's second line: "Overnight: ships Dec 7, arrives Dec 8" (nothing when undated). */
    static String dates(String service, java.time.LocalDate ships, java.time.LocalDate arrives) {
        if (service == null) {
            return "";
        }
        return "\n" + service(service) + ": ships " + DATES.date(ships) + ", arrives " + DATES.date(arrives);
    }

    private static String label(StoredShipment s) {
        String name = s.status().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public String backorderText() {
        OrderRoutingView v = view.get();
        List<OrderLine> lines = proposed.get() != null ? proposed.get().backordered() : v == null ? List.of() : v.backordered();
        return lines.isEmpty() ? "" : "Backordered: " + lines.stream().map(l -> l.sku() + " \u00d7 " + l.qty())
                .collect(Collectors.joining(", "));
    }

    /** The network's nodes, none shipping, as the map shows them before an order is chosen (polish17: it showed none). */
    public void showNetwork(List<NodeStock> nodes) {
        network = new MapMarkers(null, "", nodes.stream().map(n -> new MapMarkers.Node(n.code(), n.type(), n.location(),
                false, hover(n).strip())).toList(), List.of());
    }

    private MapMarkers network = MapMarkers.EMPTY;

    /** The map's markers: every node (shipping ones emphasised), the ship-to, one coloured line per shipment. */
    public MapMarkers markers() {
        OrderRoutingView v = view.get();
        if (v == null) {
            return network;
        }
        List<MapMarkers.Route> routes = new ArrayList<>();
        List<String> shipping = new ArrayList<>();
        OrderPlan p = proposed.get();
        if (p != null) {
            for (int i = 0; i < p.shipments().size(); i++) {
                Shipment s = p.shipments().get(i);
                shipping.add(s.node());
                routes.add(route(v, s.node(), i, s.node() + "  " + FORMATS.money(s.amount())
                        + dates(s.service(), s.shipDate(), s.deliveryDate())));
            }
        } else {
            List<StoredShipment> shipments = v.activeShipments();
            for (int i = 0; i < shipments.size(); i++) {
                StoredShipment s = shipments.get(i);
                shipping.add(s.nodeCode());
                routes.add(route(v, s.nodeCode(), i, s.number() + "  " + FORMATS.money(s.plannedCost())
                        + dates(s.planned().service(), s.planned().shipDate(), s.planned().deliveryDate())));
            }
        }
        List<MapMarkers.Node> nodes = v.nodes().stream().map(n -> new MapMarkers.Node(n.code(), n.type(), n.location(),
                shipping.contains(n.code()), hover(n))).toList();
        return new MapMarkers(v.shipTo(), v.shipToText(), nodes, routes.stream().filter(r -> r.from() != null).toList());
    }

    private static MapMarkers.Route route(OrderRoutingView v, String node, int index, String label) {
        var at = v.nodes().stream().filter(n -> n.code().equals(node)).map(NodeStock::location).findFirst().orElse(null);
        return new MapMarkers.Route(node, at, index, label);
    }

    static String hover(NodeStock n) {
        String kind = switch (n.type()) {
            case DC -> "warehouse";
            case STORE -> "store";
            case SUPPLIER -> "supplier";
        };
        return n.code() + "  " + n.name() + " (" + kind + ")\n" + n.available().stream()
                .map(l -> l.sku() + ": " + l.qty() + " available").collect(Collectors.joining("\n"));
    }
}
