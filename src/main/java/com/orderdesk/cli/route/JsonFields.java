package com.orderdesk.cli.route;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed, located reads from a Jackson tree: each getter records a problem such as
 * {@code orders[3].lines[0].qty: must be a positive whole number} and returns a fallback, so one
 * pass over the file reports every problem at once.
 */
final class JsonFields {
    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return problems;
    }

    void problem(String path, String message) {
        problems.add(path + ": " + message);
    }

    static String at(String parent, String field) {
        return parent.isEmpty() ? field : parent + "." + field;
    }

    static String at(String parent, int index) {
        return parent + "[" + index + "]";
    }

    /** The object at {@code field}, or null (problem recorded) when missing or not an object. */
    JsonNode object(JsonNode parent, String path, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            problem(at(path, field), "missing (an object is required)");
            return null;
        }
        if (!v.isObject()) {
            problem(at(path, field), "must be an object");
            return null;
        }
        return v;
    }

    /** The array at {@code field} (empty when missing or ill-typed, problem recorded). */
    List<JsonNode> array(JsonNode parent, String path, String field, boolean nonEmpty) {
        JsonNode v = parent.get(field);
        List<JsonNode> out = new ArrayList<>();
        if (v == null || v.isNull()) {
            problem(at(path, field), "missing (a list is required)");
        } else if (!v.isArray()) {
            problem(at(path, field), "must be a list");
        } else {
            v.forEach(out::add);
            if (nonEmpty && out.isEmpty()) {
                problem(at(path, field), "must not be empty");
            }
        }
        return out;
    }

    String text(JsonNode parent, String path, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            problem(at(path, field), "missing (text is required)");
            return null;
        }
        if (!v.isTextual() || v.asText().isBlank()) {
            problem(at(path, field), "must be non-empty text");
            return null;
        }
        return v.asText();
    }

    /** A number >= min; when optional and absent or null, {@code fallback}. */
    double number(JsonNode parent, String path, String field, double min, boolean optional, double fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            if (!optional) {
                problem(at(path, field), "missing (a number is required)");
            }
            return fallback;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
            problem(at(path, field), "must be a number");
            return fallback;
        }
        if (v.asDouble() < min) {
            problem(at(path, field), min == 0 ? "must not be negative" : "must be at least " + min);
            return fallback;
        }
        return v.asDouble();
    }

    /** A number within [min, max] (coordinates). */
    double bounded(JsonNode parent, String path, String field, double min, double max) {
        double value = number(parent, path, field, -Double.MAX_VALUE, false, Double.NaN);
        if (!Double.isNaN(value) && (value < min || value > max)) {
            problem(at(path, field), "must be between " + (int) min + " and " + (int) max);
            return Double.NaN;
        }
        return value;
    }

    /**
     * A whole number >= min, or null when optional and absent/null (problem recorded, and null
     * returned, when present but wrong).
     */
    Integer whole(JsonNode parent, String path, String field, int min, boolean optional, boolean nullAllowed) {
        JsonNode v = parent.get(field);
        String what = (min > 0 ? "a positive whole number" : "a whole number, zero or more")
                + (nullAllowed ? " or null" : "");
        if (v == null || v.isNull() && nullAllowed) {
            if (!optional) {
                problem(at(path, field), "missing (" + what + " is required)");
            }
            return null;
        }
        if (!v.isNumber() || !v.canConvertToExactIntegral() || !v.canConvertToInt() || v.asInt() < min) {
            problem(at(path, field), "must be " + what);
            return null;
        }
        return v.asInt();
    }

    /** An optional ISO date (yyyy-MM-dd); null when absent, null or wrong (problem recorded when wrong). */
    LocalDate date(JsonNode parent, String path, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual()) {
            try {
                return LocalDate.parse(v.asText());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problem(at(path, field), "must be a date written yyyy-MM-dd");
        return null;
    }

    boolean bool(JsonNode parent, String path, String field, boolean fallback) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            return fallback;
        }
        if (!v.isBoolean()) {
            problem(at(path, field), "must be true or false");
            return fallback;
        }
        return v.asBoolean();
    }
}
