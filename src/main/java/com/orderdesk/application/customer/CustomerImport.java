package com.orderdesk.application.customer;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.customer.CustomerChanges;
import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRules;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Customers in and out of the book in bulk (the {@code customers} command). An import is all or
 * nothing: every record is checked by the same rules as the screen, and against the book, before
 * anything is written; then new customers are added and changed ones updated in one unit of work.
 * The trail gets one entry for the import (file, SHA-256, counts) and a few entries naming every
 * customer added and every customer changed with the fields that changed (see {@link ImportTrail});
 * the values before a change are not kept there (the screen's own changes keep them).
 * Customers the file does not name are left as they are; an unchanged customer is not touched.
 */
public final class CustomerImport {
    /** Audit entries between two checkpoints of the unit of work, so a large import does not hold them all. */
    private static final int BATCH = 100;

    private final UnitOfWork uow;
    private final AccessControl access;
    private final CustomerBook book;
    private final AuditRecorder audit;
    private final Clock clock;
    private final Supplier<CustomerRules> rules;

    public CustomerImport(UnitOfWork uow, AccessControl access, CustomerBook book, AuditRecorder audit, Clock clock,
                          Supplier<CustomerRules> rules) {
        this.uow = uow;
        this.access = access;
        this.book = book;
        this.audit = audit;
        this.clock = clock;
        this.rules = rules;
    }

    /** A problem with the {@code record}-th record (0-based, in the order given). */
    public record RecordProblem(int record, CustomerProblem problem) {
    }

    /** The import was refused; nothing was written. */
    public static final class ImportRefused extends RuntimeException {
        private final transient List<RecordProblem> problems;

        public ImportRefused(List<RecordProblem> problems) {
            super(problems.size() + " problem(s); nothing was imported");
            this.problems = List.copyOf(problems);
        }

        public List<RecordProblem> problems() {
            return problems;
        }
    }

    public record Outcome(int added, int changed, int unchanged) {
    }

    /** Every customer, by number, to {@code each} (signed in: the file holds bank accounts and contacts). */
    public void export(SignedInUser user, Consumer<CustomerRecord> each) {
        access.require(user, Permission.VIEW_ORDERS);
        uow.read(() -> {
            book.forEach(each);
            return null;
        });
    }

    /**
     * @param source the file's name and SHA-256, for the audit trail
     * @throws ImportRefused listing every problem; nothing was written
     */
    public Outcome importAll(SignedInUser user, List<CustomerRecord> records, String source) {
        access.require(user, Permission.IMPORT_MASTER_DATA);
        List<RecordProblem> problems = new ArrayList<>();
        CustomerRules r = rules.get();
        List<CustomerRules.Checked> checked = new ArrayList<>(records.size());
        Map<String, Integer> firstOfNumber = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            CustomerRecord rec = records.get(i);
            CustomerRules.Checked c = r.check(rec);
            checked.add(c);
            int index = i;
            c.problems().forEach(p -> problems.add(new RecordProblem(index, p)));
            if (rec.number().isEmpty()) {
                problems.add(new RecordProblem(i, new CustomerProblem("number", 0,
                        "A customer number is needed in a file (it says which customer the row is).")));
            } else if (firstOfNumber.putIfAbsent(rec.number(), i) != null) {
                problems.add(new RecordProblem(i, new CustomerProblem("number", 0, "Customer " + rec.number()
                        + " is in the file twice.")));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRefused(problems);
        }
        List<CustomerRecord> normal = records.stream().map(CustomerRecord::normalized).toList();
        LocalDate today = LocalDate.now(clock);
        return uow.write("Importing customers", () -> {
            new BookChecks(book).check(normal).forEach((i, list) -> list.forEach(p -> problems.add(new RecordProblem(i, p))));
            if (!problems.isEmpty()) {
                throw new ImportRefused(problems);
            }
            Map<String, CustomerRecord> stored = book.byNumbers(normal.stream().map(CustomerRecord::number).toList());
            List<CustomerBook.Checked> added = new ArrayList<>();
            List<CustomerBook.Checked> changed = new ArrayList<>();
            List<String> addedNumbers = new ArrayList<>();
            List<String> changedFields = new ArrayList<>();
            int unchanged = 0;
            for (int i = 0; i < normal.size(); i++) {
                CustomerRecord rec = normal.get(i);
                CustomerRecord before = stored.get(rec.number());
                if (before != null && before.sameContentAs(rec)) {
                    unchanged++;
                    continue;
                }
                CustomerRecord toStore = before == null ? rec : withStoredIds(rec, before);
                CustomerBook.Checked c = new CustomerBook.Checked(toStore, checked.get(i).billToPoint(),
                        CustomerMaintenance.pointsInOrder(records.get(i), toStore, checked.get(i)));
                if (before == null) {
                    added.add(c);
                    addedNumbers.add(rec.number());
                } else {
                    changed.add(c);
                    changedFields.add(rec.number() + " (" + String.join(", ", fields(CustomerChanges.diff(before, toStore))) + ")");
                }
            }
            if (!book.saveAll(added, changed, today)) {
                throw new com.orderdesk.logic.store.ConcurrentEditException("A customer in the file was changed at"
                        + " another desk while it was imported; nothing was imported. Run the import again.");
            }
            book.checkpoint();
            String reason = "import " + source;
            String file = cut(source, 40);
            List<ImportTrail.Part> parts = ImportTrail.parts(addedNumbers, changedFields);
            for (int p = 0; p < parts.size(); p++) {
                Map<String, String> named = new LinkedHashMap<>();
                named.put("part", (p + 1) + " of " + parts.size());
                if (!parts.get(p).added().isEmpty()) {
                    named.put("added", parts.get(p).added());
                }
                if (!parts.get(p).changed().isEmpty()) {
                    named.put("changed", parts.get(p).changed());
                }
                audit.record(user, AuditEvent.of(user.userName(), CustomerActions.CUSTOMERS_IMPORTED, CustomerActions.IMPORT_FILE,
                        file).withChange(null, AuditValues.json(named)).withReason(reason));
                if ((p + 1) % BATCH == 0) {
                    book.checkpoint();
                }
            }
            audit.record(user, AuditEvent.of(user.userName(), CustomerActions.CUSTOMER_IMPORT, CustomerActions.IMPORT_FILE, file)
                    .withChange(null, AuditValues.json(Map.of("source", source, "added", added.size(),
                            "changed", changed.size(), "unchanged", unchanged, "entries", parts.size()))));
            return new Outcome(added.size(), changed.size(), unchanged);
        });
    }

    /** The fields a change touched, as the trail names them ("phone", "shipTo.DAL"). */
    private static List<String> fields(CustomerChanges.Diff d) {
        java.util.Set<String> names = new java.util.TreeSet<>(d.before().keySet());
        names.addAll(d.after().keySet());
        return List.copyOf(names);
    }

    /** A changed customer keeps its id and version, and its ship-tos theirs (matched by code). */
    private static CustomerRecord withStoredIds(CustomerRecord rec, CustomerRecord before) {
        Map<String, Long> ids = before.shipTos().stream()
                .collect(Collectors.toMap(CustomerRecord.ShipTo::code, CustomerRecord.ShipTo::id));
        return rec.withIdentity(before.id(), before.version())
                .withShipTos(rec.shipTos().stream().map(s -> s.withId(ids.get(s.code()))).toList());
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
