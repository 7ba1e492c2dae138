package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.MasterData;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the quantity in an order line whose other numbers are already blanked: "2 cs", "24 x",
 * "x24", "qty: 10", "a dozen", "3 boxes", or one bare number. Cases become units through the
 * product's case quantity. Two readings that disagree, a unit the product is not sold in, or no
 * number at all leave the quantity unclear.
 */
final class QuantityReader {
    /** {@code units} null when unclear; {@code doubt} says why; {@code start}/{@code end} within the line. */
    record Quantity(Long units, String doubt, int start, int end, boolean strong) {
        Quantity(Long units, String doubt, int start, int end) {
            this(units, doubt, start, end, false);
        }
    }

    private enum Kind { CASE, UNIT, DOZEN, PACK, BARE }

    private record Mention(long n, Kind kind, String word, int start, int end) {
    }

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|[A-Za-z]+|[x×*]");
    private static final Set<String> CASE_WORDS = Set.of("case", "cases", "cs", "ctn", "ctns", "carton", "cartons", "cse");
    private static final Set<String> UNIT_WORDS = Set.of("ea", "each", "pc", "pcs", "piece", "pieces", "unit", "units",
            "x", "×", "*", "eaches", "off", "of", "qty", "nos");
    private static final Map<String, String> PACK_WORDS = Map.ofEntries(Map.entry("box", "BX"), Map.entry("boxes", "BX"),
            Map.entry("bx", "BX"), Map.entry("pack", "PK"), Map.entry("packs", "PK"), Map.entry("pk", "PK"),
            Map.entry("pkg", "PK"), Map.entry("pkgs", "PK"), Map.entry("roll", "RL"), Map.entry("rolls", "RL"),
            Map.entry("rl", "RL"), Map.entry("bag", "BG"), Map.entry("bags", "BG"), Map.entry("pair", "PR"),
            Map.entry("pairs", "PR"), Map.entry("pr", "PR"), Map.entry("set", "ST"), Map.entry("sets", "ST"),
            Map.entry("gal", "GAL"), Map.entry("gallon", "GAL"), Map.entry("gallons", "GAL"), Map.entry("pail", "PL"),
            Map.entry("pails", "PL"), Map.entry("drum", "DR"), Map.entry("drums", "DR"), Map.entry("bottle", "BT"),
            Map.entry("bottles", "BT"), Map.entry("tube", "TB"), Map.entry("tubes", "TB"), Map.entry("spool", "SP"),
            Map.entry("spools", "SP"), Map.entry("kit", "KT"), Map.entry("kits", "KT"), Map.entry("sheet", "SH"),
            Map.entry("sheets", "SH"), Map.entry("pallet", "PLT"), Map.entry("pallets", "PLT"), Map.entry("plt", "PLT"),
            Map.entry("skid", "PLT"), Map.entry("skids", "PLT"), Map.entry("crate", "CRT"), Map.entry("crates", "CRT"),
            Map.entry("bundle", "BDL"), Map.entry("bundles", "BDL"), Map.entry("bucket", "BKT"), Map.entry("buckets", "BKT"),
            Map.entry("tote", "TOT"), Map.entry("totes", "TOT"), Map.entry("reel", "REL"), Map.entry("reels", "REL"),
            Map.entry("coil", "COL"), Map.entry("coils", "COL"), Map.entry("dozen", "DZ"), Map.entry("dz", "DZ"), Map.entry("doz", "DZ"));
    /** Measures: a number followed by one is a size ("10 ft pipe", "1in", "16 oz"), unless the product is sold by it. */
    private static final Map<String, String> MEASURES = Map.ofEntries(Map.entry("in", "IN"), Map.entry("inch", "IN"),
            Map.entry("inches", "IN"), Map.entry("ft", "FT"), Map.entry("feet", "FT"), Map.entry("foot", "FT"),
            Map.entry("mm", "MM"), Map.entry("cm", "CM"), Map.entry("m", "M"), Map.entry("oz", "OZ"), Map.entry("lb", "LB"),
            Map.entry("lbs", "LB"), Map.entry("yd", "YD"), Map.entry("yds", "YD"), Map.entry("ga", "GA"), Map.entry("v", "V"),
            Map.entry("w", "W"), Map.entry("psi", "PSI"), Map.entry("mil", "MIL"), Map.entry("ct", "CT"), Map.entry("nap", "NAP"),
            Map.entry("deg", "DEG"), Map.entry("degree", "DEG"), Map.entry("awg", "AWG"), Map.entry("qt", "QT"));
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("fifteen", 15), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("fifty", 50), Map.entry("hundred", 100));
    private static final Set<String> LABELS = Set.of("qty", "qnty", "quantity", "quan", "x", "×", "*");

    private QuantityReader() {
    }

    /** The quantity of {@code product} in a masked line ({@code explicitColumn}: a table's quantity cell, where a bare number is the quantity). */
    static Quantity read(String masked, MasterData.Product product, java.util.Set<String> descriptiveNumbers) {
        List<String> tokens = new ArrayList<>();
        List<int[]> at = new ArrayList<>();
        Matcher m = TOKEN.matcher(masked);
        while (m.find()) {
            tokens.add(m.group().toLowerCase(Locale.ROOT));
            at.add(new int[] {m.start(), m.end()});
        }
        List<Mention> strong = new ArrayList<>();
        List<Mention> bare = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean digits = Character.isDigit(t.charAt(0));
            Integer word = NUMBER_WORDS.get(t);
            if (!digits && word == null) {
                continue;
            }
            if (digits && t.contains(".")) {
                continue; // 2.5 cases: not a whole quantity; left for a person
            }
            long n = digits ? parse(t) : word;
            if (n < 0) {
                continue;
            }
            String next = i + 1 < tokens.size() && adjacent(masked, at.get(i)[1], at.get(i + 1)[0]) ? tokens.get(i + 1) : null;
            if ("x".equals(next) && at.get(i + 1)[1] + 1 < masked.length() && masked.charAt(at.get(i + 1)[1]) == '-'
                    && Character.isLetter(masked.charAt(at.get(i + 1)[1] + 1))) {
                next = null; // "6 X-Large gloves": the X belongs to the size, the 6 stands alone
            }
            String prev = i > 0 && adjacent(masked, at.get(i - 1)[1], at.get(i)[0]) ? tokens.get(i - 1) : null;
            if (at.get(i)[0] > 0 && masked.charAt(at.get(i)[0] - 1) == '#') {
                continue; // "#10" is a gauge or a number, not a count
            }
            if (next != null && MEASURES.containsKey(next) && !MEASURES.get(next).equals(product.unit().toUpperCase(Locale.ROOT))
                    && !(prev != null && LABELS.contains(prev))) {
                continue;
            }
            int start = at.get(i)[0];
            int end = next == null ? at.get(i)[1] : at.get(i + 1)[1];
            Mention mention = null;
            if (next != null && CASE_WORDS.contains(next)) {
                mention = new Mention(n, Kind.CASE, next, start, end);
            } else if (next != null && PACK_WORDS.containsKey(next)) {
                mention = new Mention(n, PACK_WORDS.get(next).equals("DZ") ? Kind.DOZEN : Kind.PACK, next, start, end);
            } else if (next != null && UNIT_WORDS.contains(next) && !(next.equals("of") && word != null && n == 1)) {
                mention = new Mention(n, Kind.UNIT, next, start, end);
            } else if (prev != null && LABELS.contains(prev)) {
                mention = new Mention(n, Kind.UNIT, prev, at.get(i - 1)[0], at.get(i)[1]);
            } else if (digits) {
                bare.add(new Mention(n, Kind.BARE, null, start, at.get(i)[1]));
            }
            if (mention != null) {
                strong.add(mention);
            }
        }
        if (!strong.isEmpty()) {
            Long agreed = null;
            for (Mention s : strong) {
                Long units = units(s, product);
                if (units == null) {
                    return new Quantity(null, "\"" + masked.substring(s.start(), s.end()).strip() + "\": "
                            + product.sku() + " is sold by " + product.unit()
                            + (product.caseQty() > 1 ? " (" + product.caseQty() + " a case)" : ", not by the case"), s.start(), s.end(), true);
                }
                if (agreed != null && !agreed.equals(units)) {
                    return new Quantity(null, "two quantities (" + agreed + " and " + units + ")", s.start(), s.end(), true);
                }
                agreed = units;
            }
            Mention first = strong.get(0);
            return new Quantity(agreed, null, first.start(), strong.get(strong.size() - 1).end(), true);
        }
        if (bare.size() > 1 && !descriptiveNumbers.isEmpty()) {
            // "24 #10 wood screws 2": the numbers the product's own description holds are not its quantity.
            List<Mention> counting = new ArrayList<>();
            bare.stream().filter(b -> !descriptiveNumbers.contains(String.valueOf(b.n()))).forEach(counting::add);
            if (!counting.isEmpty()) {
                bare = counting;
            }
        }
        if (bare.size() == 1) {
            Mention b = bare.get(0);
            return new Quantity(b.n(), null, b.start(), b.end());
        }
        if (bare.isEmpty()) {
            return new Quantity(null, "no quantity", 0, 0);
        }
        return new Quantity(null, "several numbers could be the quantity", bare.get(0).start(), bare.get(bare.size() - 1).end());
    }

    private static Long units(Mention m, MasterData.Product p) {
        String unit = p.unit().toUpperCase(Locale.ROOT);
        return switch (m.kind()) {
            case UNIT, BARE -> Long.valueOf(m.n());
            case DOZEN -> Long.valueOf(unit.equals("DZ") ? m.n() : m.n() * 12);
            case CASE -> p.caseQty() > 1 ? Long.valueOf(m.n() * p.caseQty())
                    : unit.equals("CS") || unit.equals("CA") || unit.equals("CASE") ? Long.valueOf(m.n()) : null;
            case PACK -> PACK_WORDS.get(m.word()).equals(unit) ? Long.valueOf(m.n()) : null;
        };
    }

    /** Only spaces, a hyphen, a colon or an equals sign between two tokens: "2 cs", "2-cs", "24x", "qty:5". */
    private static boolean adjacent(String s, int end, int start) {
        for (int i = end; i < start; i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '-' && c != '\t' && c != ':' && c != '=' && c != '.' && c != '#') {
                return false;
            }
        }
        return start - end <= 3;
    }

    private static long parse(String digits) {
        if (digits.length() > 6) {
            return -1;
        }
        return Long.parseLong(digits);
    }
}
