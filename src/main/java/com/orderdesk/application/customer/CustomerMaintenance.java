package com.orderdesk.application.customer;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.customer.CustomerChanges;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerList;
import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.CustomerRules;
import com.orderdesk.logic.customer.CustomerValidationException;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.logic.customer.LookalikesFound;
import com.orderdesk.logic.customer.SavedCustomer;
import com.orderdesk.logic.customer.SearchWords;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.StoreException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The customer screen's use cases: find, open, add, change, switch off and on. Anyone who may view
 * orders may look; changing needs {@link Permission#MAINTAIN_CUSTOMERS}. Each change is checked
 * (rules, then what the book knows), stored in one unit of work and audited with the fields that
 * changed. Credit limit, risk class and manual hold are not master data: they stay on the credit
 * desk ({@code CreditUseCases}), with its history.
 */
public final class CustomerMaintenance {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final CustomerBook book;
    private final AuditRecorder audit;
    private final Clock clock;
    private final Supplier<CustomerRules> rules;
    private final BookChecks bookChecks;

    /** @param rules built on first use (it needs the gazetteer, which takes a moment to read) */
    public CustomerMaintenance(UnitOfWork uow, AccessControl access, CustomerBook book, AuditRecorder audit, Clock clock,
                               Supplier<CustomerRules> rules) {
        this.uow = uow;
        this.access = access;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
        this.bookChecks = new BookChecks(book);
    }

    /** Customers matching every typed word (name, number, city, ZIP, phone, e-mail...), by name; all when nothing is typed. */
    public CustomerList list(SignedInUser user, String text, int limit) {
        access.require(user, Permission.VIEW_ORDERS);
        refreshSearchWords();
        List<String> words = SearchWords.query(text);
        return uow.read(() -> {
            List<CustomerRow> rows = words.isEmpty() ? book.firstByName(limit + 1) : book.search(words, limit + 1);
            boolean more = rows.size() > limit;
            return new CustomerList(more ? rows.subList(0, limit) : rows, book.count(), more);
        });
    }

    /**
     * Customers stored before their search words were kept (a book from an older version, rows
     * written by other means) get them now, in batches, before the list is read.
     */
    private void refreshSearchWords() {
        if (!uow.read(book::searchWordsStale)) {
            return;
        }
        uow.run("Indexing customers for search", () -> {
            while (book.refreshSearchWords(5_000) > 0) {
                book.checkpoint();
            }
        });
    }

    public CustomerDetail open(SignedInUser user, long id) {
        access.require(user, Permission.VIEW_ORDERS);
        LocalDate today = LocalDate.now(clock);
        return uow.read(() -> book.detail(id, today)).orElseThrow(
                () -> new StoreException("The customer no longer exists; another desk may have removed it."));
    }

    /**
     * One address against the gazetteer, as the customer screen checks it when the user leaves its
     * fields: the problems (fields named {@code address.zip}...) and the ZIP code's place, from which
     * the screen fills an empty city and state.
     */
    public AddressVerdict checkAddress(SignedInUser user, com.orderdesk.logic.customer.PostalAddress address) {
        access.require(user, Permission.MAINTAIN_CUSTOMERS);
        com.orderdesk.logic.customer.AddressCheck check = rules.get().addresses();
        return new AddressVerdict(check.check(address, "address", 0).problems(), check.place(address.zip()).orElse(null));
    }

    /** What {@link #checkAddress} found: problems (none when the address passed) and the ZIP's place (null when unknown). */
    public record AddressVerdict(List<CustomerProblem> problems, com.orderdesk.logic.geo.ZipPlace place) {
        public AddressVerdict {
            problems = List.copyOf(problems);
        }
    }

    /** Stored customers that look like {@code candidate} (same phone, or same name and ZIP), to show before saving a new one. */
    public List<Lookalike> lookalikes(SignedInUser user, CustomerRecord candidate) {
        access.require(user, Permission.MAINTAIN_CUSTOMERS);
        return uow.read(() -> book.lookalikes(candidate.normalized(), candidate.id()));
    }

    /**
     * Adds or changes a customer. A new customer that looks like a stored one is refused with
     * {@link LookalikesFound} unless {@code lookalikesSeen} (the user was shown them and saves anyway).
     *
     * @throws CustomerValidationException with every problem, nothing stored
     * @throws ConcurrentEditException when another desk changed the customer since it was opened
     */
    public SavedCustomer save(SignedInUser user, CustomerRecord typed, boolean lookalikesSeen) {
        access.require(user, Permission.MAINTAIN_CUSTOMERS);
        CustomerRules.Checked checked = rules.get().check(typed);
        if (!checked.passed()) {
            throw new CustomerValidationException(checked.problems());
        }
        CustomerRecord record = typed.normalized();
        LocalDate today = LocalDate.now(clock);
        return uow.write("Saving the customer", () -> {
            CustomerRecord before = record.isNew() ? null : book.detail(record.id(), today).map(CustomerDetail::record)
                    .orElseThrow(() -> new StoreException("The customer no longer exists; another desk may have removed it."));
            List<CustomerProblem> problems = new ArrayList<>();
            if (before != null && !before.number().equals(record.number())) {
                problems.add(new CustomerProblem("number", 0, "A stored customer keeps its number (" + before.number()
                        + "): orders, invoices and files refer to it."));
            }
            if (before == null && !record.number().isEmpty() && book.numberTaken(record.number())) {
                problems.add(new CustomerProblem("number", 0, "Customer number " + record.number()
                        + " is taken; type another or leave it empty for the next one."));
            }
            problems.addAll(bookChecks.check(List.of(record)).getOrDefault(0, List.of()));
            if (!problems.isEmpty()) {
                throw new CustomerValidationException(problems);
            }
            if (before == null) {
                if (!lookalikesSeen) {
                    List<Lookalike> similar = book.lookalikes(record, null);
                    if (!similar.isEmpty()) {
                        throw new LookalikesFound(similar);
                    }
                }
                CustomerRecord numbered = record.number().isEmpty() ? record.withNumber(book.nextNumber()) : record;
                long id = book.insert(new CustomerBook.Checked(numbered, checked.billToPoint(), pointsInOrder(typed, numbered,
                        checked)), today);
                record(user, CustomerActions.CUSTOMER_ADD, numbered.number(), CustomerChanges.diff(null, numbered), null);
                return new SavedCustomer(id, numbered.number(), 0, true);
            }
            if (before.version() != record.version()) {
                throw changedElsewhere(record.number());
            }
            CustomerRecord stored = record.withActive(before.active());
            CustomerChanges.Diff diff = CustomerChanges.diff(before, stored);
            if (diff.isEmpty()) {
                return new SavedCustomer(record.id(), record.number(), record.version(), false);
            }
            if (!book.update(new CustomerBook.Checked(stored, checked.billToPoint(), pointsInOrder(typed, stored, checked)))) {
                throw changedElsewhere(record.number());
            }
            record(user, CustomerActions.CUSTOMER_CHANGE, record.number(), diff, null);
            return new SavedCustomer(record.id(), record.number(), record.version() + 1, false);
        });
    }

    /** Switches a customer off (no new orders; its history stays) or on again; {@code reason} goes to the audit trail. */
    public SavedCustomer setActive(SignedInUser user, long id, long version, boolean active, String reason) {
        access.require(user, Permission.MAINTAIN_CUSTOMERS);
        LocalDate today = LocalDate.now(clock);
        return uow.write(active ? "Switching the customer on" : "Switching the customer off", () -> {
            CustomerRecord c = book.detail(id, today).map(CustomerDetail::record)
                    .orElseThrow(() -> new StoreException("The customer no longer exists; another desk may have removed it."));
            if (c.version() != version) {
                throw changedElsewhere(c.number());
            }
            if (c.active() == active) {
                return new SavedCustomer(id, c.number(), version, false);
            }
            if (!book.setActive(id, version, active)) {
                throw changedElsewhere(c.number());
            }
            audit.record(user, AuditEvent.of(user.userName(), active ? CustomerActions.CUSTOMER_REACTIVATE
                            : CustomerActions.CUSTOMER_DEACTIVATE, CustomerActions.CUSTOMER, c.number())
                    .withChange(AuditValues.json(Map.of("active", !active)), AuditValues.json(Map.of("active", active)))
                    .withReason(reason == null || reason.isBlank() ? null : reason.strip()));
            return new SavedCustomer(id, c.number(), version + 1, false);
        });
    }

    /** The customer half of the capture engine's master data (for the order inbox). */
    public CaptureCustomers captureCustomers(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(book::captureCustomers);
    }

    /** The rules checked the ship-tos in the order typed; the book stores them sorted by code: their points follow. */
    static List<com.orderdesk.model.common.GeoPoint> pointsInOrder(CustomerRecord typed, CustomerRecord stored,
                                                                   CustomerRules.Checked checked) {
        Map<String, com.orderdesk.model.common.GeoPoint> byCode = new java.util.HashMap<>();
        for (int i = 0; i < typed.shipTos().size(); i++) {
            byCode.put(typed.shipTos().get(i).code(), checked.shipToPoints().get(i));
        }
        return stored.shipTos().stream().map(s -> byCode.get(s.code())).toList();
    }

    private void record(SignedInUser user, String action, String number, CustomerChanges.Diff diff, String reason) {
        audit.record(user, AuditEvent.of(user.userName(), action, CustomerActions.CUSTOMER, number)
                .withChange(diff.before().isEmpty() ? null : AuditValues.json(diff.before()), AuditValues.json(diff.after()))
                .withReason(reason));
    }

    static ConcurrentEditException changedElsewhere(String number) {
        return new ConcurrentEditException("Customer " + number + " was changed at another desk after you opened it;"
                + " your changes were not saved.");
    }
}
