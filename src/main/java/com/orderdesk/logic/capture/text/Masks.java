package com.orderdesk.logic.capture.text;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers in an order line that are not its quantity: phone numbers, street numbers and ZIP codes,
 * times, percentages, pack sizes ("case of 12", "12/cs"), list numbering, and prices. Each is
 * blanked out (replaced by spaces, so offsets stay put) before the quantity is looked for; a
 * price that states what the customer expects to pay per unit or per case is kept aside.
 */
final class Masks {
    /** A price the customer wrote, and whether it is per case. */
    record StatedPrice(BigDecimal amount, boolean perCase, int start, int end) {
    }

    private static final List<Pattern> NOT_QUANTITIES = List.of(
            Pattern.compile("(?:\\+?1[\\s.-]?)?\\(?\\b\\d{3}\\)?[\\s.-]\\d{3}[\\s.-]\\d{4}\\b(?:\\s*(?:x|ext\\.?)\\s*\\d+)?"),
            // Street numbers: "1200 Commerce St", "45 N. Main Street" (capitalised, so "24 x 3 way valve" stays an order)
            Pattern.compile("\\b\\d{1,6}\\s+(?:[NSEW]\\.?\\s+)?(?:(?:[A-Z][a-z]+|\\d+(?:st|nd|rd|th))\\.?\\s+){1,3}(?:St|Street|Ave|Avenue|Rd|Road"
                    + "|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Pkwy|Parkway|Hwy|Highway|Ct|Court|Pl|Place|Cir|Circle|Ter|Terrace"
                    + "|Trl|Trail|ST|STREET|AVE|RD|BLVD|DR|LN|WAY|PKWY|HWY)\\b\\.?"),
            Pattern.compile("(?i)\\b(?:suite|ste|unit|bldg|building|dock|door|apt|room|floor|box)\\s*#?\\s*\\d+\\b"),
            Pattern.compile("\\b[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?\\b"),
            Pattern.compile("\\b\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b\\d{1,2}\\s*[ap]\\.?m\\.?(?![a-z])", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b\\d+(?:\\.\\d+)?\\s*%"),
            // "(case of 12)": a pack size; but "3 cases of 90 elbows" is a quantity and a product.
            Pattern.compile("(?i)(?<!\\d\\s)(?<!\\d)(?<!\\d\\s\\s)\\b(?:case|cs|box|bx|pack|pk|ctn|carton|bag|pkg|package)s?\\s+(?:of|w/|with)\\s+\\d{1,4}\\b(?![/.]\\d)(?!\\s*(?:(?:oz|in|inch|ft|mm|lb|gal|ga|v|w|yd|ct|pc|pcs|ea|x)\\b|\"))"),
            Pattern.compile("(?i)\\b\\d+\\s*(?:/|per|a|an|to a|in a)\\s*(?:case|cs|ctn|carton|box|bx|pack|pk)\\b"),
            Pattern.compile("(?i)\\(\\s*\\d+\\s*(?:/|per)\\s*(?:case|cs|ctn)\\s*\\)"),
            Pattern.compile("^\\s*(?:#\\s*)?\\d{1,2}[.)]\\s+"),
            Pattern.compile("(?i)\\b(?:line|item|ln|#)\\s*\\d{1,3}\\s*[:.)-]"),
            Pattern.compile("(?i)\\b(?:we have|since|founded|established|est\\.)\\s+\\d+"),
            Pattern.compile("\\b\\d+(?:-\\d+)?/\\d+\\b"),
            // Sizes: 3/4", 10mm, 16 oz, 120V: they describe the product, they do not count it.
            Pattern.compile("(?i)\\b\\d+(?:\\.\\d+)?(?:\\s*(?:\"|''|inch(?:es)?\\b|mm\\b|cm\\b|oz\\b|ml\\b|volts?\\b|v\\b|watts?\\b|w\\b|psi\\b"
                    + "|ga\\b|gauge\\b|mil\\b|amps?\\b|ct\\b|count\\b|ah\\b|mah\\b|gpm\\b|cfm\\b|btu\\b|lumens?\\b|awg\\b))"));
    private static final Pattern MONEY = Pattern.compile(
            "(?i)(@|\\bat\\b|\\bunit price\\b|\\bprice\\b|\\bcost\\b|\\btotal\\b|\\bext(?:ended)?\\b|\\bamount\\b|\\bsubtotal\\b|=)?"
                    + "\\s*[:=]?\\s*(\\$|usd\\s*)?\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,4})?|\\d+\\.\\d{2,4}|\\d+)"
                    + "(\\s*(?:/|per|a|an|each|ea)\\s*(case|cs|ctn|carton|each|ea|unit|pc|piece|box|bx|pack|pk|roll|bag|pair|gal)?\\b\\.?)?");

    private Masks() {
    }

    /** Blanks every non-quantity number in {@code masked}; returns the stated price, if any. */
    static StatedPrice blank(char[] masked, String line) {
        for (Pattern p : NOT_QUANTITIES) {
            Matcher m = p.matcher(line);
            while (m.find()) {
                fill(masked, m.start(), m.end());
            }
        }
        StatedPrice stated = null;
        Matcher m = MONEY.matcher(line);
        while (m.find()) {
            String cue = m.group(1);
            boolean dollar = m.group(2) != null;
            boolean decimal = m.group(3).contains(".");
            boolean perWhat = m.group(4) != null && !m.group(4).isBlank();
            boolean total = cue != null && cue.matches("(?i)total|ext(?:ended)?|amount|subtotal|=");
            boolean unitCue = cue != null && !total;
            boolean strongCue = unitCue && !cue.equalsIgnoreCase("at");
            boolean price = total ? dollar || decimal : dollar || (decimal && (unitCue || perWhat)) || strongCue;
            if (!price) {
                if (decimal) {
                    fill(masked, m.start(3), m.end(3)); // 12.40 with no cue: not a quantity, not a stated price either
                }
                continue;
            }
            fill(masked, m.start(), m.end());
            if (total || stated != null) {
                continue;
            }
            String per = m.group(5) == null ? "" : m.group(5).toLowerCase();
            boolean perCase = per.equals("case") || per.equals("cs") || per.equals("ctn") || per.equals("carton");
            stated = new StatedPrice(new BigDecimal(m.group(3).replace(",", "")), perCase, m.start(), m.end());
        }
        return stated;
    }

    private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:#\\s*)?\\d{1,2}[.)]\\s+");

    /** List numbering ("1)", "2.") names nothing: blanked before the words of a line are matched. */
    static void blankNumbering(char[] masked, String line) {
        Matcher m = NUMBERING.matcher(line);
        if (m.find()) {
            fill(masked, m.start(), m.end());
        }
    }

    /**
     * A spreadsheet program's default column names ("Column1", "Column 2", "Col3", "Field4"): a
     * header row left as the program made it (issue 12, excelize's Book1.xlsx), naming neither a
     * product nor a quantity; their digits would otherwise be read as one.
     */
    private static final Pattern GENERIC_HEADER = Pattern.compile("(?i)(?<![\\w-])(?:column|col|field)[ _]?\\d{1,3}(?![\\w-])");

    /** The line with generic column names blanked (same length). */
    static String blankGenericHeaders(String premasked) {
        Matcher m = GENERIC_HEADER.matcher(premasked);
        if (!m.find()) {
            return premasked;
        }
        char[] out = premasked.toCharArray();
        do {
            fill(out, m.start(), m.end());
        } while (m.find());
        return new String(out);
    }

    static void fill(char[] masked, int start, int end) {
        for (int i = start; i < end && i < masked.length; i++) {
            masked[i] = ' ';
        }
    }
}
