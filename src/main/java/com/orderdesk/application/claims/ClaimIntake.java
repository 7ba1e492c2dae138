package com.orderdesk.application.claims;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.logic.claims.DeductionReasons;
import com.orderdesk.logic.claims.ShortPayCandidate;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.cash.CashApplication;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimNote;
import com.orderdesk.model.claims.ClaimOrigin;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How cases come to be: a deduction posted with a payment (the cash desk's port, in its unit of
 * work), an unexplained short payment found by the sweep, a dispute opened at the desk. Each is
 * numbered from the CASE- series in the transaction that stores it, with its first history line and
 * an audit entry. Permission checks are the callers' (the cash desk for postings, ClaimUseCases).
 */
final class ClaimIntake implements DeductionCases {
    static final String SERIES = "CLAIM";

    private final UnitOfWork uow;
    private final ClaimsRepository claims;
    private final AuditRecorder audit;
    private final Clock clock;

    ClaimIntake(UnitOfWork uow, ClaimsRepository claims, AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void deductionPosted(SignedInUser user, CashPayment payment, CashApplication a) {
        if (a.invoice() == null || !a.deduction().isPositive()) {
            return;
        }
        Invoice inv = a.invoice();
        String note = remittanceNote(payment, inv.number());
        ClaimReason reason = DeductionReasons.of(a.reasonCode(), note);
        ClaimCase c = open(user, ClaimKind.DEDUCTION, ClaimOrigin.CASH_POSTING, inv, a.deduction(), a.deduction(), reason,
                "Deduction of " + a.deduction() + " taken on payment " + payment.number() + " of "
                        + payment.receivedDate() + " against " + inv.number() + (note == null ? "" : "; remittance: \"" + note + "\"")
                        + "; reason " + reason.label().toLowerCase(Locale.ROOT) + ".");
        c.fromPayment(payment, a, clip(note));
    }

    private static String clip(String note) {
        return note == null ? null : note.length() > 500 ? note.substring(0, 500) : note;
    }

    @Override
    public void deductionReversed(SignedInUser user, CashApplication original) {
        if (original.id() == null) {
            return;
        }
        claims.claimOfApplication(original.id()).ifPresent(c -> {
            if (c.status().isOpen()) {
                c.withdraw(LocalDate.now(clock));
                history(c, user, "Withdrawn: payment " + original.payment().number() + " was reversed, so its deduction of "
                        + c.amount() + " is back on " + c.invoice().number() + ".");
                audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_WITHDRAW, ClaimActions.CASE, c.number())
                        .withChange(null, AuditValues.json(Map.of("payment", original.payment().number(), "status", "CLOSED"))));
            } else if (!c.withdrawn()) {
                throw new StoreException("Payment " + original.payment().number() + " cannot be reversed: its deduction on "
                        + c.invoice().number() + " was settled in case " + c.number() + " (" + c.status().label().toLowerCase(Locale.ROOT)
                        + "). Reverse the case's resolution first; it has its own counter-documents.");
            }
        });
    }

    /** A dispute on an invoice: the amount stays in the invoice's open amount, marked disputed. */
    String openDispute(SignedInUser user, DisputeRequest r) {
        if (r.reason() == null || r.reason() == ClaimReason.UNEXPLAINED) {
            throw new IllegalArgumentException("Choose what the customer disputes.");
        }
        if (r.amount() == null || !r.amount().isPositive()) {
            throw new IllegalArgumentException("The disputed amount must be more than zero.");
        }
        return uow.write("Opening the dispute", () -> {
            String number = r.invoiceNumber() == null ? "" : r.invoiceNumber().strip().toUpperCase(Locale.ROOT);
            Invoice inv = claims.invoice(number)
                    .orElseThrow(() -> new IllegalArgumentException("There is no invoice " + r.invoiceNumber() + "."));
            if (inv.status() != InvoiceStatus.OPEN && inv.status() != InvoiceStatus.PARTLY_PAID) {
                throw new IllegalArgumentException("Invoice " + inv.number() + " has nothing open to dispute (it is "
                        + inv.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ").");
            }
            Money free = inv.openAmount().minus(claims.disputedInOpenAmount(inv.id()));
            if (r.amount().compareTo(free) > 0) {
                throw new IllegalArgumentException("Cannot dispute " + r.amount() + " of " + inv.number() + ": " + inv.openAmount()
                        + " is open, " + inv.openAmount().minus(free) + " of it already in dispute, " + free.max(Money.ZERO)
                        + " left.");
            }
            String text = r.note() == null || r.note().isBlank() ? "" : " The customer says: \"" + r.note().strip() + "\"";
            return open(user, ClaimKind.DISPUTE, ClaimOrigin.DESK, inv, r.amount(), Money.ZERO, r.reason(),
                    "Dispute of " + r.amount() + " on " + inv.number() + ": " + r.reason().label().toLowerCase(Locale.ROOT)
                            + "." + text).number();
        });
    }

    /** The invoice's open amount, what of it is in dispute already and what is left, or why nothing may be. */
    Disputable disputable(String invoiceNumber) {
        String number = invoiceNumber == null ? "" : invoiceNumber.strip().toUpperCase(Locale.ROOT);
        Invoice inv = claims.invoice(number)
                .orElseThrow(() -> new IllegalArgumentException("There is no invoice " + invoiceNumber + "."));
        Money inDispute = claims.disputedInOpenAmount(inv.id());
        Money free = inv.openAmount().minus(inDispute).max(Money.ZERO);
        String refusal = inv.status() != InvoiceStatus.OPEN && inv.status() != InvoiceStatus.PARTLY_PAID
                ? "Invoice " + inv.number() + " has nothing open to dispute (it is "
                        + inv.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")."
                : free.isPositive() ? null : "All of the " + inv.openAmount() + " open on " + inv.number() + " is in dispute already.";
        return new Disputable(inv.number(), inv.customer().name(), inv.openAmount(), inDispute, free, refusal);
    }

    /** Unexplained short payments left open beyond the set number of days become cases; returns their numbers. */
    List<String> sweep(SignedInUser user) {
        return uow.write("Opening cases for short payments", () -> {
            ClaimSettings settings = claims.settings();
            LocalDate today = LocalDate.now(clock);
            List<String> opened = new ArrayList<>();
            for (ShortPayCandidate s : claims.shortPayCandidates()) {
                if (!s.due(today, settings.shortPayDays())) {
                    continue;
                }
                Invoice inv = claims.invoice(s.invoiceId()).orElseThrow();
                ClaimCase c = open(user, ClaimKind.DEDUCTION, ClaimOrigin.SHORT_PAY_SWEEP, inv, s.open(), Money.ZERO,
                        ClaimReason.UNEXPLAINED, "Short payment: " + s.open() + " of " + inv.number() + " still open "
                                + java.time.temporal.ChronoUnit.DAYS.between(s.lastPaymentDate(), today) + " days after payment "
                                + s.lastPaymentNumber() + " of " + s.lastPaymentDate() + ", and nothing said why.");
                // the payment that left the amount short: the desk showed "Payment -" on a case that named it in its
                // first line. Not its cash application: that link is a posted deduction's, whose reversal withdraws the case.
                claims.paymentByNumber(s.lastPaymentNumber()).ifPresent(p -> c.fromPayment(p, null,
                        clip(remittanceNote(p, inv.number()))));
                opened.add(c.number());
            }
            return opened;
        });
    }

    private ClaimCase open(SignedInUser user, ClaimKind kind, ClaimOrigin origin, Invoice inv, Money amount, Money parked,
                           ClaimReason reason, String firstLine) {
        ClaimSettings settings = claims.settings();
        LocalDate today = LocalDate.now(clock);
        String number = claims.nextNumber(SERIES);
        ClaimCase c = new ClaimCase(number, kind, origin, inv, amount, parked, reason, today,
                today.plusDays(settings.caseDueDays()), user.userName(), clock.instant());
        claims.add(c);
        history(c, user, firstLine);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("kind", kind.name());
        after.put("origin", origin.name());
        after.put("invoice", inv.number());
        after.put("amount", amount.toString());
        after.put("reason", reason.name());
        audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_OPEN, ClaimActions.CASE, number)
                .withChange(null, AuditValues.json(after)));
        return c;
    }

    void history(ClaimCase c, SignedInUser user, String text) {
        claims.add(new ClaimNote(c, clock.instant(), user.userName(), ClaimNote.EVENT,
                text.length() > 2000 ? text.substring(0, 2000) : text));
    }

    /** What the remittance says about the invoice: its stub line's note, else the payment's reference text. */
    static String remittanceNote(CashPayment p, String invoiceNumber) {
        String digits = invoiceNumber.replaceAll("\\D", "").replaceFirst("^0+", "");
        for (RemittanceLine l : p.remittance()) {
            String ref = l.invoiceRef() == null ? "" : l.invoiceRef().replaceAll("\\D", "").replaceFirst("^0+", "");
            if (!digits.isEmpty() && digits.equals(ref) && l.note() != null && !l.note().isBlank()) {
                return l.note().strip();
            }
        }
        return p.reference() == null || p.reference().isBlank() ? null : p.reference().strip();
    }
}
