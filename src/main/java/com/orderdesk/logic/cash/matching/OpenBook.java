package com.orderdesk.logic.cash.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The open invoices during one matching run: indexed by reference core and by customer, with the
 * amount still open after the payments already matched in this run (so two payments never close
 * the same invoice beyond its open amount).
 */
final class OpenBook {
    private final List<OpenItem> items;
    private final int[] owner;
    private final String[] cores;
    private final long[] remaining;
    /** The open amount at the start of the run. */
    private final long[] initialOpen;
    private final String[] consumedBy;
    /** Per customer: how many times one of its invoices was consumed in this run (see {@link #stateOf}). */
    private final int[] changes;
    /** The open amount net of its early-payment discount (half-up to cents), or -1 without discount. */
    private final long[] netOfDiscount;
    /** The last day of the discount terms as an epoch day (no objects to follow in the amount scan). */
    private final long[] discountUntilDay;
    /** Position of the invoice in the book's oldest-first order. */
    private final int[] rank;
    private final Map<String, List<Integer>> byCore = new HashMap<>();
    /** Invoices of customer c: firstOf[c] to firstOf[c + 1] - 1 (numbered by customer, oldest first). */
    private final int[] firstOf;
    private final List<String> prefixes;
    /** The invoice's currency as a small number ({@link #NO_CURRENCY} when not given): compared per invoice in the scans. */
    private final int[] currencyCode;
    private final Map<String, Integer> currencyCodes = new HashMap<>();
    private static final int NO_CURRENCY = -1;
    /** Invoice lists of payers with children, built once per run. */
    private final Map<List<Integer>, List<Integer>> groups = new HashMap<>();
    private final Map<List<Integer>, int[]> arrays = new HashMap<>();

    /** Oldest first: invoice date, then invoice number. */
    private final Comparator<Integer> oldestFirst;

    /**
     * The invoices are numbered afresh, each customer's together and oldest first: the amount-only
     * search and the typo scans run over every invoice of a payer for each payment, and a payer's
     * invoices side by side in the arrays below are read in one sweep instead of one cache miss
     * each (the book's order scattered them over 100,000 rows).
     */
    OpenBook(List<OpenItem> openItems, CustomerDirectory customers) {
        List<OpenItem> given = List.copyOf(openItems);
        int n = given.size();
        int[] givenOwner = new int[n];
        for (int k = 0; k < n; k++) {
            OpenItem it = given.get(k);
            Integer c = customers.indexOf(it.customerNo());
            if (c == null) {
                throw new IllegalArgumentException("invoice " + it.invoiceNo() + " has unknown customer " + it.customerNo());
            }
            givenOwner[k] = c;
        }
        int[] givenRank = ranks(given);
        long[] placed = new long[n];
        for (int k = 0; k < n; k++) {
            placed[k] = ((long) givenOwner[k] << 24) | givenRank[k];
        }
        java.util.Arrays.sort(placed);
        int[] byRank = new int[n];
        for (int k = 0; k < n; k++) {
            byRank[givenRank[k]] = k;
        }
        int[] newIndex = new int[n];
        OpenItem[] ordered = new OpenItem[n];
        owner = new int[n];
        rank = new int[n];
        for (int i = 0; i < n; i++) {
            int k = byRank[(int) (placed[i] & 0xFFFFFF)];
            newIndex[k] = i;
            ordered[i] = given.get(k);
            owner[i] = givenOwner[k];
            rank[i] = givenRank[k];
        }
        items = java.util.Arrays.asList(ordered);
        cores = new String[n];
        remaining = new long[n];
        initialOpen = new long[n];
        consumedBy = new String[n];
        netOfDiscount = new long[n];
        currencyCode = new int[n];
        discountUntilDay = new long[n];
        changes = new int[customers.size()];
        firstOf = new int[customers.size() + 1];
        Set<String> prefixSet = new LinkedHashSet<>();
        String lastPrefixOf = null;
        for (int i = 0; i < n; i++) {
            OpenItem it = ordered[i];
            cores[i] = InvoiceRefs.core(it.invoiceNo());
            remaining[i] = Cents.of(it.openAmount());
            initialOpen[i] = remaining[i];
            currencyCode[i] = it.currency() == null || it.currency().isEmpty() ? NO_CURRENCY
                    : currencyCodes.computeIfAbsent(it.currency(), k -> currencyCodes.size());
            discountUntilDay[i] = it.discountUntil() == null ? Long.MIN_VALUE : it.discountUntil().toEpochDay();
            netOfDiscount[i] = it.discountPct() == null || it.discountUntil() == null || it.discountPct().signum() <= 0 ? -1
                    : Cents.of(it.openAmount().multiply(BigDecimal.ONE.subtract(it.discountPct().movePointLeft(2)))
                    .setScale(2, RoundingMode.HALF_UP));
            // numbers of one series share their prefix: only a number that starts differently needs a look
            if (lastPrefixOf == null || !startsLike(it.invoiceNo(), lastPrefixOf)) {
                String prefix = InvoiceRefs.prefixOf(it.invoiceNo());
                prefixSet.add(prefix);
                lastPrefixOf = prefix.isEmpty() ? null : it.invoiceNo().substring(0, prefixEnd(it.invoiceNo()));
            }
        }
        // a reference's candidates in the order the book gave them (answers must not depend on the renumbering)
        for (int k = 0; k < n; k++) {
            int i = newIndex[k];
            byCore.computeIfAbsent(cores[i], x -> new ArrayList<>(1)).add(i);
        }
        // each customer's invoices are the run firstOf[c] .. firstOf[c + 1] - 1
        int c = 0;
        for (int i = 0; i < n; i++) {
            while (c <= owner[i]) {
                firstOf[c++] = i;
            }
        }
        while (c <= customers.size()) {
            firstOf[c++] = n;
        }
        prefixSet.remove("");
        List<String> p = new ArrayList<>(prefixSet);
        p.sort(Comparator.comparingInt(String::length).reversed());
        prefixes = List.copyOf(p);
        oldestFirst = Comparator.comparingInt(i -> rank[i]);
    }

    /** Where the letters of an invoice number's prefix and the separators after them end. */
    private static int prefixEnd(String invoiceNo) {
        int i = 0;
        while (i < invoiceNo.length() && !Character.isDigit(invoiceNo.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * The number starts with exactly this text (letters and separators) and a digit follows it:
     * its prefix is then the same as the one read from that text.
     */
    private static boolean startsLike(String invoiceNo, String head) {
        return invoiceNo.length() > head.length() && invoiceNo.startsWith(head) && Character.isDigit(invoiceNo.charAt(head.length()));
    }

    /**
     * Each invoice's place oldest first (invoice date, undated last, then number): the days are
     * sorted as packed primitives and only invoices of the same day compare their numbers, which
     * is most of what building the book of 100,000 invoices cost with a comparator over all.
     */
    private static int[] ranks(List<OpenItem> items) {
        int n = items.size();
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (dayKey(items.get(i).invoiceDate()) << 24) | i;
        }
        if (n >= 1 << 24) {
            throw new IllegalArgumentException("too many open invoices for one run: " + n);
        }
        java.util.Arrays.sort(keys);
        int[] rank = new int[n];
        int at = 0;
        while (at < n) {
            int end = at + 1;
            while (end < n && keys[end] >>> 24 == keys[at] >>> 24) {
                end++;
            }
            Integer[] sameDay = new Integer[end - at];
            for (int k = at; k < end; k++) {
                sameDay[k - at] = (int) (keys[k] & 0xFFFFFF);
            }
            if (sameDay.length > 1 && !inNumberOrder(sameDay, items)) {
                java.util.Arrays.sort(sameDay, Comparator.comparing(i -> items.get(i).invoiceNo()));
            }
            for (int k = 0; k < sameDay.length; k++) {
                rank[sameDay[k]] = at + k;
            }
            at = end;
        }
        return rank;
    }

    /** The invoices are already in number order (a book is mostly issued in sequence): no sort needed. */
    private static boolean inNumberOrder(Integer[] sameDay, List<OpenItem> items) {
        for (int k = 1; k < sameDay.length; k++) {
            if (items.get(sameDay[k - 1]).invoiceNo().compareTo(items.get(sameDay[k]).invoiceNo()) > 0) {
                return false;
            }
        }
        return true;
    }

    /** A day as a positive number below 2^39, undated last. */
    private static long dayKey(LocalDate d) {
        return d == null ? (1L << 39) - 1 : d.toEpochDay() + 100_000_000L;
    }

    List<String> prefixes() {
        return prefixes;
    }

    OpenItem item(int i) {
        return items.get(i);
    }

    int owner(int i) {
        return owner[i];
    }

    String core(int i) {
        return cores[i];
    }

    long remaining(int i) {
        return remaining[i];
    }

    /**
     * What settles the invoice with its early-payment discount for a payment received on
     * {@code received}, or -1: only within terms, and only on the whole open amount.
     */
    long discounted(int i, LocalDate received) {
        return received == null ? -1 : discounted(i, received.toEpochDay());
    }

    /** As {@link #discounted(int, LocalDate)} with the day received as an epoch day. */
    long discounted(int i, long receivedDay) {
        if (netOfDiscount[i] < 0 || remaining[i] != initialOpen[i] || receivedDay > discountUntilDay[i]) {
            return -1;
        }
        return netOfDiscount[i];
    }

    /**
     * The whole open amount net of the early-payment discount whatever the day (terms or not), or
     * -1: a payment of exactly this names the invoice even when the discount may not be granted.
     */
    long netOfDiscountAnyDay(int i) {
        return remaining[i] == initialOpen[i] ? netOfDiscount[i] : -1;
    }

    /** The payment that used up this invoice earlier in the run, or null. */
    String consumedBy(int i) {
        return consumedBy[i];
    }

    List<Integer> byCore(String core) {
        return byCore.getOrDefault(core, List.of());
    }

    /** Invoices of the given customers, oldest first (closed ones included). */
    List<Integer> invoicesOf(List<Integer> customerIndexes) {
        if (customerIndexes.size() == 1) {
            int c = customerIndexes.get(0);
            return range(firstOf[c], firstOf[c + 1]);
        }
        return groups.computeIfAbsent(customerIndexes, k -> {
            List<Integer> out = new ArrayList<>();
            for (int c : k) {
                out.addAll(range(firstOf[c], firstOf[c + 1]));
            }
            out.sort(oldestFirst);
            return List.copyOf(out);
        });
    }

    /**
     * The same invoices as {@link #invoicesOf} as an array, built once per payer group: the
     * amount-only search scans every open invoice of a payer for each payment, and a customer may
     * have thousands; unboxed indexes keep that scan cheap.
     */
    int[] invoiceArrayOf(List<Integer> customerIndexes) {
        if (customerIndexes.size() == 1) {
            int c = customerIndexes.get(0);
            return arrays.computeIfAbsent(customerIndexes, k -> java.util.stream.IntStream.range(firstOf[c], firstOf[c + 1]).toArray());
        }
        return arrays.computeIfAbsent(customerIndexes, k -> invoicesOf(k).stream().mapToInt(Integer::intValue).toArray());
    }

    /** The invoice's currency code (see {@link #currencyCode(String)}). */
    int currencyCode(int i) {
        return currencyCode[i];
    }

    /**
     * A payment currency as the book's code: {@link #NO_CURRENCY} when empty, a code no invoice
     * has when the book does not know it.
     */
    int currencyCode(String currency) {
        if (currency == null || currency.isEmpty()) {
            return NO_CURRENCY;
        }
        return currencyCodes.getOrDefault(currency, Integer.MAX_VALUE);
    }

    /**
     * Some open invoice is in this currency, or the payment names none (then any invoice may do), or no open invoice
     * names one (an empty book says nothing of currencies).
     */
    boolean knowsCurrency(String currency) {
        return currencyCodes.isEmpty() || currencyCode(currency) != Integer.MAX_VALUE;
    }

    /** The payment's currency (as a code) may pay the invoice: equal, or either not given. */
    boolean sameCurrency(int paymentCurrency, int i) {
        return paymentCurrency == NO_CURRENCY || currencyCode[i] == NO_CURRENCY || currencyCode[i] == paymentCurrency;
    }

    /** Invoice numbers from .. to - 1 as a list (no boxed copies kept). */
    private static List<Integer> range(int from, int to) {
        return new java.util.AbstractList<>() {
            @Override
            public Integer get(int index) {
                return from + index;
            }

            @Override
            public int size() {
                return to - from;
            }
        };
    }

    Comparator<Integer> oldestFirst() {
        return oldestFirst;
    }

    /**
     * A stamp of the invoices of these customers: it changes whenever one of their invoices is
     * consumed, so an answer that looked only at them is still the answer while it stays the same.
     */
    long stateOf(List<Integer> customerIndexes) {
        long sum = 0;
        for (int c : customerIndexes) {
            sum += changes[c];
        }
        return sum;
    }

    /** Records that {@code paymentId} applied, discounted or deducted {@code cents} of the invoice. */
    void consume(int i, long cents, String paymentId) {
        if (cents > remaining[i]) {
            throw new IllegalStateException("over-application of " + items.get(i).invoiceNo());
        }
        remaining[i] -= cents;
        changes[owner[i]]++;
        if (remaining[i] == 0) {
            consumedBy[i] = paymentId;
        }
    }
}
