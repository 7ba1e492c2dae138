package com.orderdesk.logic.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdesk.logic.assets.AssetFiles;
import com.orderdesk.logic.assets.AssetFormatException;
import com.orderdesk.model.common.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outlines of the 50 states and DC, read from {@code assets/map/us-states.json} (US Census
 * Bureau cartographic boundaries via us-atlas; see assets/README.md). Format: an object with a
 * {@code states} array; each state has {@code code}, {@code name}, {@code fips} and
 * {@code polygons}: an array of polygons, each an array of rings, each ring a flat array
 * {@code [lon, lat, lon, lat, ...]}. Immutable and safe to share between threads.
 */
public final class StateOutlines {
    public static final String ASSET = "map/us-states.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, StateOutline> byCode;

    private StateOutlines(Map<String, StateOutline> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    /** Reads the outlines shipped with the application. */
    public static StateOutlines loadDefault() {
        try (InputStream in = AssetFiles.open(ASSET)) {
            return read(in, AssetFiles.displayName(ASSET));
        } catch (IOException e) {
            throw new AssetFormatException("cannot read " + AssetFiles.displayName(ASSET) + ": " + e.getMessage(), e);
        }
    }

    /** @param source the file name used in error messages */
    public static StateOutlines read(InputStream json, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            String line = e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
            throw new AssetFormatException(source + line + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new AssetFormatException("cannot read " + source + ": " + e.getMessage(), e);
        }
        JsonNode states = root == null ? null : root.get("states");
        if (states == null || !states.isArray()) {
            throw new AssetFormatException(source + ": expected an object with a 'states' array");
        }
        Map<String, StateOutline> byCode = new TreeMap<>();
        for (int i = 0; i < states.size(); i++) {
            StateOutline outline = readState(states.get(i), source + " states[" + i + "]");
            if (byCode.putIfAbsent(outline.code(), outline) != null) {
                throw new AssetFormatException(source + " states[" + i + "]: state " + outline.code() + " is listed twice");
            }
        }
        return new StateOutlines(byCode);
    }

    /**
     * One state's outline. Codes are matched ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException for a code that has no outline
     */
    public StateOutline get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("no map outline for state '" + code
                + "': expected one of " + String.join(", ", byCode.keySet())));
    }

    public Optional<StateOutline> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** All outlines in state-code order. */
    public Collection<StateOutline> all() {
        return byCode.values();
    }

    public List<String> codes() {
        return List.copyOf(byCode.keySet());
    }

    /** The state whose land contains the point, if any (a point offshore or abroad has none). */
    public Optional<StateOutline> stateContaining(GeoPoint point) {
        return byCode.values().stream().filter(s -> s.contains(point)).findFirst();
    }

    private static StateOutline readState(JsonNode node, String where) {
        String code = text(node, "code", where);
        String name = text(node, "name", where);
        String fips = text(node, "fips", where);
        JsonNode polygons = node.get("polygons");
        if (polygons == null || !polygons.isArray() || polygons.isEmpty()) {
            throw new AssetFormatException(where + " (" + code + "): 'polygons' must be a non-empty array");
        }
        List<StateOutline.Polygon> result = new ArrayList<>(polygons.size());
        for (int p = 0; p < polygons.size(); p++) {
            JsonNode rings = polygons.get(p);
            String polygonWhere = where + " (" + code + ") polygon " + p;
            if (!rings.isArray() || rings.isEmpty()) {
                throw new AssetFormatException(polygonWhere + ": must be a non-empty array of rings");
            }
            List<List<GeoPoint>> parsed = new ArrayList<>(rings.size());
            for (int r = 0; r < rings.size(); r++) {
                parsed.add(readRing(rings.get(r), polygonWhere + " ring " + r));
            }
            result.add(new StateOutline.Polygon(parsed));
        }
        return new StateOutline(code, name, fips, result);
    }

    private static List<GeoPoint> readRing(JsonNode ring, String where) {
        if (!ring.isArray() || ring.size() % 2 != 0 || ring.size() < 8) {
            throw new AssetFormatException(where + ": a ring is a flat [lon, lat, ...] array of at least 4 points");
        }
        List<GeoPoint> points = new ArrayList<>(ring.size() / 2);
        for (int k = 0; k < ring.size(); k += 2) {
            JsonNode lon = ring.get(k);
            JsonNode lat = ring.get(k + 1);
            if (!lon.isNumber() || !lat.isNumber()) {
                throw new AssetFormatException(where + " point " + k / 2 + ": coordinates must be numbers");
            }
            try {
                points.add(new GeoPoint(lat.doubleValue(), lon.doubleValue()));
            } catch (IllegalArgumentException e) {
                throw new AssetFormatException(where + " point " + k / 2 + ": " + e.getMessage());
            }
        }
        if (!points.get(0).equals(points.get(points.size() - 1))) {
            throw new AssetFormatException(where + ": ring is not closed (last point must equal the first)");
        }
        return points;
    }

    private static String text(JsonNode node, String field, String where) {
        JsonNode value = node == null ? null : node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new AssetFormatException(where + ": missing text field '" + field + "'");
        }
        return value.asText();
    }
}
