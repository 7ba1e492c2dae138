package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.CollectionsUseCases;
import com.orderdesk.logic.collections.AgingBucket;
import com.orderdesk.logic.collections.WorklistRow;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.RiskClass;
import com.orderdesk.gui.common.EnteredDate;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The worklist screen's state without widgets: the ranked rows, the filters (owner, risk class,
 * aging bucket) and the calls to the use cases, which the controller runs off the FX thread.
 */
public final class WorklistViewModel {
    /** Filter value meaning "every owner". */
    public static final String ALL_OWNERS = "All owners";
    /** Filter value for customers nobody owns yet. */
    public static final String NO_OWNER = "(nobody)";

    private final CollectionsUseCases collections;
    private final Supplier<SignedInUser> user;
    private final ObservableList<WorklistRow> rows = FXCollections.observableArrayList();
    private final FilteredList<WorklistRow> shown = new FilteredList<>(rows, r -> true);
    private String owner = ALL_OWNERS;
    private RiskClass risk;
    private AgingBucket bucket;
    private String search = "";

    public WorklistViewModel(CollectionsUseCases collections, Supplier<SignedInUser> user) {
        this.collections = collections;
        this.user = user;
    }

    public FilteredList<WorklistRow> shown() {
        return shown;
    }

    /** Off the FX thread: refreshes today's predictions when they are not current yet, then loads the list. */
    public CollectionsUseCases.Worklist load(boolean forceRefresh) {
        if (forceRefresh || !collections.predictionsCurrent(user.get())) {
            collections.refreshPredictions(user.get());
        }
        return collections.worklist(user.get());
    }

    /**
     * Off the FX thread: {@link #load(boolean)} told of each step and asked between two (and between
     * two customers of the prediction run) whether to stop; empty when stopped, with nothing stored.
     */
    public java.util.Optional<CollectionsUseCases.Worklist> load(boolean forceRefresh, com.orderdesk.application.BatchProgress progress) {
        return collections.load(user.get(), forceRefresh, progress);
    }

    /** Whether no list was loaded yet (or the one loaded had nobody on it). */
    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** On the FX thread: shows a loaded list. */
    public void show(CollectionsUseCases.Worklist list) {
        rows.setAll(list.listing().rows());
    }

    /** The status bar's sentence for a list loaded: "Worklist loaded: 12 customers; 1 broken promise, 2 kept". */
    static String loaded(CollectionsUseCases.Worklist list) {
        int broken = list.promisesBroken();
        int kept = list.promisesKept();
        // "kept" alone ("; 1 kept") did not say what was kept: it leans on a broken promise named before it
        String settled = (broken > 0 ? counted(broken, "broken promise", "broken promises") : "")
                + (kept > 0 ? (broken > 0 ? ", " + kept + " kept" : counted(kept, "promise kept", "promises kept")) : "");
        return "Worklist loaded: " + counted(list.listing().rows().size(), "customer", "customers")
                + (settled.isEmpty() ? "" : "; " + settled)
                + (list.listing().damaged().isEmpty() ? "" : "; " + list.listing().damageNote());
    }

    /** The owners in the list, for the owner filter. */
    public List<String> owners() {
        TreeSet<String> names = new TreeSet<>();
        rows.forEach(r -> names.add(r.owner().isEmpty() ? NO_OWNER : r.owner()));
        List<String> out = new java.util.ArrayList<>(List.of(ALL_OWNERS));
        out.addAll(names);
        return out;
    }

    public void filter(String owner, RiskClass risk, AgingBucket bucket) {
        filter(owner, risk, bucket, search);
    }

    /** The filters and a search: the customers whose number or name holds {@code text} (any case). */
    public void filter(String owner, RiskClass risk, AgingBucket bucket, String text) {
        this.owner = owner == null ? ALL_OWNERS : owner;
        this.risk = risk;
        this.bucket = bucket;
        this.search = text == null ? "" : text.strip();
        String needle = search.toLowerCase(java.util.Locale.ROOT);
        Predicate<WorklistRow> p = r -> (ALL_OWNERS.equals(this.owner) || ownerOf(r).equals(this.owner))
                && (this.risk == null || r.riskClass() == this.risk) && (this.bucket == null || r.bucket() == this.bucket)
                && (needle.isEmpty() || r.customerNo().toLowerCase(java.util.Locale.ROOT).contains(needle)
                        || r.name().toLowerCase(java.util.Locale.ROOT).contains(needle));
        shown.setPredicate(p);
    }

    private static String ownerOf(WorklistRow r) {
        return r.owner().isEmpty() ? NO_OWNER : r.owner();
    }

    /** "12 customers · 48,210.55 overdue · 2 broken promises" for the footer. */
    public String summary(java.util.function.Function<Money, String> money) {
        Money overdue = shown.stream().map(WorklistRow::overdue).reduce(Money.ZERO, Money::plus);
        long broken = shown.stream().filter(WorklistRow::brokenPromise).count();
        return counted(shown.size(), "customer", "customers") + "  \u00b7  " + money.apply(overdue) + " overdue"
                + (broken == 0 ? "" : "  \u00b7  " + broken + (broken == 1 ? " broken promise" : " broken promises"));
    }

    private static String counted(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    public CollectionsUseCases.CustomerFile file(long customerId) {
        return collections.customerFile(user.get(), customerId);
    }

    /** Refused (InputException, the field's sentence) while the next action's text is no date: not on the date kept under it. */
    public void logContact(long customerId, CollectionContact.Channel channel, String note, EnteredDate next) {
        collections.logContact(user.get(), customerId, channel, note, next.date());
    }

    /** Refused (InputException, the field's sentence) while the promised date's text is no date. */
    public void recordPromise(long customerId, Money amount, EnteredDate by, String note) {
        collections.recordPromise(user.get(), customerId, Objects.requireNonNull(amount), by.date(), note);
    }

    public LocalDate today() {
        return collections.today();
    }

    /** The lines of the customer's history pane: the disputed amount, the promises, then the contacts. */
    static List<String> history(CollectionsUseCases.CustomerFile file, com.orderdesk.gui.common.Formats formats) {
        List<String> lines = new java.util.ArrayList<>();
        if (file.disputedNow().isPositive()) {
            lines.add("In dispute now: " + formats.money(file.disputedNow()));
        }
        for (com.orderdesk.model.collections.PaymentPromise p : file.promises()) {
            lines.add("Promise " + formats.money(p.amount()) + " by " + formats.date(p.promisedFor()) + ": " + p.status()
                    .name().toLowerCase() + (p.settledOn() == null ? "" : " (" + formats.date(p.settledOn()) + ")")
                    + "  \u2013 " + p.recordedBy());
        }
        for (CollectionContact c : file.contacts()) {
            lines.add((c.channel() == CollectionContact.Channel.CALL ? "Call " : "Email ")
                    + formats.dateTime(c.contactedAt(), java.time.ZoneId.systemDefault()) + " " + c.contactedBy() + ": "
                    + c.note() + (c.nextActionOn() == null ? "" : "  \u2192 next " + formats.date(c.nextActionOn())));
        }
        return lines;
    }
}
