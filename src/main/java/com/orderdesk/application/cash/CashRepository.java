package com.orderdesk.application.cash;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.matching.OpenItem;
import com.orderdesk.model.cash.BankCsvLayout;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.CustomerBankAccount;
import com.orderdesk.model.cash.ImportBatch;
import com.orderdesk.model.cash.MatchStatus;
import com.orderdesk.model.cash.ProposalLine;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.model.common.Money;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Payments, their applications and the receivables they settle, in the open unit of work (a port). */
public interface CashRepository {
    // intake
    Optional<ImportBatch> batchWithHash(String sha256);

    /**
     * The de-duplication keys of every payment received between the two days (both included): a
     * file's keys hash its transactions' dates, so one query over the file's days finds every key
     * of it the book already holds.
     */
    Set<String> keysReceivedBetween(LocalDate first, LocalDate last);

    List<CashPayment> paymentsWithKey(String dedupKey);

    /** {@code n} consecutive numbers of the PAYMENT series, taken with one update (gapless in this unit). */
    List<String> nextPaymentNumbers(int n);

    void add(ImportBatch batch);

    void add(CashPayment payment);

    /** Stores a file's new payments and their remittance in batches; the batch is already added. */
    void addImported(ImportBatch batch, List<CashPayment> payments);

    // bank CSV layouts mapped at the desk
    List<BankCsvLayout> csvLayouts();

    Optional<BankCsvLayout> csvLayout(String headerSha256);

    void add(BankCsvLayout layout);

    // reads
    Optional<CashPayment> payment(long id);

    /** The payments with these numbers, their proposals loaded, in no particular order. */
    List<CashPayment> paymentsByNumbers(List<String> numbers);

    /** The day's payments and every payment still open from earlier days, newest first. */
    /**
     * The day's list: received that day, still open from an earlier day, or worked (posted or reversed) that day in
     * {@code zone}.
     */
    Listing<CashPayment> paymentsForDay(LocalDate day, java.time.ZoneId zone);

    Optional<Long> customerId(String customerNumber);

    Optional<Customer> customerByNumber(String customerNumber);

    Customer customerReference(long customerId);

    /** The customer's and its children's open invoices, oldest first, as the apply grid shows them. */
    List<OpenInvoice> openInvoices(long customerId, LocalDate received);

    /** Applications of the payment still in force (not reversed), in the order posted. */
    List<CashApplication> liveApplications(long paymentId);

    List<PaymentDetail.Posted> postedLines(long paymentId);

    /** The live postings of each payment named, in one read (a payment with none maps to an empty list). */
    Map<Long, List<PaymentDetail.Posted>> postedLines(Collection<Long> paymentIds);

    // matching
    /** Customers as the matching engine sees them (number, name, parent, known bank accounts), and their ids. */
    MatchingCustomers matchingCustomers();

    /** Every invoice with money still open, oldest first. */
    List<OpenItem> openItems();

    /** Open payments received on or before the day, in id order, as the engine needs them (no entities loaded). */
    List<OpenPayment> openPaymentRowsUpTo(LocalDate day);

    /** Replaces the proposals of these open payments in one go; another desk's change since the read fails it. */
    void saveProposals(List<ProposalUpdate> updates);

    /** Payments a person has reversed at least once. */
    Set<Long> reversedPaymentIds();

    /** Id and version of every open payment the engine marked AUTO, received by the day. */
    List<long[]> autoPayments(LocalDate day);

    // posting
    /** Open or partly paid invoices among these numbers, with customer and parent loaded. */
    List<Invoice> invoicesByNumber(Collection<String> numbers);

    boolean bankAccountKnown(String routing, String account);

    void add(CustomerBankAccount account);

    void add(CashApplication application);

    /** Sets the invoice's open amount and status if no other desk changed it since it was read; false otherwise. */
    boolean restoreInvoice(Invoice invoice, Money open, InvoiceStatus status);

    /** The invoice as stored now (another desk may have changed it within this unit's view). */
    void refresh(Invoice invoice);

    /** Writes what is pending and empties the session, so a long batch does not dirty-check all it touched. */
    void flushAndClear();

    /** Customers of the matching book. */
    record MatchingCustomers(List<com.orderdesk.logic.cash.matching.Customer> customers, Map<String, Long> idsByNumber) {
    }

    /** An open payment as matching reads it. */
    record OpenPayment(long id, long version, String number, LocalDate received, Money amount, String currency,
                       String payerName, String payerAccountKey, String reference) {
    }

    /** A run's new proposal for an open payment read at {@code version}; {@code customerId} null keeps the stored one. */
    record ProposalUpdate(long paymentId, long version, String number, MatchStatus status, double confidence,
                          String reason, Long customerId, List<ProposalLine> lines) {
    }
}
