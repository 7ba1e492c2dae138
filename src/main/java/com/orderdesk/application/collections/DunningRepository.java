package com.orderdesk.application.collections;

import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.model.collections.DunningLevel;
import com.orderdesk.model.collections.DunningNotice;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Storage of the dunning procedure and its letters, in the caller's unit of work. */
public interface DunningRepository {
    /** A customer with overdue items at the run date, its address in one block. */
    record OverdueCustomer(long customerId, String customerNo, String name, String address, List<DunningRun.Item> items) {
    }

    List<DunningLevel> levels();

    Optional<DunningLevel> level(int levelNo);

    void add(Object entity);

    /** Takes a level out of the procedure (the letters already sent at it stay recorded). */
    void remove(DunningLevel level);

    /**
     * Every customer with invoices past due on {@code runDate}, in customer-number order, and the numbers of the
     * invoices left out because their open amount is no whole number (each named in the log).
     */
    Overdue overdue(LocalDate runDate);

    /** What {@link #overdue} read: the customers, and the invoices left out with a damaged amount. */
    record Overdue(List<OverdueCustomer> customers, List<String> leftOut) {
        public Overdue {
            customers = List.copyOf(customers);
            leftOut = List.copyOf(leftOut);
        }
    }

    /** Each customer's latest letter. */
    Map<Long, DunningRun.LastNotice> lastNotices();

    /** Customers with an open promise to pay due on or after {@code runDate}. */
    Set<Long> openPromises(LocalDate runDate);

    List<DunningNotice> notices(LocalDate runDate);
}
