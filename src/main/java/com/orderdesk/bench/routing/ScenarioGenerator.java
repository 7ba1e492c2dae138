package com.orderdesk.bench.routing;

import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.NodeType;
import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.model.common.GeoPoint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates a realistic routing scenario from a seed: distribution centres at freight hubs
 * (most skus, deep stock, cheap handling), stores in metro areas (a small assortment, shallow
 * stock, dearer handling and picking, limited shipments) and drop-ship suppliers (their own
 * product lines, deep stock, dear handling); sku weights log-normal around 1.2 kg; popular skus
 * ordered more often; order sizes skewed to few lines and small quantities; ship-tos around US
 * metros; a parcel rate card shaped like the spec's (zones by distance, 7 weight breaks).
 * {@code stockFactor} below 1 makes stock scarce (for batch studies).
 */
public final class ScenarioGenerator {
    /** How big a scenario to make. */
    public record Size(int orders, int minLines, int maxLines, int nodes, int skus, double stockFactor,
                       Assortment assortment) {
        public Size(int orders, int minLines, int maxLines, int nodes, int skus, double stockFactor) {
            this(orders, minLines, maxLines, nodes, skus, stockFactor, Assortment.POPULARITY);
        }

        public static Size benchmark() {
            return new Size(10_000, 1, 20, 50, 5_000, 1.0);
        }
    }

    /**
     * Which skus a DC or store carries. POPULARITY (default, as distributors stock): fast movers
     * nearly everywhere (DCs 97%, stores about a third), the long tail in few DCs (down to 37%) and
     * hardly any store. UNIFORM: each DC a random 60% of the catalogue and each store 12%,
     * whatever sells; big orders then almost never fit one node (a harsher, less realistic test).
     */
    public enum Assortment {
        POPULARITY, UNIFORM
    }

    static final double[] BREAKS = {0.5, 1, 2, 5, 10, 20, 30};
    static final double[] ZONE1 = {7.10, 7.60, 8.40, 10.20, 12.90, 17.80, 22.50};
    static final double[] MAX_KM = {80, 241, 483, 966, 1609, 2253, 2897};

    private ScenarioGenerator() {
    }

    public static RateCard rateCard() {
        List<ZoneBand> zones = new ArrayList<>();
        Map<Integer, List<Double>> prices = new LinkedHashMap<>();
        Map<Integer, Double> perKg = new LinkedHashMap<>();
        for (int z = 1; z <= 8; z++) {
            zones.add(new ZoneBand(z, z <= 7 ? MAX_KM[z - 1] : null));
            List<Double> row = new ArrayList<>();
            for (int i = 0; i < BREAKS.length; i++) {
                double price = ZONE1[i] * (1 + 0.11 * (z - 1)) + 0.35 * (z - 1) * Math.pow(BREAKS[i], 0.6);
                row.add(cents(price));
            }
            prices.put(z, row);
            perKg.put(z, cents(0.55 + 0.12 * (z - 1)));
        }
        List<Double> breaks = new ArrayList<>();
        for (double b : BREAKS) {
            breaks.add(b);
        }
        return new RateCard(zones, breaks, prices, perKg);
    }

    public static Scenario generate(Size size, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        List<SkuInfo> skus = new ArrayList<>();
        for (int s = 0; s < size.skus(); s++) {
            double kg = Math.exp(Math.log(1.2) + 1.0 * gaussian(rnd));
            skus.add(new SkuInfo(String.format("SKU-%05d", s + 1), Math.max(0.05, Math.min(40, round(kg, 2)))));
        }
        List<FulfillmentNode> nodes = new ArrayList<>();
        List<StockLevel> stock = new ArrayList<>();
        int dcs = Math.max(1, size.nodes() * 8 / 50);
        int suppliers = Math.max(size.nodes() >= 3 ? 1 : 0, size.nodes() * 8 / 50);
        for (int n = 0; n < size.nodes(); n++) {
            NodeType type = n < dcs ? NodeType.DC : n < dcs + suppliers ? NodeType.SUPPLIER : NodeType.STORE;
            List<GeoPoint> sites = type == NodeType.DC ? UsPlaces.HUBS : UsPlaces.METROS;
            GeoPoint at = jitter(sites.get((n * 7 + (type == NodeType.STORE ? 3 : 0)) % sites.size()), 0.15, rnd);
            String id = switch (type) {
                case DC -> "DC-" + (n + 1);
                case SUPPLIER -> "SUP-" + (n + 1);
                case STORE -> "ST-" + (n + 1);
            };
            nodes.add(switch (type) {
                case DC -> new FulfillmentNode(id, type, at, 2.50, 0.20, null);
                case SUPPLIER -> new FulfillmentNode(id, type, at, 5.00, 0.10, null);
                case STORE -> new FulfillmentNode(id, type, at, 3.50, 0.45, 400);
            });
            boolean byPopularity = size.assortment() == Assortment.POPULARITY;
            for (int s = 0; s < size.skus(); s++) {
                int qty;
                int safety;
                double tail = (double) s / size.skus(); // orders pick low indexes more often
                switch (type) {
                    case DC -> {
                        if (rnd.nextDouble() >= (byPopularity ? 0.97 - 0.6 * tail : 0.6)) {
                            continue;
                        }
                        qty = rnd.nextInt(0, byPopularity ? 21 + (int) (150 * (1 - tail)) : 121);
                        safety = rnd.nextInt(2, 6);
                    }
                    case SUPPLIER -> {
                        if (s % suppliers != n - dcs || rnd.nextDouble() >= 0.9) {
                            continue;
                        }
                        qty = rnd.nextInt(50, 501);
                        safety = 0;
                    }
                    default -> {
                        if (rnd.nextDouble() >= (byPopularity ? 0.35 * Math.pow(1 - tail, 3) : 0.12)) {
                            continue;
                        }
                        qty = rnd.nextInt(0, 13);
                        safety = 1;
                    }
                }
                qty = (int) Math.round(qty * size.stockFactor());
                stock.add(new StockLevel(id, skus.get(s).sku(), qty, safety));
            }
        }
        List<RoutingOrder> orders = new ArrayList<>();
        for (int o = 0; o < size.orders(); o++) {
            int span = size.maxLines() - size.minLines();
            double u = rnd.nextDouble();
            int lineCount = size.minLines() + (int) Math.floor((span + 1) * u * u);
            Map<String, Integer> lines = new LinkedHashMap<>();
            while (lines.size() < Math.min(lineCount, size.skus())) {
                int s = (int) Math.floor(size.skus() * Math.pow(rnd.nextDouble(), 1.7));
                lines.putIfAbsent(skus.get(s).sku(), quantity(rnd));
            }
            GeoPoint to = jitter(UsPlaces.METROS.get(rnd.nextInt(UsPlaces.METROS.size())), 0.6, rnd);
            boolean complete = rnd.nextDouble() < 0.05;
            Integer max = rnd.nextDouble() < 0.10 ? 2 : null;
            orders.add(new RoutingOrder(String.format("SO-%06d", o + 1), to,
                    lines.entrySet().stream().map(e -> new OrderLine(e.getKey(), e.getValue())).toList(),
                    complete, max));
        }
        return new Scenario(rateCard(), nodes, skus, stock, orders, 25.00);
    }

    private static int quantity(SplittableRandom rnd) {
        double u = rnd.nextDouble();
        if (u < 0.55) {
            return 1;
        }
        if (u < 0.80) {
            return 2;
        }
        if (u < 0.95) {
            return rnd.nextInt(3, 6);
        }
        return rnd.nextInt(6, 13);
    }

    private static GeoPoint jitter(GeoPoint p, double degrees, SplittableRandom rnd) {
        double lat = Math.max(-90, Math.min(90, p.lat() + (rnd.nextDouble() * 2 - 1) * degrees));
        double lon = Math.max(-180, Math.min(180, p.lon() + (rnd.nextDouble() * 2 - 1) * degrees));
        return new GeoPoint(round(lat, 4), round(lon, 4));
    }

    private static double gaussian(SplittableRandom rnd) {
        double u1 = 1 - rnd.nextDouble();
        double u2 = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }

    private static double cents(double v) {
        return round(v, 2);
    }
}
