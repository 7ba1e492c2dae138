package com.orderdesk.persistence.cash;

import com.orderdesk.logic.cash.desk.CashDesk;
import com.orderdesk.logic.cash.desk.ChequeInput;
import com.orderdesk.logic.cash.desk.DeskPayment;
import com.orderdesk.logic.cash.desk.ImportOutcome;
import com.orderdesk.logic.cash.desk.MatchOutcome;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import com.orderdesk.logic.cash.intake.ImportException;
import com.orderdesk.persistence.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** The cash desk on the database: intake, matching, posting and reads, each a small class of its own. */
public final class CashDeskService implements CashDesk {
    private final CashIntake intake;
    private final CashMatching matching;
    private final CashPosting posting;
    private final CashQueries queries;

    public CashDeskService(Database db, Clock clock) {
        CashAudit audit = new CashAudit(clock);
        this.intake = new CashIntake(db, clock, audit);
        this.matching = new CashMatching(db);
        this.posting = new CashPosting(db, clock, audit);
        this.queries = new CashQueries(db);
    }

    @Override
    public List<DeskPayment> payments(LocalDate day) {
        return queries.payments(day);
    }

    @Override
    public PaymentDetail detail(long paymentId) {
        return queries.detail(paymentId);
    }

    @Override
    public List<OpenInvoice> openInvoices(String customerNo, LocalDate received) {
        return queries.openInvoices(customerNo, received);
    }

    @Override
    public ImportOutcome importFile(Path file, String user, DoubleConsumer progress, BooleanSupplier cancelled)
            throws ImportException {
        return intake.importFile(file, user, progress, cancelled);
    }

    @Override
    public DeskPayment enterCheque(ChequeInput cheque, String user) {
        return CashQueries.row(intake.enterCheque(cheque, user));
    }

    @Override
    public MatchOutcome autoMatch(LocalDate day, DoubleConsumer progress, BooleanSupplier cancelled) {
        return matching.autoMatch(day, progress, cancelled);
    }

    @Override
    public void post(PostRequest request, String user) {
        posting.post(request, user);
    }

    @Override
    public int postAllAuto(LocalDate day, String user, DoubleConsumer progress, BooleanSupplier cancelled) {
        return posting.postAllAuto(day, user, progress, cancelled);
    }

    @Override
    public void reverse(long paymentId, long expectedVersion, String user, String why) {
        posting.reverse(paymentId, expectedVersion, user, why);
    }
}
