package com.orderdesk.persistence.cash;

import com.orderdesk.application.cash.CashUseCases;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * The cash use cases as the tests call them: each action by the AR clerk named (signed in to the
 * test book), reads by the default AR clerk "ar1".
 */
public final class CashDeskAsUsers {
    private final TestBook book;
    private final CashUseCases cash;

    CashDeskAsUsers(TestBook book) {
        this.book = book;
        this.cash = book.services().cash();
    }

    public SignedInUser user(String name) {
        return book.user(name, Role.AR_CLERK);
    }

    public List<DeskPayment> payments(LocalDate day) {
        return cash.payments(user("ar1"), day).rows();
    }

    public PaymentDetail detail(long paymentId) {
        return cash.detail(user("ar1"), paymentId);
    }

    public List<OpenInvoice> openInvoices(String customerNo, LocalDate received) {
        return cash.openInvoices(user("ar1"), customerNo, received);
    }

    public ImportOutcome importFile(Path file, String user, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        return cash.importFile(user(user), file, progress, cancelled);
    }

    public DeskPayment enterCheque(ChequeInput cheque, String user) {
        return cash.enterCheque(user(user), cheque);
    }

    public MatchOutcome autoMatch(LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        return cash.autoMatch(user("ar1"), day, progress, cancelled);
    }

    public void post(PostRequest request, String user) {
        cash.post(user(user), request);
    }

    public int postAllAuto(LocalDate day, String user, DoubleConsumer progress, BooleanSupplier cancelled) {
        return cash.postAllAuto(user(user), day, progress, cancelled);
    }

    public void reverse(long paymentId, long expectedVersion, String user, String why) {
        cash.reverse(user(user), paymentId, expectedVersion, why);
    }
}
