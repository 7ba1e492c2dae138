package com.orderdesk.application.cash;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.AccessControl;
import com.orderdesk.application.claims.DeductionCases;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.BankCsvMapping;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The cash desk: bank and lockbox files and cheques in, matching, posting and reversing, each
 * action permission-checked, in its own unit of work and audited (intake, matching, posting and
 * reads each in a small class of their own).
 */
public final class CashUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final CashIntake intake;
    private final CashFileImport files;
    private final CashMatching matching;
    private final CashPosting posting;
    private final CashQueries queries;
    private final CashCsvMappings csvMappings;
    private final CashRepository cash;

    public CashUseCases(UnitOfWork uow, AccessControl access, CashRepository cash, AuditRecorder audit, Clock clock,
                        com.orderdesk.application.order.OrderSettlement settlement) {
        this(uow, access, cash, audit, clock, settlement, DeductionCases.NONE);
    }

    /** With the claims desk told of every deduction posted or reversed, in the posting's unit of work. */
    public CashUseCases(UnitOfWork uow, AccessControl access, CashRepository cash, AuditRecorder audit, Clock clock,
                        com.orderdesk.application.order.OrderSettlement settlement, DeductionCases deductions) {
        this.uow = uow;
        this.access = access;
        this.intake = new CashIntake(uow, cash, clock, audit);
        this.files = new CashFileImport(uow, cash, clock, audit);
        this.matching = new CashMatching(uow, cash, audit);
        this.posting = new CashPosting(uow, cash, clock, audit, settlement, deductions);
        this.queries = new CashQueries(cash, clock.getZone());
        this.csvMappings = new CashCsvMappings(uow, cash, clock, audit);
        this.cash = cash;
    }

    public Listing<DeskPayment> payments(SignedInUser user, LocalDate day) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> queries.payments(day));
    }

    public PaymentDetail detail(SignedInUser user, long paymentId) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> queries.detail(paymentId));
    }

    /** What is posted from each payment named (live applications, reversals left out), in one read. */
    public java.util.Map<Long, List<PaymentDetail.Posted>> postedLines(SignedInUser user, List<Long> paymentIds) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> cash.postedLines(paymentIds));
    }

    public List<OpenInvoice> openInvoices(SignedInUser user, String customerNo, LocalDate received) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> queries.openInvoices(customerNo, received));
    }

    /** A bank or lockbox file, all or nothing, transactions already in the book skipped. */
    public ImportOutcome importFile(SignedInUser user, Path file, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        access.require(user, Permission.APPLY_CASH);
        return files.importFile(file, csvMappings.mappings(), user, progress, cancelled);
    }

    /** The column mapping saved for CSV files with this header, if a person mapped one. */
    public java.util.Optional<BankCsvMapping> savedCsvMapping(SignedInUser user, List<String> header) {
        access.require(user, Permission.APPLY_CASH);
        return csvMappings.savedFor(header);
    }

    /**
     * Saves how a bank's CSV export maps onto payments, under the file's header row (replacing an
     * earlier mapping of that header), audited; the desk and {@code cash import} read such files with it.
     */
    public void saveCsvMapping(SignedInUser user, List<String> header, BankCsvMapping mapping) {
        access.require(user, Permission.APPLY_CASH);
        csvMappings.save(user, header, mapping);
    }

    /**
     * Several files, as the {@code cash import} command takes them: all are read and checked first,
     * and if any is refused nothing is written (the exception holds each refused file's problems, located, up to ImportException.LISTED a file);
     * then each file is stored in its own unit of work, all or nothing.
     */
    public List<ImportOutcome> importFiles(SignedInUser user, List<Path> paths) throws ImportException {
        access.require(user, Permission.APPLY_CASH);
        List<CashFileImport.ReadFile> read = new java.util.ArrayList<>();
        List<String> refused = new java.util.ArrayList<>();
        List<BankCsvMapping> mappings = csvMappings.mappings();
        for (Path p : paths) {
            try {
                read.add(CashFileImport.read(p, mappings));
            } catch (ImportException e) {
                // every problem, located, as the other importers list them (it said the first "and 1 more problem")
                refused.addAll(e.listed(p.getFileName() == null ? p.toString() : p.getFileName().toString()));
            }
        }
        if (!refused.isEmpty()) {
            throw new ImportException(refused);
        }
        List<ImportOutcome> out = new java.util.ArrayList<>();
        for (CashFileImport.ReadFile r : read) {
            out.add(files.store(r, user, p -> { }, () -> false));
        }
        return out;
    }

    /** The payments numbered, in that order, each with the engine's latest answer. */
    public List<com.orderdesk.logic.cash.desk.MatchedPayment> matched(SignedInUser user, List<String> numbers) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> queries.matched(numbers));
    }

    public DeskPayment enterCheque(SignedInUser user, ChequeInput cheque) {
        access.require(user, Permission.APPLY_CASH);
        return CashQueries.row(intake.enterCheque(cheque, user));
    }

    /** Proposes applications for every open payment up to the day (one run, so two payments never take one invoice). */
    public MatchOutcome autoMatch(SignedInUser user, LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        access.require(user, Permission.APPLY_CASH);
        return matching.autoMatch(user, day, progress, cancelled);
    }

    public void post(SignedInUser user, PostRequest request) {
        access.require(user, Permission.APPLY_CASH);
        posting.post(request, user);
    }

    /**
     * Posts several payments as the AR clerk applied them, with one access check and in one unit of
     * work; returns the refused ones (payment id to why), which stay open while the others are posted.
     */
    public java.util.Map<Long, String> postAll(SignedInUser user, List<PostRequest> requests) {
        access.require(user, Permission.APPLY_CASH);
        return posting.postAll(requests, user);
    }

    /**
     * Posts every payment the engine marked AUTO ("post the matched credits of the file") in one unit
     * of work; one changed since the run is left for a person. Returns how many were posted. A cancel
     * throws {@link java.util.concurrent.CancellationException} with nothing posted, unless the unit
     * had failed and the payments were being posted one by one: then it returns those already posted.
     */
    public int postAllAuto(SignedInUser user, LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        access.require(user, Permission.APPLY_CASH);
        return posting.postAllAuto(day, user, progress, cancelled);
    }

    public void reverse(SignedInUser user, long paymentId, long expectedVersion, String why) {
        access.require(user, Permission.REVERSE_CASH_APPLICATION);
        posting.reverse(paymentId, expectedVersion, user, why);
    }
}
