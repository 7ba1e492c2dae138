package com.orderdesk.logic.capture.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns product descriptions and customers' words into comparable words: lower case, one spelling
 * per measure ({@code 3/4"}, {@code 3/4 inch} and {@code 3/4in} are all {@code 3/4 in}), a size
 * joined to its measure ({@code 16 oz} is {@code 16oz}), plurals folded, common trade abbreviations
 * spelled out. The same function runs over the catalogue and the message, so both sides agree.
 */
public final class Words {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d+(?:[.,]\\d+)?(?:-\\d+/\\d+|/\\d+)?\"?|[a-z]+(?:'[a-z]+)?|\"");
    private static final Pattern X_SIZE = Pattern.compile("\\bx-?(large|small|l|s)\\b");
    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("\"", "in"), Map.entry("in", "in"), Map.entry("inch", "in"), Map.entry("inches", "in"),
            Map.entry("ft", "ft"), Map.entry("feet", "ft"), Map.entry("foot", "ft"), Map.entry("mm", "mm"),
            Map.entry("cm", "cm"), Map.entry("oz", "oz"), Map.entry("ounce", "oz"), Map.entry("ounces", "oz"),
            Map.entry("lb", "lb"), Map.entry("lbs", "lb"), Map.entry("pound", "lb"), Map.entry("pounds", "lb"),
            Map.entry("gal", "gal"), Map.entry("gallon", "gal"), Map.entry("gallons", "gal"), Map.entry("qt", "qt"),
            Map.entry("quart", "qt"), Map.entry("quarts", "qt"), Map.entry("l", "l"), Map.entry("liter", "l"),
            Map.entry("litre", "l"), Map.entry("ml", "ml"), Map.entry("v", "v"), Map.entry("volt", "v"),
            Map.entry("w", "w"), Map.entry("watt", "w"), Map.entry("psi", "psi"), Map.entry("mil", "mil"),
            Map.entry("ga", "ga"), Map.entry("gauge", "ga"), Map.entry("ct", "ct"), Map.entry("count", "ct"),
            Map.entry("m", "m"), Map.entry("amp", "a"), Map.entry("a", "a"), Map.entry("yd", "yd"), Map.entry("x", "x"));
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("ss", "stainless"), Map.entry("stl", "steel"), Map.entry("galv", "galvanized"),
            Map.entry("blk", "black"), Map.entry("wht", "white"), Map.entry("alum", "aluminum"),
            Map.entry("aluminium", "aluminum"), Map.entry("grey", "gray"), Map.entry("lg", "large"),
            Map.entry("med", "medium"), Map.entry("sm", "small"), Map.entry("hvy", "heavy"), Map.entry("hd", "heavy"),
            Map.entry("asst", "assorted"), Map.entry("pkg", "pack"), Map.entry("pk", "pack"), Map.entry("brs", "brass"),
            Map.entry("cpvc", "cpvc"), Map.entry("thrd", "threaded"), Map.entry("thd", "threaded"), Map.entry("xl", "xlarge"), Map.entry("xs", "xsmall"),
            Map.entry("lrg", "large"), Map.entry("sml", "small"));
    /** Words that never tell one product from another. */
    static final Set<String> STOP = new java.util.HashSet<>(java.util.Arrays.asList("a", "an", "and", "the", "of", "for", "with", "w", "to", "in", "on", "by",
            "or", "per", "each", "ea", "pc", "pcs", "piece", "unit", "qty", "quantity", "x", "please", "pls", "plz",
            "ship", "send", "need", "needs", "want", "order", "ordering", "add", "also", "plus", "we", "us", "our", "i",
            "me", "my", "you", "your", "can", "could", "would", "like", "some", "more", "these", "those", "this",
            "that", "same", "usual", "again", "another", "item", "items", "following", "thanks", "thank", "is", "are",
            "be", "it", "as", "at", "from", "have", "has", "will", "get", "just", "too", "new", "next", "asap", "all",
            "case", "cs", "ctn", "carton", "dozen", "dz", "pack", "box", "bx", "total", "line", "sku", "part", "no",
            "number", "code", "desc", "description", "price", "unit", "uom", "ext", "amount", "let", "know", "if",
            "any", "questions", "hi", "hello", "team", "here", "list", "them", "they", "via", "one", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "fifty", "hundred",
            "do", "go", "kindly", "po", "p", "o", "pallet", "pallets", "require", "required", "requesting", "request", "looking", "up", "out", "deliver",
            "delivery", "ok", "okay", "so", "which", "what", "when", "pl", "eaches", "units", "pieces"));

    private Words() {
    }

    /** The comparable words of a text. */
    public static List<String> of(String text) {
        // "X-Large" must stay apart from "Large": joined before the hyphen splits it.
        String lower = X_SIZE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("x$1");
        List<String> raw = new ArrayList<>();
        Matcher m = TOKEN.matcher(lower);
        while (m.find()) {
            raw.add(m.group());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (Character.isDigit(t.charAt(0))) {
                String number = t.endsWith("\"") ? t.substring(0, t.length() - 1) : t;
                number = number.replace(',', '.');
                String measure = t.endsWith("\"") ? "in" : null;
                if (measure == null && i + 1 < raw.size() && MEASURES.containsKey(raw.get(i + 1))
                        && !raw.get(i + 1).equals("x")) {
                    measure = MEASURES.get(raw.get(++i));
                }
                // Inches are what a bare size means in this trade ("3/4 ball valve"), so 3/4" is just 3/4;
                // any other measure joins its number: 16 oz is 16oz.
                out.add(measure == null || measure.equals("in") ? number : number + measure);
                continue;
            }
            if (t.equals("\"")) {
                continue;
            }
            out.add(fold(t));
        }
        return out;
    }

    /** The words of a text that can tell products apart: {@link #of} without stop words. */
    public static List<String> content(String text) {
        List<String> out = new ArrayList<>();
        for (String w : of(text)) {
            if (!STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    static String fold(String word) {
        String w = ABBREVIATIONS.getOrDefault(word, word);
        return ABBREVIATIONS.getOrDefault(singular(w), singular(w));
    }

    private static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us")) {
            return w;
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
