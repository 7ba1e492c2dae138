package com.orderdesk.logic.capture.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The columns of an order table written as text (an HTML table or a CSV attachment rendered as
 * "cell | cell", tab-separated lines, or columns aligned with spaces): which cell holds the
 * quantity, the unit, the price, and which cells are totals or line numbers to leave alone.
 */
public final class TableLayout {
    enum Role { CODE, DESCRIPTION, QUANTITY, UNIT, PRICE, AMOUNT, LINE_NO, OTHER }

    /** A cell: its text's place in the line. */
    record Cell(int start, int end) {
    }

    private static final Pattern PIPE = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern TAB = Pattern.compile("\\t+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private final Pattern separator;
    private final List<Role> roles;

    private TableLayout(Pattern separator, List<Role> roles) {
        this.separator = separator;
        this.roles = roles;
    }

    /** The layout a header line announces, or null when the line is no table header. */
    static TableLayout header(String line) {
        if (line.chars().filter(Character::isDigit).count() > 2) {
            return null; // "SKU: 4050184  Qty=1" is an order line written with labels, not a header
        }
        for (Pattern sep : List.of(PIPE, TAB, SPACES)) {
            List<Cell> cells = split(line, sep);
            if (cells.size() < 2) {
                continue;
            }
            List<Role> roles = new ArrayList<>();
            int known = 0;
            boolean quantity = false;
            for (Cell c : cells) {
                Role r = role(line.substring(c.start(), c.end()));
                roles.add(r);
                known += r == Role.OTHER ? 0 : 1;
                quantity |= r == Role.QUANTITY;
            }
            if (quantity && known >= 2) {
                return new TableLayout(sep, roles);
            }
        }
        return null;
    }

    /** The cells of a row of this table, or null when the line is not one (the table has ended). */
    List<Cell> row(String line) {
        List<Cell> cells = split(line, separator);
        if (cells.size() >= 2 && cells.size() < roles.size() && line.stripTrailing().endsWith("|")
                && roles.subList(cells.size(), roles.size()).stream().allMatch(r -> r == Role.PRICE || r == Role.AMOUNT || r == Role.OTHER)) {
            // "a | 40 | BX |": the last cells were empty, and the border rule took them for the table's edge.
            while (cells.size() < roles.size()) {
                cells.add(new Cell(line.length(), line.length()));
            }
        }
        return cells.size() == roles.size() ? cells : null;
    }

    Role role(int column) {
        return roles.get(column);
    }

    static List<Cell> split(String line, Pattern sep) {
        List<Cell> cells = new ArrayList<>();
        int from = 0;
        Matcher m = sep.matcher(line);
        while (m.find()) {
            addCell(line, from, m.start(), cells);
            from = m.end();
        }
        addCell(line, from, line.length(), cells);
        // "| a | b |": the empty cells outside the outer bars are not columns.
        if (!cells.isEmpty() && cells.get(0).start() == cells.get(0).end()) {
            cells.remove(0);
        }
        if (!cells.isEmpty() && cells.get(cells.size() - 1).start() == cells.get(cells.size() - 1).end()) {
            cells.remove(cells.size() - 1);
        }
        return cells;
    }

    private static void addCell(String line, int from, int to, List<Cell> cells) {
        while (from < to && Character.isWhitespace(line.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        cells.add(new Cell(from, to));
    }

    private static Role role(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("[^a-z/$# ]", "").trim();
        if (h.matches("(order(ed)? )?(qty|quantity|qnty|quan|units ordered|qty ordered|order qty|count)")) {
            return Role.QUANTITY;
        }
        if (h.matches("uom|um|u/m|unit|units|unit of measure|pack|selling unit")) {
            return Role.UNIT;
        }
        if (h.matches("(unit )?(price|cost)( each| ea| per unit)?|each|rate|\\$/unit|\\$ each|price/unit|unit \\$")) {
            return Role.PRICE;
        }
        if (h.matches("(line )?(total|amount|ext|extended|ext price|extended price|line amount|subtotal|value)")) {
            return Role.AMOUNT;
        }
        if (h.matches("(our |your |customer |cust )?(sku|item|item ?#|item no|item number|part|part ?#|part no|part number|product code|code|catalog ?#|article|upc|gtin|mfr ?#)")) {
            return Role.CODE;
        }
        if (h.matches("(item |product )?(description|desc|product|name|item name|product name)")) {
            return Role.DESCRIPTION;
        }
        if (h.matches("#|line|ln|no|line ?#|line no|pos")) {
            return Role.LINE_NO;
        }
        return Role.OTHER;
    }
}
