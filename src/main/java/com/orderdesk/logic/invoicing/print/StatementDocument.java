package com.orderdesk.logic.invoicing.print;

import com.orderdesk.logic.invoicing.AgingBucket;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A customer's statement of account: the open items on {@code statementDate}, oldest first, aged by
 * days past due. Credit memos and unapplied payments are open items with a negative open amount.
 */
public record StatementDocument(String customerNumber, AddressBlock customer, LocalDate statementDate, String terms,
                                List<Item> items, LocalDate printedOn) {
    public StatementDocument {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(statementDate, "statementDate");
        Objects.requireNonNull(printedOn, "printedOn");
        items = items.stream().sorted(Comparator.comparing(Item::date).thenComparing(Item::documentNumber)).toList();
        terms = terms == null ? "" : terms;
    }

    /** Open amount per aging bucket (every bucket present, zero when empty), in bucket order. */
    public Map<AgingBucket, Money> aging() {
        Map<AgingBucket, Money> totals = new EnumMap<>(AgingBucket.class);
        for (AgingBucket b : AgingBucket.values()) {
            totals.put(b, Money.ZERO);
        }
        for (Item item : items) {
            if (!item.disputed()) {
                totals.merge(item.bucket(statementDate), item.open(), Money::plus);
            }
        }
        return totals;
    }

    /** What is in dispute on open cases: shown apart from the aging, still part of the balance. */
    public Money disputed() {
        return items.stream().filter(Item::disputed).map(Item::open).reduce(Money.ZERO, Money::plus);
    }

    public Money balance() {
        return items.stream().map(Item::open).reduce(Money.ZERO, Money::plus);
    }

    /**
     * One open item; {@code type} e.g. "Invoice", "Credit memo", "Payment". {@code dueDate} is null
     * for credits (credit memos, unapplied payments): they are never late and age as current.
     */
    public record Item(String documentNumber, String type, LocalDate date, LocalDate dueDate, Money original,
                       Money open, String reference, boolean disputed) {
        public Item {
            Objects.requireNonNull(documentNumber, "documentNumber");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(open, "open");
            reference = reference == null ? "" : reference;
        }

        /** An item not in dispute. */
        public Item(String documentNumber, String type, LocalDate date, LocalDate dueDate, Money original, Money open,
                    String reference) {
            this(documentNumber, type, date, dueDate, original, open, reference, false);
        }

        public boolean isCredit() {
            return open.isNegative();
        }

        public AgingBucket bucket(LocalDate asOf) {
            return isCredit() || dueDate == null ? AgingBucket.CURRENT : AgingBucket.of(dueDate, asOf);
        }

        /** Days past due on {@code asOf}, or 0 when not late (or a credit). */
        public long daysPastDue(LocalDate asOf) {
            return isCredit() || dueDate == null ? 0 : Math.max(0, AgingBucket.daysPastDue(dueDate, asOf));
        }
    }
}
