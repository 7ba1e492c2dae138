package com.orderdesk.logic.fulfillment;

import com.orderdesk.logic.fulfillment.routing.CarrierService;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One carrier service as routing settings keep it: {@code transitDays} is the text an
 * administrator edits, zone entries separated by commas, each "zone:days", and "*:days" for every
 * zone without its own entry (for example "1:1,2:2,3:3,*:5"). An inactive service is not offered.
 */
public record ServiceSetting(String name, String label, BigDecimal priceFactor, String transitDays, boolean active) {

    /** Every problem, each naming the service and the field; empty when it can be saved. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (priceFactor == null || priceFactor.signum() <= 0) {
            out.add(name + " price factor: must be more than 0 (1 = the rate card's price)");
        }
        try {
            parseTransit(transitDays);
        } catch (IllegalArgumentException e) {
            out.add(name + " transit days: " + e.getMessage());
        }
        return out;
    }

    /** The router's service; call only when {@link #problems()} is empty. */
    public CarrierService toRouting() {
        Map<Integer, Integer> byZone = new LinkedHashMap<>();
        Integer any = parseTransit(transitDays, byZone);
        return new CarrierService(name, priceFactor.doubleValue(), byZone, any);
    }

    static void parseTransit(String text) {
        parseTransit(text, new LinkedHashMap<>());
    }

    /** Transit days read: each zone's own days, by zone, and the days of every other zone (null: none). */
    public record Transit(java.util.SortedMap<Integer, Integer> byZone, Integer otherZones) {
    }

    /** {@code text} read as {@link #transitDays} is written; IllegalArgumentException, saying why, where it cannot be. */
    public static Transit transit(String text) {
        java.util.SortedMap<Integer, Integer> byZone = new java.util.TreeMap<>();
        Integer any = parseTransit(text, byZone);
        return new Transit(byZone, any);
    }

    private static Integer parseTransit(String text, Map<Integer, Integer> byZone) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("give at least one zone, as zone:days (for example 1:1,2:2,*:5)");
        }
        Integer any = null;
        for (String part : text.split(",")) {
            String[] kv = part.strip().split(":");
            if (kv.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not zone:days (for example 3:2 or *:5)");
            }
            int days;
            try {
                days = Integer.parseInt(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + kv[1].strip() + "' is not a whole number of days");
            }
            if (days < 0) {
                throw new IllegalArgumentException("days must be 0 or more, not " + days);
            }
            String zone = kv[0].strip();
            if (zone.equals("*")) {
                any = days;
            } else {
                try {
                    byZone.put(Integer.parseInt(zone), days);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + zone + "' is not a zone number or *");
                }
            }
        }
        return any;
    }
}
