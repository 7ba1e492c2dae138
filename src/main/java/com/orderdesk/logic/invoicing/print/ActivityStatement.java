package com.orderdesk.logic.invoicing.print;

import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A balance-forward statement of account: the balance owed on the day before {@code from}, every
 * movement of the account from {@code from} to {@code to} in date order (an invoice issued adds, a
 * payment, credit memo, deduction or write-off takes away), and the closing balance, which is the
 * opening plus the movements. {@code openAtEnd} is the open-item statement on {@code to}: what the
 * closing balance is made of, aged as on today's statement.
 */
public record ActivityStatement(String customerNumber, AddressBlock customer, LocalDate from, LocalDate to, String terms,
                                Money opening, List<Movement> movements, StatementDocument openAtEnd, LocalDate printedOn) {
    public ActivityStatement {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(opening, "opening");
        Objects.requireNonNull(openAtEnd, "openAtEnd");
        Objects.requireNonNull(printedOn, "printedOn");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts on " + from + ", after its end " + to + ".");
        }
        // a stable sort: movements on one day keep the order the book gave them (invoices before what settles them)
        movements = movements.stream().sorted(Comparator.comparing(Movement::date)).toList();
        terms = terms == null ? "" : terms;
    }

    /** The default period of a statement dated {@code to}: from the first day of the previous calendar month up to it. */
    public static LocalDate defaultFrom(LocalDate to) {
        return to.minusMonths(1).withDayOfMonth(1);
    }

    /** Refuses a period that is missing, backwards or ends after {@code today}, with a sentence that says which. */
    public static void checkPeriod(LocalDate from, LocalDate to, LocalDate today) {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Give the first and the last day of the period.");
        }
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The period starts on " + com.orderdesk.logic.common.ReadableDates.format(from)
                    + ", after its last day " + com.orderdesk.logic.common.ReadableDates.format(to) + ".");
        }
        if (to.isAfter(today)) {
            throw new IllegalArgumentException("The period ends on " + com.orderdesk.logic.common.ReadableDates.format(to)
                    + ", a day still to come; end it today or earlier.");
        }
    }

    /** Opening plus every movement of the period. */
    public Money closing() {
        return movements.stream().map(Movement::amount).reduce(opening, Money::plus);
    }

    /** The balance after each movement, in the movements' order. */
    public List<Money> runningBalances() {
        List<Money> out = new ArrayList<>(movements.size());
        Money balance = opening;
        for (Movement m : movements) {
            balance = balance.plus(m.amount());
            out.add(balance);
        }
        return out;
    }

    /** Whether anything moved in the period or anything is owed (either way): a statement says something. */
    public boolean hasAnything() {
        return !movements.isEmpty() || !opening.isZero() || !closing().isZero();
    }

    /**
     * One movement: {@code amount} positive when it adds to what is owed (an invoice, a reversed payment),
     * negative when it settles (a payment, credit memo, deduction, write-off). {@code type} e.g. "Invoice", "Payment".
     */
    public record Movement(LocalDate date, String documentNumber, String type, String reference, Money amount) {
        public Movement {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(documentNumber, "documentNumber");
            Objects.requireNonNull(amount, "amount");
            reference = reference == null ? "" : reference;
        }
    }
}
