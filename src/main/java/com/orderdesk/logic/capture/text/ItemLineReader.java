package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.LineReading;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.TextSpan;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one line of free text (or one table row) into order lines: the product by code (our SKU,
 * the customer's part number, a GTIN, a SKU with one slip) or by its description, the quantity,
 * and a price the customer states. Returns nothing for a line that orders nothing.
 */
public final class ItemLineReader {
    private static final Pattern CODE_TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9\\-_./#]*[A-Za-z0-9]|[A-Za-z0-9]");
    private static final Pattern NUMBER_LIKE = Pattern.compile("\\d+(?:[.,/]\\d+)*|\\d+(?:\\.\\d+)?[A-Za-z]{1,4}|\\d+(?:-\\d+)?/\\d+[A-Za-z]*");
    private static final Pattern SEPARATOR = Pattern.compile("(?i)[,;]|\\band\\b|\\bplus\\b|&|\\+|\\balso\\b");
    /** A code of letters and digits that is none of ours ("ZX-98168"): an item we cannot name, not talk. */
    private static final Pattern UNKNOWN_CODE = Pattern.compile("(?<![\\w-])[A-Za-z]{2,5}-?\\d{3,}[A-Za-z0-9-]*(?![\\w-])");
    private static final MasterData.Product GENERIC = new MasterData.Product("?", "", "EA", 1, "", BigDecimal.ZERO);

    private final CatalogIndex index;

    public ItemLineReader(CatalogIndex index) {
        this.index = index;
    }

    /** A table row's quantity words (quantity cell + unit cell), stated price and the cells the product is not in. */
    record RowCells(String quantityText, BigDecimal price, boolean pricePerCase, List<int[]> blanks) {
    }

    private record Mention(String sku, List<String> candidates, boolean near, int start, int end, String token) {
    }

    /**
     * @param premasked the line with dates and PO numbers already blanked (same length)
     * @param offset    where the line starts in the decoded text
     * @param ignorable comparable words that name no product (the customer's places, the sender's name)
     */
    public List<LineReading> read(String line, String premasked, int offset, String customer, Set<String> ignorable) {
        premasked = Masks.blankGenericHeaders(premasked);
        List<Mention> mentions = mentions(premasked, customer);
        List<LineReading> out = new ArrayList<>();
        if (mentions.size() <= 1) {
            LineReading r = segment(line, premasked, 0, line.length(), offset, mentions.isEmpty() ? null : mentions.get(0),
                    customer, ignorable, null, null);
            if (r != null) {
                out.add(r);
            }
            return out;
        }
        int from = 0;
        for (int i = 0; i < mentions.size(); i++) {
            int to = line.length();
            String doubt = null;
            if (i + 1 < mentions.size()) {
                int cut = lastSeparator(premasked, mentions.get(i).end(), mentions.get(i + 1).start());
                if (cut < 0) {
                    doubt = "two products in one phrase";
                    cut = mentions.get(i + 1).start();
                }
                to = cut;
            }
            LineReading r = segment(line, premasked, from, to, offset, mentions.get(i), customer, ignorable, doubt, null);
            if (r != null) {
                out.add(r);
            }
            from = to;
        }
        return out;
    }

    /** One row of an order table: the product from its code and description cells, the quantity from its own. */
    LineReading readRow(String line, String premasked, int offset, String customer, Set<String> ignorable, TableLayout layout,
                        List<TableLayout.Cell> cells) {
        StringBuilder quantity = new StringBuilder();
        String unit = "";
        BigDecimal price = null;
        List<int[]> blanks = new ArrayList<>();
        char[] productText = Masks.blankGenericHeaders(premasked).toCharArray();
        for (int c = 0; c < cells.size(); c++) {
            TableLayout.Cell cell = cells.get(c);
            String value = line.substring(cell.start(), cell.end());
            switch (layout.role(c)) {
                case QUANTITY -> quantity.append(value.replaceAll("[^0-9A-Za-z. ]", " "));
                case UNIT -> unit = value;
                case PRICE -> price = money(value);
                default -> {
                }
            }
            if (layout.role(c) != TableLayout.Role.CODE && layout.role(c) != TableLayout.Role.DESCRIPTION
                    && layout.role(c) != TableLayout.Role.OTHER) {
                blanks.add(new int[] {cell.start(), cell.end()});
                Masks.fill(productText, cell.start(), cell.end());
            }
        }
        String quantityText = quantity.toString().trim();
        if (quantityText.matches("\\d+") && !unit.isBlank()) {
            quantityText = quantityText + " " + unit.trim().toLowerCase(java.util.Locale.ROOT);
        } else if (quantityText.matches("\\d+")) {
            quantityText = quantityText + " x";
        }
        boolean perCase = unit.trim().matches("(?i)cs|case|cases|ctn|ca");
        List<Mention> mentions = mentions(new String(productText), customer);
        return segment(line, new String(productText), 0, line.length(), offset, mentions.isEmpty() ? null : mentions.get(0),
                customer, ignorable, mentions.size() > 1 ? "two products in one row" : null,
                new RowCells(quantityText, price, perCase, blanks));
    }

    private static BigDecimal money(String cell) {
        String digits = cell.replaceAll("[$,\\s]|(?i)usd", "");
        return digits.matches("\\d+(\\.\\d+)?") ? new BigDecimal(digits) : null;
    }

    private List<Mention> mentions(String premasked, String customer) {
        List<Mention> out = new ArrayList<>();
        Matcher m = CODE_TOKEN.matcher(premasked);
        List<int[]> tokens = new ArrayList<>();
        while (m.find()) {
            tokens.add(new int[] {m.start(), m.end()});
        }
        boolean[] used = new boolean[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String t = premasked.substring(tokens.get(i)[0], tokens.get(i)[1]);
            if (!codeShaped(t)) {
                continue;
            }
            CatalogIndex.CodeHit hit = index.exact(t, customer);
            if (hit != null) {
                out.add(new Mention(hit.skus().get(0), hit.skus(), false, tokens.get(i)[0], tokens.get(i)[1], t));
                used[i] = true;
            }
        }
        // "VLV 1001": letters and digits written apart.
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (used[i] || used[i + 1] || tokens.get(i + 1)[0] - tokens.get(i)[1] > 1) {
                continue;
            }
            String joined = premasked.substring(tokens.get(i)[0], tokens.get(i + 1)[1]);
            CatalogIndex.CodeHit hit = CatalogIndex.codeKey(joined).length() >= 5 ? index.exact(joined, customer) : null;
            if (hit != null && hit.kind() == CatalogIndex.Kind.SKU) {
                out.add(new Mention(hit.skus().get(0), hit.skus(), false, tokens.get(i)[0], tokens.get(i + 1)[1], joined));
                used[i] = used[i + 1] = true;
            }
        }
        if (out.isEmpty()) {
            for (int i = 0; i < tokens.size(); i++) {
                String t = premasked.substring(tokens.get(i)[0], tokens.get(i)[1]);
                if (!codeShaped(t) || NUMBER_LIKE.matcher(t).matches() || !CatalogIndex.hasLetterAndDigit(CatalogIndex.codeKey(t))) {
                    continue;
                }
                List<String> near = index.near(t);
                if (!near.isEmpty()) {
                    out.add(new Mention(near.size() == 1 ? near.get(0) : null, near, true, tokens.get(i)[0], tokens.get(i)[1], t));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean codeShaped(String t) {
        String key = CatalogIndex.codeKey(t);
        boolean digitsOnly = key.chars().allMatch(Character::isDigit);
        return key.length() >= 3 && !(digitsOnly && key.length() < 5) && !t.matches("\\d+[.,]\\d+");
    }

    private static int lastSeparator(String s, int from, int to) {
        Matcher m = SEPARATOR.matcher(s).region(from, to);
        int cut = -1;
        while (m.find()) {
            cut = m.start();
        }
        return cut;
    }

    private LineReading segment(String line, String premasked, int from, int to, int offset, Mention mention,
                                String customer, Set<String> ignorable, String doubt, RowCells row) {
        String text = line.substring(from, to);
        char[] masked = premasked.substring(from, to).toCharArray();
        char[] forWords = masked.clone();
        Masks.blankNumbering(forWords, text);
        Masks.StatedPrice stated = Masks.blank(masked, text);
        if (row != null) {
            stated = row.price() == null ? null : new Masks.StatedPrice(row.price(), row.pricePerCase(), 0, 0);
            masked = (row.quantityText() + " ").toCharArray();
        } else if (stated != null) {
            Masks.fill(forWords, stated.start(), stated.end());
        }
        List<Reason> problems = new ArrayList<>();
        String sku = null;
        if (mention != null) {
            if (row == null) {
                Masks.fill(masked, mention.start() - from, mention.end() - from);
            }
            Masks.fill(forWords, mention.start() - from, mention.end() - from);
            if (mention.sku() != null) {
                sku = mention.sku();
            } else {
                problems.add(Reason.of(Reason.Code.AMBIGUOUS_ITEM, "\"" + mention.token() + "\" could be "
                        + String.join(" or ", mention.candidates())));
            }
        }
        boolean unknownCode = false;
        if (mention == null && row == null) {
            // A code that is none of ours ("ZX-98168") is an item we cannot name; its digits are no quantity.
            Matcher code = UNKNOWN_CODE.matcher(new String(masked));
            while (code.find()) {
                if (index.descriptions().knows(Words.fold(code.group().toLowerCase(java.util.Locale.ROOT)))) {
                    continue; // a model name the catalogue uses ("PAR38"), not a code
                }
                unknownCode = true;
                Masks.fill(masked, code.start(), code.end());
            }
        }
        QuantityReader.Quantity provisional = QuantityReader.read(new String(masked), GENERIC, Set.of());
        boolean numberSeen = provisional.end() > provisional.start() || (row != null && mention == null);
        if (numberSeen && (provisional.units() != null || provisional.strong()) && row == null) {
            Masks.fill(forWords, provisional.start(), provisional.end());
        }
        List<String> words = Words.content(new String(forWords));
        if (mention == null) {
            Set<String> tolerated = new HashSet<>(ignorable);
            if (provisional.strong()) {
                tolerated.addAll(outsideClause(new String(forWords), provisional.start(), provisional.end()));
            }
            DescriptionIndex.Match match = index.descriptions().match(words, tolerated);
            boolean strongQuantity = provisional.end() > provisional.start() && (provisional.units() != null || provisional.strong());
            switch (match.fit()) {
                case CERTAIN -> sku = match.sku();
                case AMBIGUOUS -> {
                    if (!numberSeen && !bulleted(text)) {
                        return null;
                    }
                    problems.add(Reason.of(Reason.Code.AMBIGUOUS_ITEM, "\"" + text.strip() + "\" fits "
                            + String.join(", ", match.skus()) + (match.skus().size() >= 5 ? " and more" : "")));
                }
                case CLOSEST -> {
                    if (!numberSeen && !bulleted(text)) {
                        return null;
                    }
                    sku = match.sku();
                    problems.add(Reason.of(Reason.Code.UNKNOWN_ITEM, "\"" + text.strip() + "\": closest is " + sku
                            + (match.unexplained().isEmpty() ? "" : " (words not in it: " + String.join(" ", match.unexplained()) + ")")));
                }
                default -> {
                    if (!strongQuantity || (row == null && !unknownCode && !looksLikeOrderLine(text, words))) {
                        return null;
                    }
                    problems.add(Reason.of(Reason.Code.UNKNOWN_ITEM, "\"" + text.strip() + "\" names no product of ours"));
                }
            }
            if (match.fit() == DescriptionIndex.Fit.CERTAIN && !numberSeen && !bulleted(text)) {
                return null; // a product named in passing, with no quantity, is talk rather than an order line
            }
        } else if (sku != null) {
            conflict(sku, words, ignorable, text, problems);
        }
        MasterData.Product product = sku == null ? null : index.product(sku);
        Long quantity = null;
        if (product != null) {
            if (row == null) {
                blankDescriptiveNumbers(masked, product);
            }
            QuantityReader.Quantity q = QuantityReader.read(new String(masked), product, numbersOf(product));
            quantity = q.units();
            if (q.units() == null) {
                problems.add(Reason.of(Reason.Code.QUANTITY_UNCLEAR, "\"" + text.strip() + "\": " + q.doubt()));
            }
        } else if (provisional.units() != null) {
            quantity = provisional.units();
        }
        if (doubt != null) {
            problems.add(Reason.of(Reason.Code.QUANTITY_UNCLEAR, "\"" + text.strip() + "\": " + doubt));
        }
        BigDecimal perUnit = null;
        if (stated != null && product != null) {
            perUnit = stated.perCase() && product.caseQty() > 1
                    ? stated.amount().divide(BigDecimal.valueOf(product.caseQty()), MathContext.DECIMAL64) : stated.amount();
        }
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        String trimmed = text.strip();
        TextSpan span = new TextSpan(offset + from + lead, offset + from + lead + trimmed.length());
        return new LineReading(sku, quantity, perUnit, trimmed, span, problems);
    }

    /** Words beside a code that fit another product better than the code's: the code may be a slip. */
    private void conflict(String sku, List<String> words, Set<String> ignorable, String text, List<Reason> problems) {
        MasterData.Product product = index.product(sku);
        Set<String> own = new HashSet<>(Words.content(product.description()));
        List<String> known = new ArrayList<>();
        for (String w : words) {
            if (index.descriptions().knows(w) && !ignorable.contains(w)) {
                known.add(w);
            }
        }
        if (known.isEmpty() || own.containsAll(known)) {
            return;
        }
        DescriptionIndex.Match other = index.descriptions().match(known, Set.of());
        if ((other.fit() == DescriptionIndex.Fit.CERTAIN || other.fit() == DescriptionIndex.Fit.AMBIGUOUS)
                && !other.skus().contains(sku)) {
            problems.add(Reason.of(Reason.Code.AMBIGUOUS_ITEM, "\"" + text.strip() + "\": the code says " + sku
                    + " but the words fit " + String.join(", ", other.skus())));
        }
    }

    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i)[.?!;:](?=\\s|$)|\\band\\b|\\bto\\b|\\bfor\\b|\\bby\\b|,");

    /**
     * Words outside the clause that holds the quantity ("We are short on tape. Could you get 4 cs of
     * teflon tape out to the store"): talk around the order line. Only words the catalogue does not
     * know are ever left out for this; catalogue words anywhere in the line still count.
     */
    private Set<String> outsideClause(String line, int qtyStart, int qtyEnd) {
        int from = 0;
        Matcher before = CLAUSE_BREAK.matcher(line).region(0, qtyStart);
        while (before.find()) {
            from = before.end();
        }
        Matcher after = CLAUSE_BREAK.matcher(line).region(qtyEnd, line.length());
        int to = after.find() ? after.start() : line.length();
        Set<String> inside = new HashSet<>(Words.content(line.substring(from, to)));
        Set<String> outside = new HashSet<>(Words.content(line.substring(0, from) + " " + line.substring(to)));
        outside.removeAll(inside);
        outside.removeIf(index.descriptions()::knows);
        return outside;
    }

    private static Set<String> numbersOf(MasterData.Product product) {
        Set<String> out = new HashSet<>();
        Matcher m = Pattern.compile("\\d+").matcher(product.description());
        while (m.find()) {
            out.add(String.valueOf(Long.parseLong(m.group().length() > 9 ? "0" : m.group())));
        }
        return out;
    }

    /** Numbers that are part of the product's own description ("100 ft" of a 100 ft hose) are not its quantity. */
    private static void blankDescriptiveNumbers(char[] masked, MasterData.Product product) {
        Set<String> own = new HashSet<>(Words.of(product.description()));
        Matcher m = Pattern.compile("\\d+(?:\\.\\d+)?(?:\\s*[A-Za-z]+)?").matcher(new String(masked));
        while (m.find()) {
            List<String> w = Words.of(m.group());
            if (w.size() == 1 && own.contains(w.get(0)) && !Character.isLetter(w.get(0).charAt(w.get(0).length() - 1))) {
                continue; // a bare number that the description also has: still most likely the quantity
            }
            if (!w.isEmpty() && own.containsAll(w) && Character.isDigit(w.get(0).charAt(0))) {
                Masks.fill(masked, m.start(), m.end());
            }
        }
    }

    /** A line in a bulleted list that names a product is an order line even when its quantity cannot be read. */
    private static boolean bulleted(String text) {
        return text.strip().matches("^[-*•·>+]\\s.*") || text.strip().matches("^\\d{1,2}[.)]\\s.*");
    }

    /** "5 cases of blue widgets", "- 12 x widget": a quantity first and a few words, not a sentence about something else. */
    private static boolean looksLikeOrderLine(String text, List<String> words) {
        String t = text.strip();
        return t.matches("(?i)^[-*•]?\\s*(qty\\W*\\d+|\\d+|a|an|one|two|three|four|five|six|ten|twelve)\\s*(x|cs|cases?|ea|each|pcs|boxes|units|of)?\\b.*")
                && !t.endsWith("?") && words.size() <= 6 && !words.isEmpty();
    }
}
