package com.orderdesk.application.claims;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.invoicing.InvoiceCorrections;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.logic.claims.WriteOffApproval;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.common.PaperMoney;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimSettlement;
import com.orderdesk.model.claims.SettlementKind;
import com.orderdesk.model.claims.WriteOffLimit;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.model.security.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settling a case, inside the caller's unit of work: a resolution issues its documents (credit memo
 * through the invoicing rules, chargeback, write-off within the user's approval) and moves the
 * invoice's open amount and the case's parked amount exactly as {@link SettlementPlan} says, once;
 * a reversal adds each document's own counter-document and moves both back. Settlement rows are
 * never changed, and each is reversed at most once (a unique key on reversal_of_id).
 */
final class ClaimResolutions {
    private final AccessControl access;
    private final ClaimsRepository claims;
    private final InvoiceCorrections corrections;
    private final AuditRecorder audit;
    private final Clock clock;
    private final ClaimIntake intake;

    ClaimResolutions(AccessControl access, ClaimsRepository claims, InvoiceCorrections corrections, AuditRecorder audit,
                     Clock clock, ClaimIntake intake) {
        this.access = access;
        this.claims = claims;
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
        this.intake = intake;
    }

    /** Carries a credit memo refusal out of the unit of work, which then rolls back whole. */
    static final class Refused extends IllegalArgumentException {
        Refused(String message) {
            super(message);
        }
    }

    ResolutionResult resolve(SignedInUser user, ClaimCase c, Resolution r) {
        if (r.note() == null || r.note().isBlank()) {
            throw new IllegalArgumentException("Say why the case is resolved this way; the note goes on the documents.");
        }
        if (!c.status().isOpen()) {
            throw new IllegalArgumentException("Case " + c.number() + " is " + c.status().label().toLowerCase(Locale.ROOT)
                    + "; reverse its resolution before resolving it again.");
        }
        SettlementPlan.Plan plan = SettlementPlan.resolve(c.amount(), c.parked(), r.valid(), r.rest());
        boolean worked = plan.steps().stream().anyMatch(s -> s.kind() != SettlementKind.WRITE_OFF);
        if (worked) {
            access.require(user, Permission.WORK_DEDUCTIONS);
        }
        if (plan.writtenOff().isPositive()) {
            requireWriteOff(user, plan.writtenOff());
        }
        Invoice inv = c.invoice();
        Money taken = plan.steps().stream().map(SettlementPlan.Step::takenFromInvoice).reduce(Money.ZERO, Money::plus);
        Money unparked = plan.steps().stream().map(SettlementPlan.Step::unparkBeforeMemo).reduce(Money.ZERO, Money::plus);
        if (taken.compareTo(inv.openAmount().plus(unparked)) > 0) {
            throw new IllegalArgumentException("Invoice " + inv.number() + " has only " + inv.openAmount() + " open, less than the "
                    + taken + " this resolution takes off it (the customer has paid part of the disputed amount since)."
                    + " Resolve for less, or credit the rest at the invoicing desk.");
        }
        LocalDate today = LocalDate.now(clock);
        String note = r.note().strip();
        int resolutionNo = c.resolve(plan.status(), plan.valid(), plan.parkedAfter(), today);
        List<String> documents = new ArrayList<>();
        for (SettlementPlan.Step s : plan.steps()) {
            String doc = switch (s.kind()) {
                case CREDIT_MEMO -> creditMemo(user, c, inv, s, note);
                case CHARGEBACK -> {
                    move(inv, s.invoiceDelta(), null);
                    yield claims.nextNumber(ClaimUseCases.CHARGEBACK_SERIES);
                }
                case WRITE_OFF -> {
                    move(inv, s.invoiceDelta(), null);
                    yield claims.nextNumber(ClaimUseCases.WRITE_OFF_SERIES);
                }
                default -> throw new IllegalStateException(s.kind() + " is not a resolution");
            };
            claims.add(new ClaimSettlement(c, resolutionNo, s.part(), s.kind(), doc, s.amount(), s.invoiceDelta(),
                    s.parkedDelta(), today, note, user.userName(), clock.instant(), null));
            documents.add(doc);
        }
        intake.history(c, user, c.status().label() + ": " + describe(plan) + " (" + String.join(", ", documents) + "). " + note);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", c.status().name());
        after.put("valid", plan.valid().toString());
        after.put("documents", String.join(", ", documents));
        after.put("invoiceOpen", inv.openAmount().toString());
        audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_RESOLVE, ClaimActions.CASE, c.number())
                .withChange(null, AuditValues.json(after)).withReason(note));
        return new ResolutionResult(c.number(), c.status(), documents);
    }

    private String creditMemo(SignedInUser user, ClaimCase c, Invoice inv, SettlementPlan.Step s, String note) {
        if (s.unparkBeforeMemo().isPositive()) {
            inv.reopen(s.unparkBeforeMemo());
        }
        String reason = "Case " + c.number() + ": " + c.reason().label().toLowerCase(Locale.ROOT) + " "
                + c.kind().label().toLowerCase(Locale.ROOT) + " found valid for " + PaperMoney.withCode(s.amount()) + ". " + note;
        try {
            return corrections.creditAsStep(user, inv.number(), new CreditRequest.ByAmount(s.amount(),
                    reason.length() > 500 ? reason.substring(0, 500) : reason));
        } catch (CreditRefusedException e) {
            throw new Refused("The credit memo was refused, so the case was not resolved: " + String.join(" ", e.problems()));
        }
    }

    ResolutionResult reverse(SignedInUser user, ClaimCase c, String why) {
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("Say why the resolution is reversed; it is printed on the counter-documents.");
        }
        if (!c.hasLiveResolution()) {
            throw new IllegalArgumentException("Case " + c.number() + " has no resolution in force to reverse.");
        }
        access.require(user, Permission.WORK_DEDUCTIONS);
        List<ClaimSettlement> live = new ArrayList<>(claims.liveSettlements(c.id(), c.resolutionNo()));
        if (live.stream().anyMatch(s -> s.kind() == SettlementKind.WRITE_OFF)) {
            access.require(user, Permission.WRITE_OFF);
        }
        live.sort(Comparator.comparing(ClaimSettlement::part)); // REST before VALID: undo in the opposite order
        Invoice inv = c.invoice();
        LocalDate today = LocalDate.now(clock);
        String note = why.strip();
        Money parked = c.parked();
        List<String> documents = new ArrayList<>();
        for (ClaimSettlement s : live) {
            SettlementPlan.Step counter = SettlementPlan.counter(s.part(), s.kind(), s.amount(), s.invoiceDelta(), s.parkedDelta());
            move(inv, counter.invoiceDelta(), s.documentNumber());
            String doc = claims.nextNumber(counter.kind().isChargebackSeries() ? ClaimUseCases.CHARGEBACK_SERIES
                    : ClaimUseCases.WRITE_OFF_SERIES);
            claims.add(new ClaimSettlement(c, s.resolutionNo(), s.part(), counter.kind(), doc, s.amount(), counter.invoiceDelta(),
                    counter.parkedDelta(), today, note, user.userName(), clock.instant(), s));
            parked = parked.plus(counter.parkedDelta());
            documents.add(doc + " (" + counter.kind().label().toLowerCase(Locale.ROOT) + " of " + s.documentNumber() + ")");
        }
        c.reopen(parked);
        intake.history(c, user, "Resolution reversed: " + String.join("; ", documents) + ". " + note);
        audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_REVERSE, ClaimActions.CASE, c.number())
                .withChange(null, AuditValues.json(Map.of("status", c.status().name(), "documents", String.join("; ", documents),
                        "invoiceOpen", inv.openAmount().toString())))
                .withReason(note));
        return new ResolutionResult(c.number(), c.status(), documents.stream().map(d -> d.substring(0, d.indexOf(' '))).toList());
    }

    /** Moves the invoice's open amount; a decrease must find the money still open (it may have been paid since). */
    private static void move(Invoice inv, Money delta, String undoing) {
        if (delta.isPositive()) {
            inv.reopen(delta);
        } else if (delta.isNegative()) {
            Money down = delta.negate();
            if (down.compareTo(inv.openAmount()) > 0) {
                throw new IllegalArgumentException((undoing == null ? "" : undoing + " cannot be undone: ") + "invoice "
                        + inv.number() + " has only " + inv.openAmount() + " open, not the " + down + " to take off it"
                        + (undoing == null ? "." : " (the customer has paid it since)."));
            }
            inv.reduceOpenAmount(down, InvoiceStatus.PAID);
        }
    }

    private void requireWriteOff(SignedInUser user, Money amount) {
        access.require(user, Permission.WRITE_OFF);
        boolean unlimited = user.roles().contains(Role.CREDIT_MANAGER);
        Money limit = claims.writeOffLimit(user.id()).map(WriteOffLimit::limit).orElse(Money.ZERO);
        WriteOffApproval.check(user.displayName(), amount, limit, unlimited).ifPresent(refusal -> {
            throw new NotAuthorizedException(user, Permission.WRITE_OFF, NotAuthorizedException.Kind.MISSING_PERMISSION,
                    refusal);
        });
    }

    private static String describe(SettlementPlan.Plan plan) {
        List<String> parts = new ArrayList<>();
        for (SettlementPlan.Step s : plan.steps()) {
            parts.add(switch (s.kind()) {
                case CREDIT_MEMO -> s.amount() + " credited";
                case CHARGEBACK -> s.amount() + " charged back";
                case WRITE_OFF -> s.amount() + " written off";
                default -> s.kind().label();
            });
        }
        return String.join(", ", parts);
    }
}
