package com.orderdesk.gui.common;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;

/**
 * Reads a number typed by a person with {@link DecimalFormat} (locale separators, exact
 * {@link BigDecimal}), and adds the two checks DecimalFormat leaves out: the whole text must be
 * consumed ("12,5O" is refused, not read as 125) and thousands separators must sit every three
 * digits ("12,5" is refused rather than silently read as 125).
 */
final class NumberReader {
    /** Which kind of field is being read; selects the wording of the messages. */
    enum Kind { AMOUNT, PERCENT, QUANTITY }

    private final Locale locale;
    private final DecimalFormatSymbols symbols;

    NumberReader(Locale locale) {
        this.locale = locale;
        this.symbols = DecimalFormatSymbols.getInstance(locale);
    }

    /**
     * @param text        what was typed (already stripped of a currency sign or percent sign)
     * @param original    what the user typed, quoted in messages
     * @param maxDecimals the most digits allowed after the decimal separator
     */
    BigDecimal read(String text, String original, Kind kind, int maxDecimals) {
        String normalized = normalizeSpaces(text.strip());
        if (normalized.isEmpty()) {
            throw new InputException(blankMessage(kind));
        }
        DecimalFormat format = (DecimalFormat) NumberFormat.getNumberInstance(locale);
        format.setParseBigDecimal(true);
        ParsePosition position = new ParsePosition(0);
        BigDecimal value = (BigDecimal) format.parse(normalized, position);
        int stop = position.getErrorIndex() >= 0 ? position.getErrorIndex() : position.getIndex();
        if (value == null || stop < normalized.length()) {
            int at = Math.min(stop, normalized.length() - 1);
            char bad = normalized.charAt(at);
            String shown = Character.isSpaceChar(bad) || Character.isWhitespace(bad)
                    ? Messages.get("input.space") : "\u201c" + bad + "\u201d";
            throw new InputException(Messages.get("input.badCharacter", original, shown, at + 1, example(kind)),
                    offsetIn(original, normalized, at));
        }
        checkGrouping(normalized, original, kind);
        if (value.stripTrailingZeros().scale() > maxDecimals) {
            throw new InputException(maxDecimals == 0
                    ? Messages.get("input.wholeNumber", original, example(kind))
                    : Messages.get("input.tooManyDecimals", original, maxDecimals, example(kind)));
        }
        return value;
    }

    /** Example of a valid entry in this locale, quoted in messages ("1,234.50"). */
    String example(Kind kind) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        switch (kind) {
            case QUANTITY:
                return f.format(12);
            case PERCENT:
                f.setMaximumFractionDigits(1);
                return f.format(12.5);
            default:
                f.setMinimumFractionDigits(2);
                return f.format(1234.5);
        }
    }

    private void checkGrouping(String text, String original, Kind kind) {
        char grouping = symbols.getGroupingSeparator();
        int decimalAt = text.indexOf(symbols.getDecimalSeparator());
        String integerPart = decimalAt >= 0 ? text.substring(0, decimalAt) : text;
        if (decimalAt >= 0 && text.indexOf(grouping, decimalAt) >= 0) {
            throw misplacedGrouping(original, kind);
        }
        if (integerPart.indexOf(grouping) < 0) {
            return;
        }
        String[] groups = integerPart.replaceAll("^[^0-9]+", "").split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        boolean ok = groups[0].length() >= 1 && groups[0].length() <= 3;
        for (int i = 1; i < groups.length && ok; i++) {
            ok = groups[i].length() == 3;
        }
        if (!ok) {
            throw misplacedGrouping(original, kind);
        }
    }

    private InputException misplacedGrouping(String original, Kind kind) {
        return new InputException(Messages.get("input.misplacedGrouping", original,
                String.valueOf(symbols.getGroupingSeparator()), String.valueOf(symbols.getDecimalSeparator()), example(kind)));
    }

    /** Locales that group with a (narrow) no-break space also accept the plain space people type. */
    private String normalizeSpaces(String text) {
        char grouping = symbols.getGroupingSeparator();
        if (Character.isSpaceChar(grouping)) {
            return text.replace(' ', grouping).replace('\u00a0', grouping).replace('\u202f', grouping);
        }
        return text;
    }

    private static int offsetIn(String original, String normalized, int at) {
        int lead = original.indexOf(normalized.isEmpty() ? "" : normalized.substring(0, 1));
        return Math.max(0, lead) + at;
    }

    private String blankMessage(Kind kind) {
        switch (kind) {
            case QUANTITY:
                return Messages.get("input.blank.quantity", example(kind));
            case PERCENT:
                return Messages.get("input.blank.percent", example(kind));
            default:
                return Messages.get("input.blank.amount", example(kind));
        }
    }
}
