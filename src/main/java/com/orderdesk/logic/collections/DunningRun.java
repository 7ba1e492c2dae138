package com.orderdesk.logic.collections;

import com.orderdesk.model.collections.DunningLetterTemplate;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which letter (if any) a dunning run proposes for one customer. Escalates one level per letter:
 * the customer's next level must be due (its oldest undisputed overdue item at least that level's
 * days past due) and the grace days of the last letter must have run out. At the last level the
 * last letter is repeated after its grace days. When every item of the last letter has been paid
 * (the oldest overdue item fell due after it), the procedure starts again at level 1.
 */
public final class DunningRun {

    /** A level of the procedure: when it is due, the grace after its letter, its fee and which letter it prints. */
    public record Level(int level, int daysPastDue, int graceDays, Money fee, DunningLetterTemplate template, String text) {
        /** A level printing the letter its number always printed (1 a reminder, 2 the second, 3 the final notice). */
        public Level(int level, int daysPastDue, int graceDays, Money fee, String text) {
            this(level, daysPastDue, graceDays, fee, DunningLetterTemplate.byLevel(level), text);
        }
    }

    /** An overdue invoice on a letter. */
    public record Item(String invoiceNo, LocalDate issued, LocalDate due, Money open, long daysPastDue) {
    }

    /** The customer's last letter, if any. */
    public record LastNotice(int level, LocalDate sent) {
    }

    /** A proposed letter. */
    public record Letter(long customerId, String customerNo, String name, String address, int level, int previousLevel,
                         List<Item> items, Money overdue, Money fee, String text, DunningLetterTemplate template) {
        public Money total() {
            return overdue.plus(fee);
        }
    }

    private DunningRun() {
    }

    /**
     * @param items        the customer's overdue items, disputed ones already left out
     * @param promiseOpen  whether the customer has a promise to pay not yet due (then no letter)
     */
    public static Optional<Letter> propose(long customerId, String customerNo, String name, String address, List<Item> items,
                                           List<Level> procedure, Optional<LastNotice> last, boolean promiseOpen,
                                           LocalDate runDate) {
        if (promiseOpen || items.isEmpty() || procedure.isEmpty()) {
            return Optional.empty();
        }
        List<Level> levels = new ArrayList<>(procedure);
        levels.sort(Comparator.comparingInt(Level::level));
        List<Item> sorted = new ArrayList<>(items);
        sorted.sort(Comparator.comparing(Item::due).thenComparing(Item::invoiceNo));
        LocalDate oldestDue = sorted.get(0).due();
        long oldest = sorted.get(0).daysPastDue();
        int lastLevel = 0;
        if (last.isPresent() && !oldestDue.isAfter(last.get().sent())) {
            lastLevel = last.get().level();
            Level sentLevel = levels.stream().filter(l -> l.level() == last.get().level()).findFirst().orElse(levels.get(0));
            if (runDate.isBefore(last.get().sent().plusDays(Math.max(1, sentLevel.graceDays())))) {
                return Optional.empty();
            }
        }
        int previous = lastLevel;
        Level next = levels.stream().filter(l -> l.level() > previous).findFirst().orElse(levels.get(levels.size() - 1));
        if (oldest < next.daysPastDue()) {
            return Optional.empty();
        }
        Money overdue = sorted.stream().map(Item::open).reduce(Money.ZERO, Money::plus);
        return Optional.of(new Letter(customerId, customerNo, name, address, next.level(), lastLevel, List.copyOf(sorted), overdue,
                next.fee(), next.text(), next.template()));
    }
}
