package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A distributor's catalogue built from product families and their attributes (material, size,
 * length...), so that the generator knows, without any text matching, which products a customer's
 * words could mean: a description that names the family and some attribute values fits every
 * product of that family with those values.
 */
final class Catalogue {
    /** A family: its noun phrase, its attributes with their possible values, how it is sold. */
    record Family(String prefix, String noun, List<String> synonyms, Map<String, List<String>> attributes, String unit,
                  int[] caseQtys, double basePrice) {
    }

    /** One product: its master data and the attribute values that define it. */
    record Item(MasterData.Product product, Family family, Map<String, String> values) {
    }

    static final List<Family> FAMILIES = List.of(
            family("VLV", "Ball Valve", List.of("ball valve", "ball valves"), "EA", new int[] {1, 10, 12}, 9.5,
                    "material", List.of("Brass", "Stainless Steel", "PVC"), "size", List.of("1/4 in", "1/2 in", "3/4 in", "1 in", "1-1/4 in", "2 in"),
                    "end", List.of("Threaded", "Sweat")),
            family("GTV", "Gate Valve", List.of("gate valve", "gate valves"), "EA", new int[] {1, 6}, 14.0,
                    "material", List.of("Bronze", "Cast Iron"), "size", List.of("1/2 in", "3/4 in", "1 in", "2 in")),
            family("ELB", "Elbow 90 Degree", List.of("90 elbow", "90 degree elbow", "elbows 90 deg"), "EA", new int[] {25, 50}, 0.9,
                    "material", List.of("Copper", "PVC", "Galvanized"), "size", List.of("1/2 in", "3/4 in", "1 in")),
            family("PIP", "Pipe", List.of("pipe"), "EA", new int[] {1}, 6.0,
                    "material", List.of("PVC Schedule 40", "Copper Type L", "CPVC"), "size", List.of("1/2 in", "3/4 in", "1 in"),
                    "length", List.of("10 ft", "20 ft")),
            family("GLV", "Nitrile Gloves", List.of("nitrile gloves", "gloves nitrile"), "BX", new int[] {10}, 8.9,
                    "size", List.of("Small", "Medium", "Large", "X-Large"), "color", List.of("Blue", "Black")),
            family("HAM", "Claw Hammer", List.of("claw hammer", "hammers"), "EA", new int[] {6, 1}, 15.0,
                    "weight", List.of("16 oz", "20 oz", "22 oz"), "handle", List.of("Fiberglass", "Wood", "Steel")),
            family("TAP", "Thread Seal Tape", List.of("thread seal tape", "teflon tape", "ptfe tape"), "RL", new int[] {24, 48}, 1.1,
                    "width", List.of("1/2 in", "3/4 in", "1 in"), "color", List.of("White", "Yellow", "Pink")),
            family("SCR", "Wood Screws", List.of("wood screws", "screws wood"), "BX", new int[] {12, 1}, 6.5,
                    "gauge", List.of("#8", "#10"), "length", List.of("1 in", "1-1/4 in", "2 in", "3 in"), "finish", List.of("Zinc", "Black Phosphate")),
            family("EXT", "Extension Cord", List.of("extension cord", "ext cord", "extension cords"), "EA", new int[] {1, 4}, 18.0,
                    "length", List.of("25 ft", "50 ft", "100 ft"), "gauge", List.of("12 ga", "14 ga", "16 ga"), "color", List.of("Orange", "Yellow")),
            family("LED", "LED Bulb", List.of("led bulb", "led bulbs", "led lamps"), "EA", new int[] {6, 12}, 3.2,
                    "shape", List.of("A19", "BR30", "PAR38"), "color", List.of("Soft White", "Daylight"), "power", List.of("60W Equivalent", "100W Equivalent")),
            family("GLS", "Safety Glasses", List.of("safety glasses", "safety specs"), "EA", new int[] {12}, 4.4,
                    "lens", List.of("Clear", "Tinted", "Amber"), "coating", List.of("Anti-Fog", "Standard")),
            family("DCT", "Duct Tape", List.of("duct tape"), "RL", new int[] {24, 12}, 5.6,
                    "color", List.of("Silver", "Black", "White"), "width", List.of("2 in", "3 in"), "length", List.of("60 yd", "30 yd")),
            family("CLK", "Silicone Caulk", List.of("silicone caulk", "caulk silicone"), "EA", new int[] {12}, 5.9,
                    "color", List.of("Clear", "White", "Almond"), "volume", List.of("10 oz", "2.8 oz")),
            family("RLR", "Paint Roller Cover", List.of("roller cover", "paint roller covers"), "EA", new int[] {12, 6}, 3.9,
                    "width", List.of("4 in", "9 in", "18 in"), "nap", List.of("3/8 Nap", "1/2 Nap", "3/4 Nap")),
            family("WRN", "Adjustable Wrench", List.of("adjustable wrench", "crescent wrench"), "EA", new int[] {1, 6}, 12.5,
                    "length", List.of("6 in", "8 in", "10 in", "12 in"), "finish", List.of("Chrome", "Black Oxide")));

    private final List<Item> items = new ArrayList<>();

    Catalogue(Random random, int size) {
        int number = 1000;
        List<Item> all = new ArrayList<>();
        for (Family f : FAMILIES) {
            for (Map<String, String> values : combinations(f)) {
                all.add(item(f, values, random, number++));
            }
        }
        // A realistic catalogue carries only some of the combinations a family could have.
        java.util.Collections.shuffle(all, random);
        List<Item> kept = new ArrayList<>(all.subList(0, Math.min(size, all.size())));
        kept.sort((a, b) -> a.product().sku().compareTo(b.product().sku()));
        items.addAll(kept);
    }

    List<Item> items() {
        return items;
    }

    /** The products of a family whose attributes take the given values (the ones a customer's words could mean). */
    List<Item> fitting(Family family, Map<String, String> mentioned) {
        List<Item> out = new ArrayList<>();
        for (Item i : items) {
            if (i.family() == family && mentioned.entrySet().stream().allMatch(e -> e.getValue().equals(i.values().get(e.getKey())))) {
                out.add(i);
            }
        }
        return out;
    }

    private static Item item(Family f, Map<String, String> values, Random random, int number) {
        String sku = f.prefix() + "-" + number;
        StringBuilder description = new StringBuilder(f.noun());
        values.values().forEach(v -> description.append(", ").append(v));
        int caseQty = f.caseQtys()[random.nextInt(f.caseQtys().length)];
        String gtin = random.nextInt(10) < 6 ? gtin(random) : "";
        BigDecimal price = BigDecimal.valueOf(f.basePrice() * (0.6 + random.nextDouble() * 1.2)).setScale(2, RoundingMode.HALF_UP);
        return new Item(new MasterData.Product(sku, description.toString(), f.unit(), caseQty, gtin, price), f, values);
    }

    /** A GTIN-12 or -14 with a valid check digit. */
    private static String gtin(Random random) {
        int length = random.nextBoolean() ? 11 : 13;
        StringBuilder b = new StringBuilder(length == 13 ? "00" : "0");
        while (b.length() < length) {
            b.append(random.nextInt(10));
        }
        int sum = 0;
        for (int i = 0; i < b.length(); i++) {
            int d = b.charAt(b.length() - 1 - i) - '0';
            sum += i % 2 == 0 ? d * 3 : d;
        }
        return b.append((10 - sum % 10) % 10).toString();
    }

    private static List<Map<String, String>> combinations(Family f) {
        List<Map<String, String>> out = new ArrayList<>();
        out.add(new LinkedHashMap<>());
        for (Map.Entry<String, List<String>> a : f.attributes().entrySet()) {
            List<Map<String, String>> next = new ArrayList<>();
            for (Map<String, String> partial : out) {
                for (String v : a.getValue()) {
                    Map<String, String> m = new LinkedHashMap<>(partial);
                    m.put(a.getKey(), v);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static Family family(String prefix, String noun, List<String> synonyms, String unit, int[] caseQtys, double price,
                                 Object... attributes) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> values = (List<String>) attributes[i + 1];
            map.put((String) attributes[i], values);
        }
        return new Family(prefix, noun, synonyms, map, unit, caseQtys, price);
    }

    static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
