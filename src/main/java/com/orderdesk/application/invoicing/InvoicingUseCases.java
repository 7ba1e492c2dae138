package com.orderdesk.application.invoicing;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.AccessControl;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.DocumentFilter;
import com.orderdesk.logic.invoicing.DocumentRow;
import com.orderdesk.logic.invoicing.IssueResult;
import com.orderdesk.logic.invoicing.ShipmentToInvoice;
import com.orderdesk.logic.invoicing.print.CompanyProfile;
import com.orderdesk.logic.invoicing.print.InvoiceDocument;
import com.orderdesk.logic.invoicing.print.StatementDocument;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.invoicing.DocumentPrint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

/** The invoicing desk: issuing invoices and credit memos, the document lists, printing and its records. */
public final class InvoicingUseCases implements InvoiceBook {
    static final String DOCUMENT_PRINT = "DOCUMENT_PRINT";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final InvoiceRepository invoices;
    private final AuditRecorder audit;
    private final Clock clock;
    private final InvoiceIssuing issuing;
    private final CreditMemoIssuing memos;
    private final java.util.function.Supplier<CompanyProfile> company;

    public InvoicingUseCases(UnitOfWork uow, AccessControl access, InvoiceRepository invoices, AuditRecorder audit, Clock clock,
                             com.orderdesk.application.order.OrderSettlement settlement) {
        this(uow, access, invoices, audit, clock, settlement, number -> { });
    }

    /** With a hook run inside each issuing transaction once the invoice is written (tests inject failures). */
    public InvoicingUseCases(UnitOfWork uow, AccessControl access, InvoiceRepository invoices, AuditRecorder audit, Clock clock,
                             com.orderdesk.application.order.OrderSettlement settlement, Consumer<String> afterInvoiceWritten) {
        this(uow, access, invoices, audit, clock, settlement, afterInvoiceWritten, null);
    }

    /**
     * @param company where the printed company comes from (the company settings, read again for each
     *                print batch); {@code null} reads the settings rows without the stored logo
     */
    public InvoicingUseCases(UnitOfWork uow, AccessControl access, InvoiceRepository invoices, AuditRecorder audit, Clock clock,
                             com.orderdesk.application.order.OrderSettlement settlement, Consumer<String> afterInvoiceWritten,
                             java.util.function.Supplier<CompanyProfile> company) {
        this.company = company != null ? company : () -> {
            Properties p = uow.read(invoices::companySettings);
            return p.getProperty("company.name") == null ? CompanyProfile.demo() : CompanyProfile.fromProperties(p);
        };
        this.uow = uow;
        this.access = access;
        this.invoices = invoices;
        this.audit = audit;
        this.clock = clock;
        this.issuing = new InvoiceIssuing(uow, invoices, audit, clock, afterInvoiceWritten);
        this.memos = new CreditMemoIssuing(uow, invoices, audit, clock, settlement);
    }

    @Override
    public List<ShipmentToInvoice> shipmentsToInvoice(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(invoices::shipmentsToInvoice);
    }

    @Override
    public IssueResult issueInvoices(SignedInUser user, List<Long> shipmentIds, BatchProgress progress) {
        access.require(user, Permission.ISSUE_INVOICE);
        return issuing.issue(user, shipmentIds, progress);
    }

    /**
     * Invoices every shipped shipment (the nightly run, or the desk's "invoice all shipped") with one
     * access check, in one unit of work; a shipment that cannot be invoiced is listed with why and
     * the others are invoiced (see {@link InvoiceIssuing#issueBatch}).
     */
    public IssueResult issueAllShipped(SignedInUser user) {
        access.require(user, Permission.ISSUE_INVOICE);
        List<Long> ids = uow.read(invoices::shipmentsToInvoice).stream().map(ShipmentToInvoice::shipmentId).toList();
        return issuing.issueBatch(user, ids);
    }

    /**
     * The same run over the shipments the caller chose, in one unit of work: a run with a cut-off
     * (the demo's past days invoice what had shipped by each day's run, a later one the next day).
     */
    public IssueResult issueInOneRun(SignedInUser user, List<Long> shipmentIds) {
        access.require(user, Permission.ISSUE_INVOICE);
        return issuing.issueBatch(user, shipmentIds);
    }

    @Override
    public String issueCreditMemo(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException {
        access.require(user, Permission.ISSUE_CREDIT_MEMO);
        return memos.issue(user, invoiceNumber, request);
    }

    @Override
    public com.orderdesk.logic.invoicing.CreditBasis creditBasis(SignedInUser user, String invoiceNumber) {
        access.require(user, Permission.ISSUE_CREDIT_MEMO);
        return uow.read(() -> memos.basis(invoiceNumber));
    }

    /**
     * A credit memo as a step of another feature's use case ({@link InvoiceCorrectionSteps}): no
     * permission of its own, so not public (until 7 December it was, and anyone could issue a memo).
     */
    String creditAsStep(SignedInUser user, String invoiceNumber, CreditRequest request) throws CreditRefusedException {
        return memos.issue(user, invoiceNumber, request);
    }

    @Override
    public Listing<DocumentRow> list(SignedInUser user, DocumentFilter filter) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> invoices.list(filter));
    }

    @Override
    public List<String> unprintedNumbers(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(invoices::unprintedNumbers);
    }

    @Override
    public InvoiceDocument document(SignedInUser user, String number) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = LocalDate.now(clock);
        return uow.read(() -> invoices.invoice(number)
                .map(inv -> StoredDocuments.invoiceDocument(inv, today, invoices.balance(inv)))
                .or(() -> invoices.creditMemo(number).map(memo -> StoredDocuments.memoDocument(memo, today)))
                .orElseThrow(() -> new IllegalArgumentException("There is no invoice or credit memo " + number + ".")));
    }

    @Override
    public void recordPrints(SignedInUser user, List<String> numbers) {
        access.require(user, Permission.PRINT_INVOICE);
        if (numbers.isEmpty()) {
            return;
        }
        uow.run("Recording the prints", () -> {
            for (String number : numbers) {
                record(user, number, null);
            }
            int found = invoices.markPrinted(numbers, user.userName(), clock.instant());
            if (found != new HashSet<>(numbers).size()) {
                throw new IllegalArgumentException("Not every one of " + String.join(", ", numbers)
                        + " is an invoice or credit memo; no print was recorded.");
            }
        });
    }

    @Override
    public Path publishPdf(SignedInUser user, String number, Path partial, Path target) {
        access.require(user, Permission.PRINT_INVOICE);
        // the unit of work runs the whole unit again when SQLite answers BUSY at its commit; the
        // file took its name in the attempt whose commit failed and must not be moved twice (a
        // CI run saw "Could not write ...: .partial-INV-010001-...pdf -> INV-010001.pdf")
        boolean[] named = {false};
        try {
            return uow.write("Recording the print of " + number, () -> {
                record(user, number, target.toString());
                if (invoices.markPrinted(List.of(number), user.userName(), clock.instant()) != 1) {
                    throw new IllegalArgumentException("There is no invoice or credit memo " + number + ".");
                }
                invoices.flush();
                // the file takes its final name as the last step before the commit: a failure
                // before this leaves no file and no record; a failure of the commit itself is
                // undone below, so the record and the file exist together or not at all
                if (!named[0]) {
                    move(partial, target);
                    named[0] = true;
                }
                return target;
            });
        } catch (RuntimeException e) {
            if (Files.exists(partial)) {
                deleteQuietly(partial); // it never became the target
            } else {
                deleteQuietly(target); // it did, but its record was not stored
            }
            throw e;
        }
    }

    private void record(SignedInUser user, String number, String file) {
        boolean copy = invoices.printedBefore(number);
        invoices.add(new DocumentPrint(number, copy, file, user.userName(), clock.instant()));
        audit.record(user, AuditEvent.of(user.userName(), DOCUMENT_PRINT, "DOCUMENT", number)
                .withChange(null, AuditValues.json(Map.of("copy", copy, "file", file == null ? "printer" : file))));
    }

    private static void move(Path partial, Path target) {
        try {
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new StoreException("Could not write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // nothing more can be done; the next export removes leftovers
        }
    }

    @Override
    public StatementDocument statement(SignedInUser user, String customerNumber, LocalDate asOf) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> invoices.statement(customerNumber, asOf, LocalDate.now(clock)));
    }

    @Override
    public com.orderdesk.logic.invoicing.print.ActivityStatement activity(SignedInUser user, String customerNumber,
                                                                          LocalDate from, LocalDate to) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        LocalDate today = LocalDate.now(clock);
        com.orderdesk.logic.invoicing.print.ActivityStatement.checkPeriod(from, to, today);
        return uow.read(() -> invoices.activity(customerNumber, from, to, today));
    }

    /** The company as documents print it now: read from the book on each call, so a change counts on the next print. */
    @Override
    public CompanyProfile company() {
        return company.get();
    }
}
