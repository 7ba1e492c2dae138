package com.orderdesk.gui.cash;

import com.orderdesk.logic.store.Listing;
import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.application.customer.CustomerLookup;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.customer.CustomerHit;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/** What the cash-matching screen needs from the use cases, each call made as the user signed in at this desk. */
public record CashDeskServices(CashUseCases cash, CustomerLookup customers, Clock clock, Supplier<SignedInUser> currentUser) {

    List<CustomerHit> searchCustomers(String text, int limit) {
        return customers.search(currentUser.get(), text, limit);
    }

    Listing<DeskPayment> payments(LocalDate day) {
        return cash.payments(currentUser.get(), day);
    }

    PaymentDetail detail(long paymentId) {
        return cash.detail(currentUser.get(), paymentId);
    }

    List<OpenInvoice> openInvoices(String customerNo, LocalDate received) {
        return cash.openInvoices(currentUser.get(), customerNo, received);
    }

    ImportOutcome importFile(Path file, DoubleConsumer progress, BooleanSupplier cancelled) throws ImportException {
        return cash.importFile(currentUser.get(), file, progress, cancelled);
    }

    java.util.Optional<com.orderdesk.logic.cash.intake.BankCsvMapping> savedCsvMapping(List<String> header) {
        return cash.savedCsvMapping(currentUser.get(), header);
    }

    void saveCsvMapping(List<String> header, com.orderdesk.logic.cash.intake.BankCsvMapping mapping) {
        cash.saveCsvMapping(currentUser.get(), header, mapping);
    }

    DeskPayment enterCheque(ChequeInput cheque) {
        return cash.enterCheque(currentUser.get(), cheque);
    }

    MatchOutcome autoMatch(LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        return cash.autoMatch(currentUser.get(), day, progress, cancelled);
    }

    void post(PostRequest request) {
        cash.post(currentUser.get(), request);
    }

    int postAllAuto(LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        return cash.postAllAuto(currentUser.get(), day, progress, cancelled);
    }

    void reverse(long paymentId, long expectedVersion, String why) {
        cash.reverse(currentUser.get(), paymentId, expectedVersion, why);
    }
}
