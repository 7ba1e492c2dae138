package com.orderdesk.logic.capture.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The customer's PO number: "PO 4500012345", "P.O. #: AC-7781", "Purchase Order No. 778812",
 * "Order # 55123", "PO4500012345". A value must hold a digit ("PO Box" is an address).
 */
public final class PoNumberReader {
    public record PoMention(String value, int start, int end) {
    }

    private static final Pattern PO = Pattern.compile(
            "(?i)(?<![A-Za-z])(?:p\\.[ \\t]?o\\.?|po|purchase[ \\t]+order|p/o|order)"
                    + "(?:[ \\t]*(?:#|no\\.?|num(?:ber)?\\.?|nbr\\.?|ref(?:erence)?)){0,2}(?:[ \\t]+(?:is|will be|reads))?[ \\t]*[:#.=-]?[ \\t]*"
                    + "([A-Za-z0-9][A-Za-z0-9\\-/_]{1,28}[A-Za-z0-9])(?![A-Za-z0-9])");

    private PoNumberReader() {
    }

    public static List<PoMention> find(String text, int from, int to) {
        List<PoMention> out = new ArrayList<>();
        Matcher m = PO.matcher(text).region(from, to);
        while (m.find()) {
            String cue = m.group().substring(0, m.start(1) - m.start()).trim().toLowerCase();
            String value = m.group(1);
            if (!value.matches(".*\\d.*") || value.matches("\\d{1,2}/\\d{1,2}(/\\d{2,4})?")) {
                continue;
            }
            // "order 100 units" is a quantity, not an order number: plain "order" needs a #, No. or Number.
            if (cue.startsWith("order") && !cue.matches("order\\s*(#|no|num|number|nbr|ref).*")) {
                continue;
            }
            if (cue.equals("po") && !m.group().substring(0, 2).equals("PO") && !m.group().substring(0, 2).equals("Po")
                    && !value.matches(".*\\d{4}.*")) {
                continue; // lower-case "po" before a short value is rarely a PO label
            }
            if (value.length() < 3) {
                continue;
            }
            out.add(new PoMention(value, m.start(1), m.end(1)));
        }
        return out;
    }
}
