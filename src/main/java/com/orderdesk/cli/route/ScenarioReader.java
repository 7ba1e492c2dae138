package com.orderdesk.cli.route;

import com.orderdesk.logic.common.FileTrouble;
import static com.orderdesk.cli.route.JsonFields.at;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdesk.logic.fulfillment.routing.CarrierService;
import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.logic.fulfillment.routing.NodeType;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import com.orderdesk.model.common.GeoPoint;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads a routing scenario (src/site/markdown/contracts/route.md) from JSON with Jackson's tree model and checks it
 * completely: every problem is reported with where it is, and no scenario is returned unless the
 * file is clean.
 */
public final class ScenarioReader {
    /** The file is not a valid scenario; {@link #problems()} says why, one located message each. */
    public static final class BadScenarioException extends Exception {
        private final List<String> problems;

        BadScenarioException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final JsonFields f = new JsonFields();

    public static Scenario read(Path file) throws BadScenarioException {
        return read(file, LocalDate.now());
    }

    /**
     * Reads a scenario; {@code fallbackToday} is the release date of orders that give none when the
     * scenario has carrier services but no top-level {@code today} (the date the command runs).
     */
    public static Scenario read(Path file, LocalDate fallbackToday) throws BadScenarioException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadScenarioException(List.of(file + ": no such file"));
        } catch (JacksonException e) {
            throw new BadScenarioException(List.of(file + ": not valid JSON: " + e.getOriginalMessage()
                    + location(e)));
        } catch (IOException e) {
            throw new BadScenarioException(List.of(file + ": cannot be read: " + FileTrouble.why(file, e)));
        }
        return parse(root, fallbackToday);
    }

    public static Scenario parse(JsonNode root) throws BadScenarioException {
        return parse(root, LocalDate.now());
    }

    public static Scenario parse(JsonNode root, LocalDate fallbackToday) throws BadScenarioException {
        if (root == null || !root.isObject()) {
            throw new BadScenarioException(List.of("(top level): must be a JSON object"));
        }
        ScenarioReader reader = new ScenarioReader();
        Scenario scenario = reader.scenario(root, fallbackToday);
        if (!reader.f.problems().isEmpty()) {
            throw new BadScenarioException(reader.f.problems());
        }
        return scenario;
    }

    private static String location(JacksonException e) {
        return e.getLocation() == null ? ""
                : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private Scenario scenario(JsonNode root, LocalDate fallbackToday) {
        JsonNode card = f.object(root, "", "rateCard");
        RateCard rateCard = card == null ? null : rateCard(card);
        // every declared id counts as known, even when its entry has other problems:
        // one bad field must not cascade into "unknown node" messages elsewhere
        Set<String> nodeIds = new HashSet<>();
        List<FulfillmentNode> nodes = nodes(root, nodeIds);
        Set<String> skuIds = new HashSet<>();
        List<SkuInfo> skus = skus(root, skuIds);
        List<StockLevel> inventory = inventory(root, nodeIds, skuIds);
        List<RoutingOrder> orders = orders(root, skuIds);
        double penalty = f.number(root, "", "backorderPenaltyPerUnit", 0, false, 0);
        LocalDate today = f.date(root, "", "today");
        boolean undated = orders.stream().anyMatch(o -> o.releaseDate() == null);
        if (today == null && undated && rateCard != null && rateCard.hasServices()) {
            today = fallbackToday; // "today" literally: the day the scenario is routed
        }
        return new Scenario(rateCard, nodes, skus, inventory, orders, penalty, today);
    }

    private RateCard rateCard(JsonNode card) {
        String path = "rateCard";
        List<ZoneBand> zones = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<JsonNode> zoneNodes = f.array(card, path, "zones", true);
        for (int i = 0; i < zoneNodes.size(); i++) {
            String zp = at(at(path, "zones"), i);
            JsonNode z = zoneNodes.get(i);
            if (!z.isObject()) {
                f.problem(zp, "must be an object");
                continue;
            }
            Integer zone = f.whole(z, zp, "zone", 0, false, false);
            if (!z.has("maxKm")) {
                f.problem(at(zp, "maxKm"), "missing (a distance, or null for no limit)");
            }
            double maxKm = f.number(z, zp, "maxKm", 0, true, Double.NaN);
            if (zone != null && !seen.add(zone)) {
                f.problem(at(zp, "zone"), "duplicate zone " + zone);
            } else if (zone != null) {
                zones.add(new ZoneBand(zone, Double.isNaN(maxKm) ? null : maxKm));
            }
        }
        List<Double> breaks = new ArrayList<>();
        List<JsonNode> breakNodes = f.array(card, path, "weightBreaksKg", true);
        for (int i = 0; i < breakNodes.size(); i++) {
            JsonNode b = breakNodes.get(i);
            String bp = at(at(path, "weightBreaksKg"), i);
            if (!b.isNumber() || b.asDouble() <= 0) {
                f.problem(bp, "must be a positive number of kg");
            } else if (!breaks.isEmpty() && b.asDouble() <= breaks.get(breaks.size() - 1)) {
                f.problem(bp, "must be greater than the break before it");
            } else {
                breaks.add(b.asDouble());
            }
        }
        Map<Integer, List<Double>> prices = prices(card, path, zones, breakNodes.size());
        Map<Integer, Double> perKg = new LinkedHashMap<>();
        JsonNode perKgNode = f.object(card, path, "perKgAboveMax");
        for (ZoneBand zone : zones) {
            if (perKgNode == null) {
                break;
            }
            String key = String.valueOf(zone.zone());
            if (!perKgNode.has(key)) {
                f.problem(at(at(path, "perKgAboveMax"), key), "missing (every zone needs a price per kg above the last break)");
            } else {
                perKg.put(zone.zone(), f.number(perKgNode, at(path, "perKgAboveMax"), key, 0, false, 0));
            }
        }
        List<CarrierService> services = new ServicesReader(f).read(card, path, zones);
        return new RateCard(zones, breaks, prices, perKg, services);
    }

    private Map<Integer, List<Double>> prices(JsonNode card, String path, List<ZoneBand> zones, int breakCount) {
        Map<Integer, List<Double>> prices = new LinkedHashMap<>();
        JsonNode pricesNode = f.object(card, path, "prices");
        if (pricesNode == null) {
            return prices;
        }
        for (ZoneBand zone : zones) {
            String key = String.valueOf(zone.zone());
            String pp = at(at(path, "prices"), key);
            JsonNode row = pricesNode.get(key);
            if (row == null || row.isNull()) {
                f.problem(pp, "missing (zone " + key + " has no prices; one per weight break is required)");
                continue;
            }
            if (!row.isArray() || row.size() != breakCount) {
                f.problem(pp, "must list " + breakCount + " prices, one per weight break");
                continue;
            }
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                JsonNode v = row.get(i);
                if (!v.isNumber() || v.asDouble() < 0) {
                    f.problem(at(pp, i), "must be a price, zero or more");
                } else if (!values.isEmpty() && v.asDouble() < values.get(values.size() - 1)) {
                    f.problem(at(pp, i), "must not be lower than the price of the lighter break before it");
                } else {
                    values.add(v.asDouble());
                }
            }
            prices.put(zone.zone(), values);
        }
        return prices;
    }

    private List<FulfillmentNode> nodes(JsonNode root, Set<String> ids) {
        List<FulfillmentNode> nodes = new ArrayList<>();
        List<JsonNode> list = f.array(root, "", "nodes", true);
        for (int i = 0; i < list.size(); i++) {
            String np = at("nodes", i);
            JsonNode n = list.get(i);
            if (!n.isObject()) {
                f.problem(np, "must be an object");
                continue;
            }
            String id = f.text(n, np, "id");
            if (id != null && !ids.add(id)) {
                f.problem(at(np, "id"), "duplicate node id " + id);
            }
            NodeType type = NodeType.DC;
            JsonNode t = n.get("type");
            if (t != null && !t.isNull()) {
                try {
                    if (!t.isTextual()) {
                        throw new IllegalArgumentException("not text");
                    }
                    type = NodeType.valueOf(t.asText().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    f.problem(at(np, "type"), "must be DC, STORE or SUPPLIER");
                }
            }
            double lat = f.bounded(n, np, "lat", -90, 90);
            double lon = f.bounded(n, np, "lon", -180, 180);
            double handling = f.number(n, np, "handlingCost", 0, false, 0);
            double pick = f.number(n, np, "pickCostPerUnit", 0, true, 0);
            Integer capacity = f.whole(n, np, "capacityShipments", 0, true, true);
            Integer handlingDays = f.whole(n, np, "handlingDays", 0, true, false);
            if (id != null && !Double.isNaN(lat) && !Double.isNaN(lon)) {
                nodes.add(new FulfillmentNode(id, type, new GeoPoint(lat, lon), handling, pick, capacity,
                        handlingDays == null ? 0 : handlingDays));
            }
        }
        return nodes;
    }

    private List<SkuInfo> skus(JsonNode root, Set<String> ids) {
        List<SkuInfo> skus = new ArrayList<>();
        List<JsonNode> list = f.array(root, "", "skus", false);
        for (int i = 0; i < list.size(); i++) {
            String sp = at("skus", i);
            JsonNode s = list.get(i);
            if (!s.isObject()) {
                f.problem(sp, "must be an object");
                continue;
            }
            String id = f.text(s, sp, "sku");
            if (id != null && !ids.add(id)) {
                f.problem(at(sp, "sku"), "duplicate sku " + id);
            }
            double kg = f.number(s, sp, "weightKg", 0, false, 0);
            if (id != null) {
                skus.add(new SkuInfo(id, kg));
            }
        }
        return skus;
    }

    private List<StockLevel> inventory(JsonNode root, Set<String> nodeIds, Set<String> skuIds) {
        List<StockLevel> stock = new ArrayList<>();
        Set<String> pairs = new HashSet<>();
        List<JsonNode> list = f.array(root, "", "inventory", false);
        for (int i = 0; i < list.size(); i++) {
            String ip = at("inventory", i);
            JsonNode s = list.get(i);
            if (!s.isObject()) {
                f.problem(ip, "must be an object");
                continue;
            }
            String node = f.text(s, ip, "node");
            if (node != null && !nodeIds.contains(node)) {
                f.problem(at(ip, "node"), "unknown node " + node);
            }
            String sku = f.text(s, ip, "sku");
            if (sku != null && !skuIds.contains(sku)) {
                f.problem(at(ip, "sku"), "unknown sku " + sku);
            }
            Integer qty = f.whole(s, ip, "qty", 0, false, false);
            Integer safety = f.whole(s, ip, "safetyStock", 0, true, false);
            if (node != null && sku != null && !pairs.add(node + "\u0000" + sku)) {
                f.problem(ip, "duplicate stock line for node " + node + " and sku " + sku);
            }
            if (node != null && sku != null && qty != null) {
                stock.add(new StockLevel(node, sku, qty, safety == null ? 0 : safety));
            }
        }
        return stock;
    }

    private List<RoutingOrder> orders(JsonNode root, Set<String> skuIds) {
        List<RoutingOrder> orders = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<JsonNode> list = f.array(root, "", "orders", false);
        for (int i = 0; i < list.size(); i++) {
            String op = at("orders", i);
            JsonNode o = list.get(i);
            if (!o.isObject()) {
                f.problem(op, "must be an object");
                continue;
            }
            String id = f.text(o, op, "id");
            if (id != null && !ids.add(id)) {
                f.problem(at(op, "id"), "duplicate order id " + id);
            }
            JsonNode to = f.object(o, op, "shipTo");
            GeoPoint shipTo = null;
            if (to != null) {
                double lat = f.bounded(to, at(op, "shipTo"), "lat", -90, 90);
                double lon = f.bounded(to, at(op, "shipTo"), "lon", -180, 180);
                shipTo = Double.isNaN(lat) || Double.isNaN(lon) ? null : new GeoPoint(lat, lon);
            }
            List<OrderLine> lines = new ArrayList<>();
            List<JsonNode> lineNodes = f.array(o, op, "lines", true);
            for (int j = 0; j < lineNodes.size(); j++) {
                String lp = at(at(op, "lines"), j);
                JsonNode l = lineNodes.get(j);
                if (!l.isObject()) {
                    f.problem(lp, "must be an object");
                    continue;
                }
                String sku = f.text(l, lp, "sku");
                if (sku != null && !skuIds.contains(sku)) {
                    f.problem(at(lp, "sku"), "unknown sku " + sku);
                }
                Integer qty = f.whole(l, lp, "qty", 1, false, false);
                if (sku != null && qty != null) {
                    lines.add(new OrderLine(sku, qty));
                }
            }
            boolean complete = f.bool(o, op, "shipComplete", false);
            Integer max = f.whole(o, op, "maxShipments", 1, true, true);
            LocalDate release = f.date(o, op, "releaseDate");
            LocalDate deliverBy = f.date(o, op, "deliverBy");
            if (id != null && shipTo != null) {
                orders.add(new RoutingOrder(id, shipTo, lines, complete, max, release, deliverBy));
            }
        }
        return orders;
    }
}
