package com.orderdesk.application.claims;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.invoicing.InvoiceCorrections;
import com.orderdesk.application.security.UserRepository;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.DisputedAmount;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.RolePermissions;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimNote;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.AppUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The disputes and deductions desk: the queue and the evidence of a case, opening disputes, the
 * work on a case (owner, status, reason, notes), its resolution and reversal, closing, the
 * short-payment sweep and the root-cause view. Each action checks its permission, runs in one unit
 * of work and is audited; the case's history keeps the same decisions as sentences.
 */
public final class ClaimUseCases {
    static final String CHARGEBACK_SERIES = "CHARGEBACK";
    static final String WRITE_OFF_SERIES = "WRITE_OFF";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final ClaimsRepository claims;
    private final UserRepository users;
    private final DisputedAmounts disputed;
    private final AuditRecorder audit;
    private final Clock clock;
    private final ClaimIntake intake;
    private final ClaimResolutions resolutions;
    private final ClaimQueries queries;

    public ClaimUseCases(UnitOfWork uow, AccessControl access, ClaimsRepository claims, UserRepository users,
                         DisputedAmounts disputed, ContractPriceOnDate prices, InvoiceCorrections corrections,
                         AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.claims = claims;
        this.users = users;
        this.disputed = disputed;
        this.audit = audit;
        this.clock = clock;
        this.intake = new ClaimIntake(uow, claims, audit, clock);
        this.resolutions = new ClaimResolutions(access, claims, corrections, audit, clock, intake);
        this.queries = new ClaimQueries(claims, prices, clock);
    }

    /** The port the cash desk calls when it posts or reverses a deduction: handed out only through {@link DeductionCaseSteps}. */
    DeductionCases deductionCases() {
        return intake;
    }

    public Listing<ClaimRow> queue(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(claims::queue);
    }

    public ClaimEvidence evidence(SignedInUser user, long caseId) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> queries.evidence(caseId));
    }

    public String openDispute(SignedInUser user, DisputeRequest request) {
        access.require(user, Permission.OPEN_DISPUTE);
        return intake.openDispute(user, request);
    }

    /** The invoice a person means to dispute, before they type the amount (the dialog defaults to what is free). */
    public Disputable disputable(SignedInUser user, String invoiceNumber) {
        access.require(user, Permission.OPEN_DISPUTE);
        return uow.read(() -> intake.disputable(invoiceNumber));
    }

    /** Opens a case for each unexplained short payment left open beyond the set days (the daily sweep). */
    public List<String> sweepShortPayments(SignedInUser user) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        return intake.sweep(user);
    }

    /** Gives the case to a user who works cases ({@code owner} null: nobody). */
    public void assign(SignedInUser user, long caseId, long expectedVersion, String owner) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        uow.run("Assigning the case", () -> {
            ClaimCase c = claim(caseId, expectedVersion);
            String before = c.owner();
            String after = null;
            if (owner != null && !owner.isBlank()) {
                AppUser u = users.byName(owner.strip()).filter(AppUser::active).orElseThrow(() ->
                        new IllegalArgumentException("There is no active user " + owner.strip() + "."));
                if (u.roles().stream().noneMatch(r -> RolePermissions.grants(r, Permission.WORK_DEDUCTIONS))) {
                    throw new IllegalArgumentException(u.username() + " does not work cases (no role of theirs may).");
                }
                after = u.username();
            }
            c.assignTo(after);
            intake.history(c, user, after == null ? "Unassigned." : "Assigned to " + after + ".");
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_ASSIGN, ClaimActions.CASE, c.number())
                    .withChange(AuditValues.json(Map.of("owner", before == null ? "" : before)),
                            AuditValues.json(Map.of("owner", after == null ? "" : after))));
        });
    }

    /** Open, researching or waiting on the customer, with an optional note. */
    public void moveTo(SignedInUser user, long caseId, long expectedVersion, ClaimStatus status, String note) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        uow.run("Changing the case's status", () -> {
            ClaimCase c = claim(caseId, expectedVersion);
            ClaimStatus before = c.status();
            try {
                c.moveTo(status);
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            intake.history(c, user, status.label() + "." + suffix(note));
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_STATUS, ClaimActions.CASE, c.number())
                    .withChange(AuditValues.json(Map.of("status", before.name())), AuditValues.json(Map.of("status", status.name())))
                    .withReason(blankToNull(note)));
        });
    }

    /** Classifies the case (an unexplained deduction once the customer said why). */
    public void reclassify(SignedInUser user, long caseId, long expectedVersion, ClaimReason reason, String note) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        uow.run("Classifying the case", () -> {
            ClaimCase c = claim(caseId, expectedVersion);
            if (!c.status().isOpen()) {
                throw new IllegalArgumentException("Case " + c.number() + " is resolved; its reason stays as it was resolved.");
            }
            ClaimReason before = c.reason();
            c.reclassify(reason);
            intake.history(c, user, "Reason: " + before.label().toLowerCase(Locale.ROOT) + " -> "
                    + reason.label().toLowerCase(Locale.ROOT) + "." + suffix(note));
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_RECLASSIFY, ClaimActions.CASE, c.number())
                    .withChange(AuditValues.json(Map.of("reason", before.name())), AuditValues.json(Map.of("reason", reason.name())))
                    .withReason(blankToNull(note)));
        });
    }

    public void addNote(SignedInUser user, long caseId, String text) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Type the note first.");
        }
        uow.run("Adding the note", () -> {
            ClaimCase c = claims.claim(caseId).orElseThrow(() -> new IllegalArgumentException("There is no such case."));
            String t = text.strip();
            claims.add(new ClaimNote(c, clock.instant(), user.userName(), ClaimNote.NOTE, t.length() > 2000 ? t.substring(0, 2000) : t));
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_NOTE, ClaimActions.CASE, c.number()).withReason(t));
        });
    }

    /** Resolves the case: valid part credited, the rest charged back or written off (within the user's limit). */
    public ResolutionResult resolve(SignedInUser user, long caseId, long expectedVersion, Resolution resolution) {
        // a credit manager, who does not work cases, may still write off what a clerk may not
        access.require(user, user.has(Permission.WRITE_OFF) && !user.has(Permission.WORK_DEDUCTIONS)
                ? Permission.WRITE_OFF : Permission.WORK_DEDUCTIONS);
        return uow.write("Resolving the case", () -> resolutions.resolve(user, claim(caseId, expectedVersion), resolution));
    }

    /** Undoes the resolution in force with each document's counter-document; the case is researched again. */
    public ResolutionResult reverse(SignedInUser user, long caseId, long expectedVersion, String why) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        return uow.write("Reversing the resolution", () -> resolutions.reverse(user, claim(caseId, expectedVersion), why));
    }

    public void close(SignedInUser user, long caseId, long expectedVersion, String note) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        uow.run("Closing the case", () -> {
            ClaimCase c = claim(caseId, expectedVersion);
            try {
                c.close(LocalDate.now(clock));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage());
            }
            intake.history(c, user, "Closed." + suffix(note));
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.CASE_CLOSE, ClaimActions.CASE, c.number())
                    .withChange(null, AuditValues.json(Map.of("status", "CLOSED"))).withReason(blankToNull(note)));
        });
    }

    /** Amounts and counts of the cases opened in the period, by reason, customer, product or node. */
    public List<RootCauses.Row> rootCauses(SignedInUser user, LocalDate from, LocalDate to, RootCauses.Dimension by) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        if (from == null || to == null || to.isBefore(from)) {
            throw new IllegalArgumentException("Give a period whose end is not before its start.");
        }
        return uow.read(() -> RootCauses.by(by, claims.caseFacts(from, to)));
    }

    /**
     * The printable chargeback (or its cancellation). Printed for the customer by the desk that
     * issues it (the claims desk's Print chargeback): whoever works cases, not everyone who reads
     * receivables. Marked as a copy once printed before.
     */
    public com.orderdesk.logic.claims.ChargebackDocument chargeback(SignedInUser user, String documentNumber) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        return uow.read(() -> queries.chargeback(documentNumber));
    }

    /**
     * Records that {@code user} printed chargeback {@code documentNumber} to {@code file}: audited
     * (who, when, which document, where, whether a copy) and kept as an invoice's print is, since the
     * paper goes to the customer; a second print is a copy.
     */
    public void recordChargebackPrint(SignedInUser user, String documentNumber, java.nio.file.Path file) {
        access.require(user, Permission.WORK_DEDUCTIONS);
        uow.run("Recording the print of " + documentNumber, () -> {
            String number = queries.chargeback(documentNumber).number(); // refused when there is no such document
            ClaimPrints.record(claims, audit, clock, user, ClaimActions.CHARGEBACK, number, file);
        });
    }

    /** What is in dispute per invoice of the customer while its cases are open (collections leaves it out of reminders). */
    public Map<String, DisputedAmount> disputedByInvoice(SignedInUser user, long customerId) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        return uow.read(() -> disputed.byInvoice(customerId));
    }

    /** How much this user may write off (null: no limit, a credit manager). */
    public Money writeOffLimitOf(SignedInUser user) {
        access.require(user, Permission.VIEW_RECEIVABLES);
        if (user.roles().contains(com.orderdesk.model.security.Role.CREDIT_MANAGER)) {
            return null;
        }
        return uow.read(() -> claims.writeOffLimit(user.id()).map(com.orderdesk.model.claims.WriteOffLimit::limit)
                .orElse(Money.ZERO));
    }

    private ClaimCase claim(long id, long expectedVersion) {
        ClaimCase c = claims.claim(id).orElseThrow(() -> new IllegalArgumentException("There is no such case."));
        if (c.version() != expectedVersion) {
            throw new ConcurrentEditException("Case " + c.number() + " was changed at another desk since it was shown;"
                    + " reload it and look again.");
        }
        return c;
    }

    private static String suffix(String note) {
        return note == null || note.isBlank() ? "" : " " + note.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
