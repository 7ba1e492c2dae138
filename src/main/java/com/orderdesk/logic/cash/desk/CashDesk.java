package com.orderdesk.logic.cash.desk;

import com.orderdesk.logic.cash.intake.ImportException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * What the cash-matching screen needs from storage (implemented in persistence, wired by app).
 * Every write is one transaction; every decision a person makes is audited.
 */
public interface CashDesk {

    /** The payments received on {@code day}, plus any older payment still open, newest first. */
    List<DeskPayment> payments(LocalDate day);

    /** Everything the detail pane shows for one payment. */
    PaymentDetail detail(long paymentId);

    /** A customer's (and its children's) open invoices, with the discount still available on {@code received}. */
    List<OpenInvoice> openInvoices(String customerNo, LocalDate received);

    /**
     * Imports a BAI2, camt.053/054 or payments CSV file, all or nothing. Transactions already in
     * the book are skipped; the same file twice is refused.
     *
     * @throws ImportException with each problem located by line (and column) when nothing was imported
     */
    ImportOutcome importFile(Path file, String user, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException;

    /** Stores a cheque typed in from the paper; the same cheque twice is refused. */
    DeskPayment enterCheque(ChequeInput cheque, String user);

    /** Runs the matching engine over every open payment of {@code day} and stores its proposals. */
    MatchOutcome autoMatch(LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled);

    /** Posts one payment's money in one transaction: invoices' open amounts and statuses change. */
    void post(PostRequest request, String user);

    /** Posts every open payment of {@code day} whose proposal is AUTO, each in its own transaction. */
    int postAllAuto(LocalDate day, String user, DoubleConsumer progress, BooleanSupplier cancelled);

    /** Reverses a posted payment's applications (audited); the payment is open again. */
    void reverse(long paymentId, long expectedVersion, String user, String why);
}
