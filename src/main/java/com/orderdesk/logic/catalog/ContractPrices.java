package com.orderdesk.logic.catalog;

import com.orderdesk.logic.common.ReadableDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which contract price applies on a day, and what a contract must be. Of a customer's contracts
 * for one product, the one valid on the day with the latest valid-from wins: a new contract from
 * the 1st of next month takes over then without the old one having to be closed first, and an
 * open-ended one still applies once a dated one has ended. The database query in persistence
 * applies the same rule (tested against this one).
 */
public final class ContractPrices {
    /** Where undated contracts (before dates were kept) start: before any order of any book. */
    public static final LocalDate BEGINNING = LocalDate.of(2000, 1, 1);

    private ContractPrices() {
    }

    public record Period(LocalDate validFrom, LocalDate validTo) {
        public boolean contains(LocalDate day) {
            return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
        }
    }

    /** The index of the contract that applies on {@code day}, if any. */
    public static Optional<Integer> applying(List<Period> contracts, LocalDate day) {
        Integer best = null;
        for (int i = 0; i < contracts.size(); i++) {
            Period p = contracts.get(i);
            if (p.contains(day) && (best == null || p.validFrom().isAfter(contracts.get(best).validFrom()))) {
                best = i;
            }
        }
        return Optional.ofNullable(best);
    }

    /** What is wrong with a contract typed on the screen: its dates worded as the book words them ("Dec 5, 2026"). */
    public static List<InputProblem> check(ContractPriceData c, long line) {
        return check(c, line, ReadableDates.format(c.validFrom()), ReadableDates.format(c.validTo()), String.valueOf(c.price()));
    }

    /**
     * What is wrong with a contract read from a row of a prices file: its values quoted as the row
     * writes them ("2026-12-05", "1000000.01"), since the person fixing the file searches it for them.
     */
    public static List<InputProblem> check(ContractPriceData c, FileRow row) {
        return check(c, row.line(), row.get("valid_from"), row.get("valid_to"), row.get("price"));
    }

    private static List<InputProblem> check(ContractPriceData c, long line, String from, String to, String price) {
        List<InputProblem> out = new ArrayList<>();
        if (c.customerNumber().isEmpty()) {
            out.add(new InputProblem(line, "customer_no", "give the customer's number, e.g. C-10001"));
        }
        if (c.sku().isEmpty()) {
            out.add(new InputProblem(line, "sku", "give the product's SKU"));
        }
        if (c.validFrom() == null) {
            out.add(new InputProblem(line, "valid_from", "give the first day the price applies (YYYY-MM-DD)"));
        } else if (c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            out.add(new InputProblem(line, "valid_to", "the last day (" + to + ") is before the first (" + from + ")"));
        }
        if (c.price() == null) {
            out.add(new InputProblem(line, "price", "give the contract price, e.g. 10.99"));
        } else if (c.price().isNegative() || c.price().compareTo(ProductRules.MAX_PRICE) > 0) {
            out.add(new InputProblem(line, "price", "an amount from 0.00 to 1,000,000.00, not " + price));
        }
        return out;
    }

    /** Contracts sorted as lists show them: by customer, product, then start. */
    public static final Comparator<ContractPriceRow> LIST_ORDER = Comparator.comparing(ContractPriceRow::customerNumber)
            .thenComparing(ContractPriceRow::sku).thenComparing(ContractPriceRow::validFrom);
}
