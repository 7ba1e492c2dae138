package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.application.claims.ClaimUseCases;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.logic.claims.ClaimCounts;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimFilter;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The claims desk without the toolkit's widgets: the queue and its filter, the counts of what the
 * filter leaves, the calls to the use cases (made by the controller off the FX thread) and the
 * resolution a person chose, turned into the use case's terms.
 */
public final class ClaimsDeskViewModel {
    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();
    /** What a person decides on the selected case. */
    public enum Decision { VALID, INVALID, PARTLY_VALID, WRITE_OFF }

    private final ClaimUseCases claims;
    private final Supplier<SignedInUser> user;
    private final Clock clock;
    private final ObservableList<ClaimRow> rows = FXCollections.observableArrayList();
    private final FilteredList<ClaimRow> shown = new FilteredList<>(rows, r -> true);
    private final ObjectProperty<ClaimFilter> filter = new SimpleObjectProperty<>(
            new ClaimFilter(null, null, true, null, null, null, null));
    private final DisputeDialog disputes;
    private List<String> damaged = List.of();
    private boolean swept;

    public ClaimsDeskViewModel(ClaimUseCases claims, Supplier<SignedInUser> user, Clock clock) {
        this.claims = claims;
        this.user = user;
        this.clock = clock;
        this.disputes = new DisputeDialog(claims, user);
        filter.addListener((o, a, f) -> shown.setPredicate(f.on(today())::test));
        shown.setPredicate(filter.get().on(today())::test);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public ObservableList<ClaimRow> shown() {
        return shown;
    }

    public ObjectProperty<ClaimFilter> filterProperty() {
        return filter;
    }

    /**
     * The queue as stored (off the FX thread). The first load of a session also runs the short-pay
     * sweep, so an unexplained short payment left open beyond the set days is a case before anyone
     * looks at the queue; the {@code claims-sweep} command does the same for a nightly job.
     */
    public Loaded load() {
        List<String> opened = List.of();
        if (!swept) {
            opened = claims.sweepShortPayments(user.get());
            swept = true;
        }
        return new Loaded(claims.queue(user.get()), opened);
    }

    public record Loaded(Listing<ClaimRow> queue, List<String> sweptOpen) {
    }

    /** Puts the loaded queue on screen (FX thread). */
    public void show(Listing<ClaimRow> queue) {
        rows.setAll(queue.rows());
        damaged = queue.damaged().stream().map(Object::toString).toList();
    }

    /** Everyone who owns a case in the queue, for the owner filter. */
    public java.util.SortedSet<String> owners() {
        java.util.TreeSet<String> owners = new java.util.TreeSet<>();
        rows.forEach(r -> {
            if (r.owner() != null) {
                owners.add(r.owner());
            }
        });
        return owners;
    }

    public List<String> damaged() {
        return damaged;
    }

    public ClaimCounts counts() {
        return ClaimCounts.of(shown, today());
    }

    /** Counts of what the filter leaves, one line per dimension, as the side panel shows them. */
    public String countsText(java.util.function.Function<Money, String> money) {
        ClaimCounts c = counts();
        return Messages.get("claims.counts.cases", String.valueOf(c.total().count()), money.apply(c.total().amount())) + "\n"
                + Messages.get("claims.counts.status") + " " + line(c.byStatus().entrySet().stream().collect(Collectors.toMap(
                        e -> ClaimWords.status(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)), money) + "\n"
                + Messages.get("claims.counts.reason") + " " + line(c.byReason().entrySet().stream().collect(Collectors.toMap(
                        e -> ClaimWords.reason(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)), money) + "\n"
                + Messages.get("claims.counts.owner") + " " + line(c.byOwner(), money) + "\n"
                + Messages.get("claims.counts.age") + " " + line(c.byAge().entrySet().stream().collect(Collectors.toMap(
                        e -> ClaimWords.ageBand(e.getKey()), Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new)), money) + "\n"
                + Messages.get("claims.counts.amount") + " " + line(c.byAmount(), money);
    }

    private static String line(Map<String, ClaimCounts.Tally> m, java.util.function.Function<Money, String> money) {
        return m.entrySet().stream().filter(e -> e.getValue().count() > 0)
                .map(e -> e.getKey() + " " + e.getValue().count() + " (" + money.apply(e.getValue().amount()) + ")")
                .collect(Collectors.joining(", "));
    }

    public ClaimEvidence evidence(long caseId) {
        return claims.evidence(user.get(), caseId);
    }

    /**
     * The decision the book's proposal amounts to, the one the desk highlights: the whole case valid, none of it
     * (the rest charged back, as the rest's choice starts), or part of it; none when a person decides. The valid
     * button was highlighted whatever the proposal said, beside "Proposal: valid 0.00 of 49.72" (tour12).
     */
    public static Decision proposedDecision(com.orderdesk.logic.claims.Proposal p, Money caseAmount) {
        if (p == null || !p.decided()) {
            return null;
        }
        return p.valid().compareTo(caseAmount) >= 0 ? Decision.VALID
                : p.valid().isZero() ? Decision.INVALID : Decision.PARTLY_VALID;
    }

    /** The use case's resolution for the decision; {@code validText} is only read for a partly valid one. */
    public static Resolution resolution(Decision d, Money caseAmount, Money validAmount, SettlementPlan.Rest rest, String note) {
        return switch (d) {
            case VALID -> Resolution.valid(caseAmount, note);
            case INVALID -> Resolution.invalid(note);
            case WRITE_OFF -> Resolution.writeOff(note);
            case PARTLY_VALID -> {
                if (validAmount == null || !validAmount.isPositive() || validAmount.compareTo(caseAmount) >= 0) {
                    throw new IllegalArgumentException(Messages.get("claims.partly.range", FORMATS.money(Money.ZERO),
                            FORMATS.money(caseAmount)));
                }
                yield new Resolution(validAmount, rest == null ? SettlementPlan.Rest.CHARGEBACK : rest, note);
            }
        };
    }

    public ResolutionResult resolve(ClaimRow row, Resolution r) {
        return claims.resolve(user.get(), row.id(), row.version(), r);
    }

    /** A decision and the case's evidence as it stands after it, its new documents in (read off the FX thread too). */
    public record Decided(ResolutionResult result, ClaimEvidence evidence) {
    }

    /**
     * Resolves the case and reads it back: a case resolved leaves the queue while "Still to work" is ticked, and its
     * chargeback is still to print for the customer (tour15: Print chargeback went off with the case).
     */
    public Decided decide(ClaimRow row, Resolution r) {
        ResolutionResult result = resolve(row, r);
        return new Decided(result, evidence(row.id()));
    }

    public ResolutionResult reverse(ClaimRow row, String why) {
        return claims.reverse(user.get(), row.id(), row.version(), why);
    }

    public void addNote(ClaimRow row, String text) {
        claims.addNote(user.get(), row.id(), text);
    }

    public void assignToMe(ClaimRow row) {
        claims.assign(user.get(), row.id(), row.version(), user.get().userName());
    }

    public void moveTo(ClaimRow row, ClaimStatus status, String note) {
        claims.moveTo(user.get(), row.id(), row.version(), status, note);
    }

    public void reclassify(ClaimRow row, ClaimReason reason, String note) {
        claims.reclassify(user.get(), row.id(), row.version(), reason, note);
    }

    public void close(ClaimRow row, String note) {
        claims.close(user.get(), row.id(), row.version(), note);
    }

    /** The dialog that opens a dispute ("New claim..."). */
    public DisputeDialog disputes() {
        return disputes;
    }

    public String userName() {
        return user.get().userName();
    }
}
