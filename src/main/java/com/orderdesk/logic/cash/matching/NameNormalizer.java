package com.orderdesk.logic.cash.matching;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reduces a company name to comparable words: case, accents and punctuation go, legal suffixes
 * (Inc, LLC, Corp, Co, Ltd...) go, and common abbreviations are spelled out, so that
 * "ACME INTL SUPPLY CO." and "Acme International Supply, Inc." compare equal.
 */
public final class NameNormalizer {
    private static final Set<String> LEGAL_SUFFIXES = Set.of(
            "inc", "incorporated", "llc", "corp", "corporation", "co", "company", "ltd", "limited",
            "lp", "llp", "plc", "pllc", "gmbh", "sa", "the", "and", "of");
    private static final Map<String, String> ABBREVIATIONS = Map.ofEntries(
            Map.entry("intl", "international"), Map.entry("int", "international"),
            Map.entry("mfg", "manufacturing"), Map.entry("mfrs", "manufacturers"),
            Map.entry("bros", "brothers"), Map.entry("svc", "services"), Map.entry("svcs", "services"),
            Map.entry("service", "services"), Map.entry("dist", "distribution"),
            Map.entry("distr", "distribution"), Map.entry("distrib", "distribution"),
            Map.entry("assoc", "associates"), Map.entry("assocs", "associates"),
            Map.entry("natl", "national"), Map.entry("ind", "industries"), Map.entry("inds", "industries"),
            Map.entry("industry", "industries"), Map.entry("grp", "group"), Map.entry("hldgs", "holdings"),
            Map.entry("tech", "technologies"), Map.entry("technology", "technologies"),
            Map.entry("sys", "systems"), Map.entry("mgmt", "management"), Map.entry("mkt", "market"),
            Map.entry("mkts", "markets"), Map.entry("supp", "supply"), Map.entry("sply", "supply"),
            Map.entry("supplies", "supply"), Map.entry("ent", "enterprises"),
            Map.entry("entps", "enterprises"), Map.entry("hdwe", "hardware"), Map.entry("hdw", "hardware"),
            Map.entry("elec", "electric"), Map.entry("electrical", "electric"),
            Map.entry("amer", "american"), Map.entry("ctr", "center"), Map.entry("centre", "center"),
            Map.entry("bldg", "building"), Map.entry("prods", "products"), Map.entry("prod", "products"),
            Map.entry("st", "saint"), Map.entry("mt", "mount"), Map.entry("n", "north"),
            Map.entry("s", "south"), Map.entry("e", "east"), Map.entry("w", "west"));

    // compiled once: words() runs for every payer name of a run (String.replaceAll compiles per call)
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern DROPPED = Pattern.compile("[.'’]");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

    private NameNormalizer() {
    }

    /** The meaningful words of a name, lower case, abbreviations expanded, legal suffixes dropped. */
    static List<String> words(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT).replace("&", " and ");
        s = NOT_WORD.matcher(DROPPED.matcher(s).replaceAll("")).replaceAll(" ").trim();
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        for (String w : s.split(" ")) {
            String expanded = ABBREVIATIONS.getOrDefault(w, w);
            if (!LEGAL_SUFFIXES.contains(expanded)) {
                out.add(expanded);
            }
        }
        return out;
    }

    /** One comparable key: the words joined by a single space. */
    static String key(String name) {
        return String.join(" ", words(name));
    }

    /** The key without spaces, to catch "A B C Supply" vs "ABC Supply" and truncated bank names. */
    public static String compactKey(String name) {
        return String.join("", words(name));
    }
}
