package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.common.EditDistance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The catalogue as the readers look things up in it: SKUs by a key that ignores case and
 * punctuation (and, for near misses, by one typo or letters read for digits), the customers' own
 * part numbers, GTINs, and the words of every description for a text match.
 */
public final class CatalogIndex {
    /** How a product was named. */
    public enum Kind { SKU, SKU_NEAR, PART_NUMBER, GTIN }

    /** A code that names a product (or several, when {@code skus} has more than one). */
    public record CodeHit(Kind kind, List<String> skus) {
    }

    private final Map<String, MasterData.Product> bySku = new HashMap<>();
    private final Map<String, String> skuByKey = new HashMap<>();
    private final Map<String, List<String>> skuKeysByLookalike = new HashMap<>();
    private final Map<String, Set<String>> skuKeysByDeletion = new HashMap<>();
    private final Map<String, Map<String, String>> partsByCustomer = new HashMap<>();
    private final Map<String, String> skuByGtin = new HashMap<>();
    private final DescriptionIndex descriptions;

    public CatalogIndex(MasterData data) {
        for (MasterData.Product p : data.products()) {
            bySku.put(p.sku(), p);
            String key = codeKey(p.sku());
            skuByKey.put(key, p.sku());
            skuKeysByLookalike.computeIfAbsent(lookalike(key), k -> new ArrayList<>()).add(key);
            for (String d : deletions(key)) {
                skuKeysByDeletion.computeIfAbsent(d, k -> new HashSet<>()).add(key);
            }
            if (!p.gtin().isBlank()) {
                skuByGtin.put(gtinKey(p.gtin()), p.sku());
            }
        }
        for (MasterData.PartNumber part : data.partNumbers()) {
            partsByCustomer.computeIfAbsent(part.customerNo(), c -> new HashMap<>())
                    .put(codeKey(part.customerPart()), part.sku());
        }
        descriptions = new DescriptionIndex(data.products());
    }

    public MasterData.Product product(String sku) {
        return bySku.get(sku);
    }

    public DescriptionIndex descriptions() {
        return descriptions;
    }

    /** A code written exactly (case and punctuation aside): our SKU, the customer's part number or a GTIN. */
    public CodeHit exact(String token, String customerNo) {
        String key = codeKey(token);
        if (key.length() < 3) {
            return null;
        }
        String sku = skuByKey.get(key);
        if (sku != null) {
            return new CodeHit(Kind.SKU, List.of(sku));
        }
        Map<String, String> parts = customerNo == null ? null : partsByCustomer.get(customerNo);
        if (parts != null && parts.containsKey(key)) {
            return new CodeHit(Kind.PART_NUMBER, List.of(parts.get(key)));
        }
        if (key.chars().allMatch(Character::isDigit) && key.length() >= 12 && key.length() <= 14) {
            String gtin = skuByGtin.get(gtinKey(key));
            if (gtin != null) {
                return new CodeHit(Kind.GTIN, List.of(gtin));
            }
        }
        return null;
    }

    /** The customer's own part number only (EDI BP/IN qualifiers). */
    public String partNumber(String customerNo, String part) {
        Map<String, String> parts = customerNo == null ? null : partsByCustomer.get(customerNo);
        return parts == null ? null : parts.get(codeKey(part));
    }

    /** The product whose GTIN/UPC this is (any length 8-14, leading zeros ignored). */
    public String gtin(String code) {
        String key = codeKey(code);
        return key.chars().allMatch(Character::isDigit) && !key.isEmpty() ? skuByGtin.get(gtinKey(key)) : null;
    }

    /** Our SKU, case and punctuation aside. */
    public String sku(String code) {
        return skuByKey.get(codeKey(code));
    }

    /**
     * SKUs one slip away from a code that is none of ours: letters read for digits (O for 0, I or l
     * for 1, S for 5, B for 8), or one character added, dropped, changed or two swapped. Empty when
     * nothing is that close; several when the slip could have come from more than one SKU.
     */
    public List<String> near(String token) {
        String key = codeKey(token);
        if (key.length() < 5 || !hasLetterAndDigit(key)) {
            return List.of();
        }
        Set<String> found = new LinkedHashSet<>();
        for (String k : skuKeysByLookalike.getOrDefault(lookalike(key), List.of())) {
            found.add(skuByKey.get(k));
        }
        if (found.isEmpty()) {
            Set<String> keys = new LinkedHashSet<>(skuKeysByDeletion.getOrDefault(key, Set.of()));
            for (String d : deletions(key)) {
                if (skuByKey.containsKey(d)) {
                    keys.add(d);
                }
                keys.addAll(skuKeysByDeletion.getOrDefault(d, Set.of()));
            }
            for (String k : keys) {
                if (EditDistance.atMostOne(key, k)) {
                    found.add(skuByKey.get(k));
                }
            }
        }
        return List.copyOf(found);
    }

    public static String codeKey(String code) {
        StringBuilder b = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                b.append(Character.toUpperCase(c));
            }
        }
        return b.toString();
    }

    static boolean hasLetterAndDigit(String key) {
        boolean letter = false;
        boolean digit = false;
        for (int i = 0; i < key.length(); i++) {
            letter |= Character.isLetter(key.charAt(i));
            digit |= Character.isDigit(key.charAt(i));
        }
        return letter && digit;
    }

    private static String gtinKey(String gtin) {
        String digits = codeKey(gtin);
        int i = 0;
        while (i < digits.length() - 1 && digits.charAt(i) == '0') {
            i++;
        }
        return digits.substring(i);
    }

    private static String lookalike(String key) {
        return key.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1')
                .replace('S', '5').replace('B', '8').replace('Z', '2');
    }

    private static List<String> deletions(String key) {
        List<String> out = new ArrayList<>(key.length());
        for (int i = 0; i < key.length(); i++) {
            out.add(key.substring(0, i) + key.substring(i + 1));
        }
        return out;
    }
}
