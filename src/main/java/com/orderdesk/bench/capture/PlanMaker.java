package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.common.EditDistance;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Decides what an order says (customer, lines and how each names its product, PO, date, ship-to)
 * and what a person would have to look at, from the catalogue's structure rather than from any
 * text matching, so the right answers do not share the engine's blind spots.
 */
final class PlanMaker {
    private static final long[] UNIT_COUNTS = {1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 24, 25, 30, 36, 40, 48, 50, 60, 100};
    private final World world;
    private final Random random;
    private final Map<String, List<String>> posByCustomer = new HashMap<>();
    private final List<String> customerNos;
    private int poCounter = 100;

    PlanMaker(World world, Random random) {
        this.world = world;
        this.random = random;
        this.customerNos = world.data.customers().stream().map(MasterData.Customer::customerNo).toList();
    }

    World world() {
        return world;
    }

    OrderPlan plan(boolean allowTrouble, int maxLines) {
        OrderPlan p = new OrderPlan();
        p.customerNo = customerNos.get(random.nextInt(customerNos.size()));
        List<World.Person> buyers = world.people.get(p.customerNo);
        p.buyer = buyers.get(random.nextInt(buyers.size()));
        p.fromAddress = p.buyer.email();
        if (allowTrouble && random.nextInt(100) < 4) {
            p.unknownSender = true;
            p.fromAddress = p.buyer.first().toLowerCase(Locale.ROOT) + "@gmail-" + random.nextInt(1000) + ".com";
        }
        int count = 1 + random.nextInt(Math.max(1, maxLines));
        for (int i = 0; i < count; i++) {
            p.lines.add(line(p.customerNo, allowTrouble));
        }
        if (allowTrouble && random.nextInt(100) < 82) {
            List<String> used = posByCustomer.computeIfAbsent(p.customerNo, c -> new ArrayList<>());
            if (allowTrouble && !used.isEmpty() && random.nextInt(100) < 5) {
                p.poNumber = used.get(random.nextInt(used.size()));
                p.duplicatePo = true;
            } else {
                p.poNumber = newPo();
                if (!p.unknownSender) {
                    used.add(p.poNumber); // an unknown sender's PO belongs to no known customer: no later mail repeats it
                }
            }
        }
        List<MasterData.ShipTo> own = world.shipTos.get(p.customerNo);
        int s = random.nextInt(100);
        if (s < 55) {
            p.shipToWay = OrderPlan.ShipToWay.NONE;
            p.shipToCode = own.get(0).code();
        } else if (allowTrouble && s < 60) {
            p.shipToWay = OrderPlan.ShipToWay.UNKNOWN;
            p.shipToCode = null;
        } else {
            MasterData.ShipTo target = own.get(random.nextInt(own.size()));
            p.shipToCode = target.code();
            p.shipToWay = s < 72 ? OrderPlan.ShipToWay.CODE : s < 86 ? OrderPlan.ShipToWay.NAME : OrderPlan.ShipToWay.ADDRESS;
        }
        p.priceMismatch = p.lines.stream().anyMatch(l -> l.statedPrice != null && l.item != null
                && l.statedPrice.compareTo(world.price(p.customerNo, l.item.product().sku(), l.item.product())) != 0);
        return p;
    }

    String newPo() {
        int kind = random.nextInt(3);
        poCounter++;
        return switch (kind) {
            case 0 -> "45000" + (10000 + poCounter * 7 % 90000);
            case 1 -> String.valueOf(700000 + poCounter * 13 % 300000);
            default -> (char) ('A' + random.nextInt(26)) + "" + (char) ('A' + random.nextInt(26)) + "-" + (1000 + poCounter) + "-26";
        };
    }

    private OrderPlan.Line line(String customer, boolean allowTrouble) {
        OrderPlan.Line l = new OrderPlan.Line();
        List<Catalogue.Item> items = world.catalogue.items();
        l.item = items.get(random.nextInt(items.size()));
        MasterData.Product product = l.item.product();
        if (product.caseQty() > 1 && random.nextInt(100) < 35) {
            l.inCases = true;
            l.units = (1 + random.nextInt(8)) * (long) product.caseQty();
        } else {
            l.units = UNIT_COUNTS[random.nextInt(UNIT_COUNTS.length)];
        }
        int n = random.nextInt(100);
        String part = world.partOfSku.get(customer).get(product.sku());
        if (allowTrouble && n < 2) {
            l.naming = OrderPlan.Naming.UNKNOWN_CODE;
            l.code = "ZX-" + (90000 + random.nextInt(9999));
            l.item = null;
            l.inCases = false;
            l.units = 1 + random.nextInt(20);
        } else if (n < 24) {
            l.naming = OrderPlan.Naming.SKU;
            l.code = product.sku();
        } else if (n < 38) {
            l.naming = OrderPlan.Naming.SKU_VARIANT;
            l.code = variant(product.sku());
        } else if (n < 45) {
            typo(l, product.sku());
        } else if (n < 52 && part != null) {
            l.naming = OrderPlan.Naming.PART;
            l.code = part;
        } else if (n < 58 && !product.gtin().isEmpty()) {
            l.naming = OrderPlan.Naming.GTIN;
            l.code = product.gtin().replaceFirst("^0+(?=\\d{12})", "");
        } else {
            description(l, allowTrouble);
        }
        if (l.item != null && random.nextInt(100) < 10) {
            BigDecimal ours = world.price(customer, product.sku(), product);
            boolean differ = allowTrouble && random.nextInt(3) == 0;
            l.statedPrice = differ ? ours.add(BigDecimal.valueOf(1 + random.nextInt(200), 2)) : ours;
        }
        return l;
    }

    private void description(OrderPlan.Line l, boolean allowTrouble) {
        l.naming = OrderPlan.Naming.DESCRIPTION;
        Catalogue.Family f = l.item.family();
        Map<String, String> mentioned = new LinkedHashMap<>();
        for (Map.Entry<String, String> v : l.item.values().entrySet()) {
            // Now and then the customer leaves out a detail; the answer then depends on what the catalogue holds.
            if (!allowTrouble || random.nextInt(100) < 90) {
                mentioned.put(v.getKey(), v.getValue());
            }
        }
        l.mentioned = mentioned;
        l.nounPhrase = random.nextInt(100) < 75 ? f.noun() : f.synonyms().get(random.nextInt(f.synonyms().size()));
        l.ambiguous = world.catalogue.fitting(f, mentioned).size() > 1;
    }

    /** A one-character slip that names no other SKU; ambiguous when it is one slip from several. */
    private void typo(OrderPlan.Line l, String sku) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String t = slip(sku);
            String key = key(t);
            boolean exact = world.catalogue.items().stream().anyMatch(i -> key(i.product().sku()).equals(key));
            if (exact || key.equals(key(sku))) {
                continue;
            }
            long near = world.catalogue.items().stream().filter(i -> oneEditApart(key, key(i.product().sku()))).count();
            l.naming = OrderPlan.Naming.SKU_TYPO;
            l.code = t;
            // A letter O for a zero reads back one way only; any other slip is certain only with one neighbour.
            l.ambiguous = !t.replace('O', '0').equals(sku) && near != 1;
            return;
        }
        l.naming = OrderPlan.Naming.SKU;
        l.code = sku;
    }

    private String slip(String sku) {
        int at = 4 + random.nextInt(sku.length() - 4);
        char c = sku.charAt(at);
        return switch (random.nextInt(4)) {
            case 0 -> c == '0' ? sku.substring(0, at) + 'O' + sku.substring(at + 1) : sku.substring(0, at) + sku.substring(at + 1);
            case 1 -> at + 1 < sku.length() ? sku.substring(0, at) + sku.charAt(at + 1) + c + sku.substring(at + 2) : sku + c;
            case 2 -> sku.substring(0, at) + c + sku.substring(at);
            default -> sku.substring(0, at) + sku.substring(at + 1);
        };
    }

    private String variant(String sku) {
        return switch (random.nextInt(4)) {
            case 0 -> sku.toLowerCase(Locale.ROOT);
            case 1 -> sku.replace("-", "");
            case 2 -> sku.replace("-", " ");
            default -> sku.replace("-", ".").toLowerCase(Locale.ROOT);
        };
    }

    static String key(String code) {
        return code.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /**
     * One slip apart (a change, an insertion, a deletion or two neighbours swapped), by the dynamic programme:
     * the capture engine decides with {@link EditDistance#atMostOne}'s linear scan, so the known answers do
     * not rest on the code they judge (EditDistanceTest holds the two to each other).
     */
    static boolean oneEditApart(String a, String b) {
        return !a.equals(b) && EditDistance.distance(a, b, 1) == 1;
    }

    static BigDecimal perCase(BigDecimal unitPrice, int caseQty) {
        return unitPrice.multiply(BigDecimal.valueOf(caseQty)).setScale(2, RoundingMode.HALF_UP);
    }

    LocalDate dateFor(LocalDate today, int daysAhead) {
        return today.plusDays(daysAhead);
    }
}
