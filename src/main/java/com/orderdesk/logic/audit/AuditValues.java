package com.orderdesk.logic.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the "before" and "after" values of an entry as compact JSON with keys sorted and every
 * value as text (Money as "50000.00", dates as ISO), so the same values always give the same text
 * and the viewer can show them as a small table.
 */
public final class AuditValues {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private AuditValues() {
    }

    /** {@code json(Map.of("creditLimit", Money.of(50000)))} gives {@code {"creditLimit":"50000.00"}}. */
    public static String json(Map<String, ?> values) {
        Map<String, String> text = new TreeMap<>();
        values.forEach((k, v) -> text.put(k, v == null ? null : v.toString()));
        try {
            return JSON.writeValueAsString(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings always serialises", e);
        }
    }

    /** Reads values written by {@link #json}, keys in order. */
    public static Map<String, String> parse(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        try {
            Map<String, String> m = new LinkedHashMap<>();
            JSON.readTree(json).fields().forEachRemaining(f -> m.put(f.getKey(),
                    f.getValue().isNull() ? null : f.getValue().asText()));
            return m;
        } catch (JsonProcessingException e) {
            // older or hand-written text: show it whole rather than lose it
            return Map.of("value", json);
        }
    }
}
