package com.orderdesk.gui.cash;

import com.orderdesk.logic.cash.desk.ApplicationRules;
import com.orderdesk.logic.cash.desk.OpenInvoice;
import com.orderdesk.logic.cash.desk.PaymentDetail;
import com.orderdesk.logic.cash.desk.PostRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The apply grid of one payment, testable without a window: which invoices are ticked, what
 * goes on each, and the running difference (payment minus applied). Starts from the engine's
 * proposal; the clerk changes it; {@link #request} turns it into what is posted.
 */
public final class ApplyViewModel {
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();
    private final ObservableList<ApplyRow> rows = FXCollections.observableArrayList(
            r -> new Observable[] {r.selectedProperty(), r.appliedProperty(), r.discountProperty(), r.deductionProperty(),
                    r.reasonCodeProperty()});
    private final ReadOnlyObjectWrapper<BigDecimal> appliedTotal = new ReadOnlyObjectWrapper<>(ApplyRow.ZERO);
    private final ReadOnlyObjectWrapper<BigDecimal> difference = new ReadOnlyObjectWrapper<>(ApplyRow.ZERO);
    private final BooleanProperty restOnAccount = new SimpleBooleanProperty(false);
    private BigDecimal paymentAmount = ApplyRow.ZERO;
    private PaymentDetail detail;
    private String customerNo;

    public ApplyViewModel() {
        rows.addListener((javafx.collections.ListChangeListener<ApplyRow>) c -> recompute());
    }

    /** Shows a payment: its customer's open invoices, with the engine's proposal ticked. */
    public void load(PaymentDetail d) {
        this.detail = d;
        this.customerNo = d.payment().customerNo();
        this.paymentAmount = d.payment().amount().amount();
        restOnAccount.set(false);
        showInvoices(d.invoices());
        if (!d.payment().status().posted()) {
            for (PaymentDetail.Proposed p : d.proposal()) {
                rows.stream().filter(r -> r.invoice().invoiceNo().equals(p.invoiceNo())).findFirst().ifPresent(r -> {
                    r.selectedProperty().set(true);
                    r.appliedProperty().set(p.applied());
                    r.discountProperty().set(p.discount());
                    r.deductionProperty().set(p.deduction());
                    r.reasonCodeProperty().set(p.deduction().signum() > 0 ? "REMITTANCE" : null);
                    r.proposedByProperty().set(p.status().name());
                });
            }
        }
        recompute();
    }

    /** No payment: an empty grid, and nothing to post. */
    public void clear() {
        detail = null;
        customerNo = null;
        paymentAmount = ApplyRow.ZERO;
        restOnAccount.set(false);
        rows.clear();
        recompute();
    }

    /** The clerk chose (another) customer: their invoices, nothing ticked. */
    public void showCustomer(String number, List<OpenInvoice> invoices) {
        this.customerNo = number;
        showInvoices(invoices);
    }

    private void showInvoices(List<OpenInvoice> invoices) {
        List<ApplyRow> fresh = new ArrayList<>();
        for (OpenInvoice i : invoices) {
            ApplyRow r = new ApplyRow(i);
            r.selectedProperty().addListener((o, was, now) -> onTicked(r, now));
            fresh.add(r);
        }
        rows.setAll(fresh);
    }

    private void onTicked(ApplyRow r, boolean now) {
        if (!now) {
            r.clear();
        } else if (r.settles().signum() == 0) {
            // take what is still unapplied, up to what is open
            BigDecimal left = difference.get().max(ApplyRow.ZERO);
            r.appliedProperty().set(left.min(r.invoice().open()));
        }
    }

    /** Pays the invoice less its early-payment discount (only when one is on offer). */
    public boolean takeDiscount(ApplyRow r) {
        BigDecimal offered = r.invoice().discountOffered();
        if (offered.signum() <= 0) {
            return false;
        }
        r.selectedProperty().set(true);
        r.deductionProperty().set(ApplyRow.ZERO);
        r.discountProperty().set(offered);
        r.appliedProperty().set(r.invoice().open().subtract(offered));
        return true;
    }

    /** Keeps what is still open on the invoice after this payment as a deduction with its reason. */
    public boolean recordDeduction(ApplyRow r, String reasonCode) {
        if (!r.isSelected()) {
            return false;
        }
        BigDecimal rest = r.invoice().open().subtract(r.applied()).subtract(r.discount());
        if (rest.signum() <= 0) {
            return false;
        }
        r.deductionProperty().set(rest);
        r.reasonCodeProperty().set(reasonCode);
        return true;
    }

    /** Accepts that the unapplied rest of the payment stays on the customer's account. */
    public void leaveRestOnAccount() {
        restOnAccount.set(true);
    }

    private void recompute() {
        BigDecimal total = ApplyRow.ZERO;
        for (ApplyRow r : rows) {
            if (r.isSelected()) {
                total = total.add(r.applied());
            }
        }
        appliedTotal.set(total);
        difference.set(paymentAmount.subtract(total));
    }

    /** Every reason the current grid cannot be posted, one sentence each; empty when it can. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (detail == null) {
            return List.of("Choose a payment first.");
        }
        if (detail.payment().status().posted()) {
            return List.of(detail.payment().number() + " is posted; reverse it to apply it differently.");
        }
        if (detail.payment().foreign()) { // said here as the use case says it, before anything is sent
            return List.of(ApplicationRules.notInTheBooksCurrency(detail.payment().number(), detail.payment().currency(),
                    FORMATS.money(detail.payment().amount()), com.orderdesk.model.common.Money.BOOK_CURRENCY));
        }
        Map<String, BigDecimal> open = new HashMap<>();
        rows.forEach(r -> open.put(r.invoice().invoiceNo(), r.invoice().open()));
        out.addAll(ApplicationRules.check(paymentAmount, lines(), open));
        if (customerNo == null && difference.get().signum() > 0 && !restOnAccount.get()) {
            out.add("Nobody is identified: choose the customer, or press Rest on account to keep the money unapplied.");
        } else if (difference.get().signum() > 0 && !restOnAccount.get()) {
            out.add(FORMATS.money(difference.get()) + " is not applied: apply it, or press Rest on account.");
        }
        return out;
    }

    private List<PostRequest.Line> lines() {
        List<PostRequest.Line> lines = new ArrayList<>();
        for (ApplyRow r : rows) {
            if (r.isSelected()) {
                lines.add(new PostRequest.Line(r.invoice().invoiceNo(), r.applied(), r.discount(), r.deduction(),
                        r.reasonCodeProperty().get()));
            }
        }
        return lines;
    }

    public PostRequest request() {
        return request(false);
    }

    /** @param bookCurrencyConfirmed the clerk said the payment, whose file named no currency, is in the book's */
    public PostRequest request(boolean bookCurrencyConfirmed) {
        return new PostRequest(detail.payment().id(), detail.version(), customerNo, lines(), bookCurrencyConfirmed);
    }

    public ObservableList<ApplyRow> rows() { return rows; }
    public ReadOnlyObjectProperty<BigDecimal> appliedTotalProperty() { return appliedTotal.getReadOnlyProperty(); }
    /** Payment amount minus applied: positive is left on account, negative is over-applied. */
    public ReadOnlyObjectProperty<BigDecimal> differenceProperty() { return difference.getReadOnlyProperty(); }
    public BooleanProperty restOnAccountProperty() { return restOnAccount; }
    public PaymentDetail detail() { return detail; }
    public String customerNo() { return customerNo; }
}
