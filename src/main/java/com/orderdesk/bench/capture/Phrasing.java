package com.orderdesk.bench.capture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/** Small pieces both styles need: a product named by its code or in words, a price, dates in numbers. */
final class Phrasing {
    private Phrasing() {
    }

    static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }

    /** The product as the line names it: the code as written, or the family noun and attribute values in some order. */
    static String product(OrderPlan.Line l, Random r) {
        if (l.naming != OrderPlan.Naming.DESCRIPTION) {
            return switch (l.naming) {
                case PART -> r.nextBoolean() ? l.code : pick(r, "our part ", "part# ", "p/n ") + l.code;
                case GTIN -> pick(r, "UPC ", "GTIN ", "upc: ", "") + l.code;
                default -> l.code;
            };
        }
        List<String> words = new ArrayList<>();
        for (Map.Entry<String, String> e : l.mentioned.entrySet()) {
            words.add(value(e.getValue(), r));
        }
        Collections.shuffle(words, r);
        String noun = r.nextInt(4) == 0 ? l.nounPhrase.toLowerCase(Locale.ROOT) : l.nounPhrase;
        if (r.nextBoolean()) {
            return String.join(" ", words) + (words.isEmpty() ? "" : " ") + noun;
        }
        return noun + (words.isEmpty() ? "" : (r.nextBoolean() ? ", " : " ") + String.join(r.nextBoolean() ? ", " : " ", words));
    }

    /** "3/4 in" written as 3/4", 3/4 inch, 3/4in or 3/4; "16 oz" as 16oz; names in lower case now and then. */
    static String value(String v, Random r) {
        if (v.endsWith(" in")) {
            String n = v.substring(0, v.length() - 3);
            return pick(r, n + "\"", n + " inch", n + "in", n + " in", n + "\"");
        }
        if (v.matches("\\d+(\\.\\d+)? (oz|ft|ga|yd)")) {
            return r.nextBoolean() ? v.replace(" ", "") : v;
        }
        return r.nextInt(3) == 0 ? v.toLowerCase(Locale.ROOT) : v;
    }

    static String money(BigDecimal amount, Random r) {
        return pick(r, "$", "$", "") + amount.setScale(2).toPlainString();
    }

    static String usDate(LocalDate d, boolean year) {
        return d.getMonthValue() + "/" + d.getDayOfMonth() + (year ? "/" + d.getYear() : "");
    }

    static String monthName(LocalDate d, boolean full) {
        String m = d.getMonth().getDisplayName(full ? java.time.format.TextStyle.FULL : java.time.format.TextStyle.SHORT, Locale.US);
        return m;
    }

    static String ordinal(int day) {
        if (day >= 11 && day <= 13) {
            return day + "th";
        }
        return day + switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }
}
