package com.orderdesk.cli.route;

import static com.orderdesk.cli.route.JsonFields.at;

import com.fasterxml.jackson.databind.JsonNode;
import com.orderdesk.logic.fulfillment.routing.CarrierService;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the rate card's optional {@code services} (the contract's dates section): each a unique
 * name, a price factor of zero or more, and transit days per zone number of the card or
 * {@code "*"}, whole days of zero or more. Problems are recorded, located, in the shared
 * {@link JsonFields}.
 */
final class ServicesReader {
    private final JsonFields f;

    ServicesReader(JsonFields f) {
        this.f = f;
    }

    /** The services of the card (empty when the field is absent or null). */
    List<CarrierService> read(JsonNode card, String path, List<ZoneBand> zones) {
        List<CarrierService> services = new ArrayList<>();
        JsonNode v = card.get("services");
        if (v == null || v.isNull()) {
            return services;
        }
        List<JsonNode> list = f.array(card, path, "services", true);
        Set<String> names = new HashSet<>();
        Set<Integer> zoneNumbers = new HashSet<>();
        zones.forEach(z -> zoneNumbers.add(z.zone()));
        for (int i = 0; i < list.size(); i++) {
            String sp = at(at(path, "services"), i);
            JsonNode s = list.get(i);
            if (!s.isObject()) {
                f.problem(sp, "must be an object");
                continue;
            }
            String name = f.text(s, sp, "service");
            if (name != null && !names.add(name)) {
                f.problem(at(sp, "service"), "duplicate service " + name);
            }
            if (!s.has("priceFactor")) {
                f.problem(at(sp, "priceFactor"), "missing (a number, zero or more, is required)");
            }
            double factor = f.number(s, sp, "priceFactor", 0, true, Double.NaN);
            JsonNode transit = f.object(s, sp, "transitDays");
            Map<Integer, Integer> byZone = new LinkedHashMap<>();
            Integer anyZone = transit == null ? null : transitDays(transit, at(sp, "transitDays"), zoneNumbers, byZone);
            if (name != null && !Double.isNaN(factor) && transit != null) {
                services.add(new CarrierService(name, factor, byZone, anyZone));
            }
        }
        return services;
    }

    /** Fills {@code byZone} from the transit object; returns the {@code "*"} entry (null: none). */
    private Integer transitDays(JsonNode transit, String tp, Set<Integer> zoneNumbers, Map<Integer, Integer> byZone) {
        Integer anyZone = null;
        Iterator<String> keys = transit.fieldNames();
        while (keys.hasNext()) {
            String key = keys.next();
            Integer days = f.whole(transit, tp, key, 0, false, false);
            if ("*".equals(key)) {
                anyZone = days;
                continue;
            }
            Integer zone = zoneNumber(key);
            if (zone == null || !zoneNumbers.contains(zone)) {
                f.problem(at(tp, key), "must be a zone of the rate card or \"*\"");
            } else if (days != null) {
                byZone.put(zone, days);
            }
        }
        return anyZone;
    }

    private static Integer zoneNumber(String key) {
        try {
            return Integer.valueOf(key);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
