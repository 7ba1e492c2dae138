package com.orderdesk.logic.customer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words a customer is found by, and how typed text is cut into words, by one rule so that
 * what is stored and what is searched agree: upper case, accents dropped, split at anything that
 * is not a letter or digit ("orders@acme-hq.com" is ORDERS, ACME, HQ, COM). Phone numbers are
 * kept as digit strings (whole, without the country code, the last seven and the last four
 * digits), and typed text that looks like a phone number becomes one such string, so
 * "(312) 555-0101", "555-0101" and "0101" all find the customer.
 *
 * <p>{@link #VERSION} is stored with each customer's words; raising it makes the book rebuild
 * them with the new rule.
 */
public final class SearchWords {
    public static final int VERSION = 1;
    /** Longest stored word (the column's width); longer words are cut, and typed words too. */
    public static final int MAX_LENGTH = 40;
    /** At most this many typed words count; a pasted page of text does not become a page of queries. */
    public static final int MAX_QUERY_WORDS = 8;

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PHONE_LIKE = Pattern.compile("[0-9 ()+./-]+");

    private SearchWords() {
    }

    /** The words of a customer: number, name, city, ZIP, phone, e-mail, contacts, ship-to cities, order addresses, EDI ID. */
    public static Set<String> of(CustomerRecord c) {
        Set<String> words = new LinkedHashSet<>();
        text(words, c.number());
        text(words, c.name());
        phone(words, c.phone());
        text(words, c.email());
        for (CustomerRecord.Contact k : c.contacts()) {
            text(words, k.name());
            phone(words, k.phone());
            text(words, k.email());
        }
        text(words, c.billTo().city());
        text(words, c.billTo().zip());
        for (CustomerRecord.ShipTo s : c.shipTos()) {
            text(words, s.address().city());
            text(words, s.address().zip());
        }
        c.orderEmails().forEach(e -> text(words, e));
        text(words, c.ediSenderId());
        return words;
    }

    /** The words of typed search text, at most {@link #MAX_QUERY_WORDS}, longest first (the most telling). */
    public static List<String> query(String typed) {
        if (typed == null || typed.isBlank()) {
            return List.of();
        }
        String t = typed.length() > 400 ? typed.substring(0, 400) : typed;
        Set<String> words = new LinkedHashSet<>();
        if (PHONE_LIKE.matcher(t.strip()).matches() && t.replaceAll("\\D", "").length() >= 7) {
            words.add(cut(withoutCountryCode(t.replaceAll("\\D", ""))));
        } else {
            text(words, t);
        }
        List<String> out = new ArrayList<>(words);
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return out.size() > MAX_QUERY_WORDS ? List.copyOf(out.subList(0, MAX_QUERY_WORDS)) : List.copyOf(out);
    }

    /** True when every typed word starts one of the customer's words: the rule the database applies, for lists held in memory. */
    public static boolean matches(Set<String> customerWords, List<String> queryWords) {
        for (String q : queryWords) {
            boolean found = false;
            for (String w : customerWords) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static void text(Set<String> words, String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        for (String w : NOT_WORD.split(plain.toUpperCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(cut(w));
            }
        }
    }

    private static void phone(Set<String> words, String phone) {
        String digits = phone == null ? "" : phone.replaceAll("\\D", "");
        if (digits.length() < 4) {
            return;
        }
        words.add(cut(digits));
        String national = withoutCountryCode(digits);
        words.add(cut(national));
        if (national.length() > 7) {
            words.add(national.substring(national.length() - 7));
        }
        words.add(national.substring(national.length() - 4));
    }

    private static String withoutCountryCode(String digits) {
        return digits.length() == 11 && digits.startsWith("1") ? digits.substring(1) : digits;
    }

    private static String cut(String w) {
        return w.length() > MAX_LENGTH ? w.substring(0, MAX_LENGTH) : w;
    }
}
