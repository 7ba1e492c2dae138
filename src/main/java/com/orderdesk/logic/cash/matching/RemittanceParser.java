package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads free remittance text: invoice references, amounts and deduction statements. */
final class RemittanceParser {
    private static final Pattern LEADING_LETTERS = Pattern.compile("^[A-Za-z]+");
    // Compiled once: String.replaceAll and split compile their pattern on every call, and a day's
    // file runs them for every token of every payment (a third of a cold run's matching time).
    private static final Pattern BRACKETS = Pattern.compile("[;|()\\[\\]]");
    private static final Pattern COMMA_SPACE = Pattern.compile(",\\s");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[,:]+|[,:.]+$");
    private static final Pattern REF_MARKS = Pattern.compile("[.#:]");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^A-Z0-9]");
    private static final Pattern LEADING_ZEROS = Pattern.compile("^0+(?=.)");
    private static final Pattern DATE = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}/\\d{1,2}/\\d{2,4}\\b");
    private static final Pattern AMOUNT = Pattern.compile(
            "\\$?(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d{2})?|\\d+\\.\\d{2})");
    private static final Pattern DEDUCTION = Pattern.compile(
            "\\b(less|deduct\\w*|short\\w*|ded|chargeback|charge back|disput\\w*|damage\\w*|"
                    + "reason code|rc\\s*-?\\s*\\d+|code\\s*-?\\s*[a-z]?\\d+)\\b");
    /** Words that open a deduction: the next amount is the deducted amount. */
    private static final Set<String> DEDUCTION_WORDS = Set.of("LESS", "DEDUCT", "DEDUCTED", "DEDUCTION",
            "SHORT", "SHORTPAID", "SHORTPAY", "DED");
    /** Numbers after these words are not invoice numbers. */
    private static final Set<String> NOT_INVOICE = Set.of("PO", "PONO", "PONUMBER", "CHK", "CHQ", "CHECK",
            "CHEQUE", "ORDER", "ORD", "RC", "CODE", "ACCT", "ACCOUNT", "CUST", "CUSTOMER", "TEL", "PHONE",
            "BATCH", "TRN", "TRACE", "ITEM");

    private final Collection<String> invoicePrefixes;

    /** @param invoicePrefixes the letter prefixes the book's invoice numbers use, longest first */
    RemittanceParser(Collection<String> invoicePrefixes) {
        this.invoicePrefixes = invoicePrefixes;
    }

    Remittance parse(String text) {
        String clean = DATE.matcher(text == null ? "" : text).replaceAll(" ");
        String lower = clean.toLowerCase(Locale.ROOT);
        Matcher d = DEDUCTION.matcher(lower);
        boolean deduction = d.find();
        String note = deduction ? d.group(1) : "";

        List<Remittance.Ref> refs = new ArrayList<>();
        List<Long> amounts = new ArrayList<>();
        long deductionAmount = -1;
        String[] tokens = BLANKS.split(COMMA_SPACE.matcher(BRACKETS.matcher(clean).replaceAll(" ")).replaceAll(" ").trim());
        boolean skipNext = false;
        boolean afterDeductionWord = false;
        Remittance.Ref lastRef = null;
        int lastRefIndex = -1;
        for (String raw : tokens) {
            String token = EDGE_PUNCTUATION.matcher(raw).replaceAll("");
            if (token.isEmpty()) {
                continue;
            }
            String upper = REF_MARKS.matcher(token.toUpperCase(Locale.ROOT)).replaceAll("");
            if (AMOUNT.matcher(token).matches()) {
                long cents = toCents(token);
                amounts.add(cents);
                if (afterDeductionWord && deductionAmount < 0) {
                    deductionAmount = cents;
                } else if (lastRef != null && lastRef.amount() < 0) {
                    lastRef = new Remittance.Ref(lastRef.text(), lastRef.core(), lastRef.cleaned(), cents);
                    refs.set(lastRefIndex, lastRef);
                }
                afterDeductionWord = false;
                skipNext = false;
                continue;
            }
            if (DEDUCTION_WORDS.contains(upper)) {
                afterDeductionWord = true;
                lastRef = null;
                continue;
            }
            if (NOT_INVOICE.contains(upper)) {
                skipNext = true;
                continue;
            }
            if (skipNext) {
                skipNext = false;
                continue;
            }
            for (String part : token.split(",")) {
                if (NOT_INVOICE.contains(leadingLetters(part))) {
                    continue;
                }
                String core = InvoiceRefs.refCore(part, invoicePrefixes);
                if (core != null) {
                    boolean cleaned = !core.equals(plainDigits(part));
                    lastRef = new Remittance.Ref(part, core, cleaned, -1);
                    refs.add(lastRef);
                    lastRefIndex = refs.size() - 1;
                }
            }
        }
        return new Remittance(List.copyOf(refs), List.copyOf(amounts), deduction, deductionAmount, note);
    }

    private static String leadingLetters(String token) {
        String t = NOT_ALNUM.matcher(token.toUpperCase(Locale.ROOT)).replaceAll("");
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return i == t.length() ? "" : t.substring(0, i);
    }

    /** The digits of a token as written (leading zeros dropped), to tell a clean reference from a repaired one. */
    private static String plainDigits(String token) {
        String digits = InvoiceRefs.stripSeparators(LEADING_LETTERS.matcher(token).replaceAll(""));
        return LEADING_ZEROS.matcher(digits).replaceFirst("");
    }

    private static long toCents(String amount) {
        return Cents.of(new BigDecimal(amount.replace("$", "").replace(",", "")).setScale(2));
    }
}
