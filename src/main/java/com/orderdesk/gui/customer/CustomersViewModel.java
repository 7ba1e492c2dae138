package com.orderdesk.gui.customer;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.EnteredDate;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.customer.CustomerDetail;
import com.orderdesk.logic.customer.CustomerList;
import com.orderdesk.logic.customer.CustomerProblem;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.customer.CustomerRow;
import com.orderdesk.logic.customer.CustomerValidationException;
import com.orderdesk.logic.customer.Lookalike;
import com.orderdesk.logic.customer.LookalikesFound;
import com.orderdesk.logic.customer.SavedCustomer;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.store.ConcurrentEditException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.concurrent.Task;

/**
 * The customer screen without widgets: the list and its search (off the FX thread; only the
 * newest answer is shown), the editor's buffer ({@link CustomerForm}), the problems of the last
 * save keyed by field and row, the lookalikes to point out before a new customer is saved, and the
 * actions (open, new, save, save anyway, switch off/on). Nothing here clears what was typed when a
 * save fails.
 */
public final class CustomersViewModel {
    static final String DEFAULT_TERMS = "NET 30";
    /** The exemption's expiry, as the use case's problems name it. */
    static final String EXEMPTION_EXPIRES = "taxExemption.expires";

    private final CustomerDeskServices services;
    private final UiTaskRunner tasks;
    private final DialogService dialogs;
    private final StatusBarModel status;
    private final CustomerForm form = new CustomerForm();
    private final ObservableList<CustomerRow> rows = FXCollections.observableArrayList();
    private final StringProperty footer = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final ObservableList<Lookalike> lookalikes = FXCollections.observableArrayList();
    /** True when the lookalikes came from a refused save: "Save anyway" stores the customer. */
    private final BooleanProperty saveRefusedForLookalikes = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty exemptionWarning = new SimpleStringProperty("");
    private Task<CustomerList> searching;
    /** The terms a new customer starts with: the company's default as last read. */
    private String defaultTerms = DEFAULT_TERMS;
    private Supplier<EnteredDate> exemptUntilTyped = () -> EnteredDate.of(form.exemptUntil.get());
    private long searchSeq;
    private long lookalikeSeq;
    /** Called after a customer was opened, saved or started (the controller rebuilds the rows and focuses). */
    private Runnable onShown = () -> { };

    public CustomersViewModel(CustomerDeskServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status) {
        this.services = services;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.status = status;
        form.taxExempt.addListener((o, a, b) -> updateExemptionWarning());
        form.exemptUntil.addListener((o, a, b) -> updateExemptionWarning());
        form.certificate.addListener((o, a, b) -> updateExemptionWarning());
        startNew();
    }

    public CustomerForm form() { return form; }
    public ObservableList<CustomerRow> rows() { return rows; }
    public StringProperty footerProperty() { return footer; }
    public StringProperty titleProperty() { return title; }
    public ObservableMap<String, String> problems() { return problems; }
    public ObservableList<Lookalike> lookalikes() { return lookalikes; }
    public BooleanProperty saveRefusedForLookalikesProperty() { return saveRefusedForLookalikes; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty exemptionWarningProperty() { return exemptionWarning; }

    /** A line in the status bar. */
    void tell(String message) {
        status.showMessage(message);
    }

    void setOnShown(Runnable hook) {
        this.onShown = hook;
    }

    /** The problem of the last save for a field ("billTo.zip") and row (1-based; 0 for a single field), or null. */
    public String problem(String field, int index) {
        return problems.get(key(field, index));
    }

    /** The problems of every row of a list field ("orderEmails#0", "#1"...) in one sentence, or {@code null}. */
    public String listProblem(String field) {
        return problems.entrySet().stream().filter(e -> e.getKey().startsWith(field + "#"))
                .map(java.util.Map.Entry::getValue).reduce((a, b) -> a + " " + b).orElse(null);
    }

    private static String key(String field, int index) {
        return field + "#" + index;
    }

    // ---- the list ----

    /** Finds customers by every typed word, off the FX thread; an older search still running is dropped. */
    public void search(String text) {
        long seq = ++searchSeq;
        if (searching != null) {
            searching.cancel();
        }
        long started = System.nanoTime();
        searching = tasks.run(UiTasks.of(() -> services.search(text), list -> {
            if (seq != searchSeq) {
                return;
            }
            rows.setAll(list.rows());
            footer.set(footerText(list, text));
            status.setCounts(String.format("%,d customers", list.customersInBook()));
            if (text != null && !text.isBlank()) {
                status.showMessage(String.format("%,d customers found for \"%s\" in %d ms", list.rows().size(),
                        text.strip(), (System.nanoTime() - started) / 1_000_000));
            }
        }, e -> {
            if (seq == searchSeq) {
                status.showMessage("Customers could not be searched: " + e.getMessage());
            }
        }));
    }

    static String footerText(CustomerList list, String text) {
        boolean typed = text != null && !text.isBlank();
        if (list.rows().isEmpty()) {
            return typed ? "No customer has all of these words; try fewer or shorter words." : "No customers yet.";
        }
        return String.format("%,d %s of %,d customers%s", list.rows().size(), typed ? "found" : "shown",
                list.customersInBook(), list.more() ? (typed ? "; type more words to narrow" : "; type to search") : "");
    }

    // ---- the editor ----

    /** Opens a stored customer in the editor (asks first when unsaved changes would be lost). */
    public void open(long id) {
        if (form.id() != null && form.id() == id && !form.isDirty()) {
            onShown.run();
            return;
        }
        if (!mayDiscard()) {
            return;
        }
        busy.set(true);
        tasks.run(UiTasks.of(() -> services.open(id), this::show, e -> {
            busy.set(false);
            dialogs.error("The customer could not be opened: " + e.getMessage(), "Nothing was changed.",
                    "Search for it again; another desk may have changed it.", e);
        }));
    }

    private void show(CustomerDetail detail) {
        busy.set(false);
        form.load(detail);
        problems.clear();
        lookalikes.clear();
        saveRefusedForLookalikes.set(false);
        updateTitle();
        updateExemptionWarning();
        onShown.run();
    }

    /** Starts a new customer (asks first when unsaved changes would be lost). */
    public boolean newCustomer() {
        if (!mayDiscard()) {
            return false;
        }
        startNew();
        onShown.run();
        return true;
    }

    private void startNew() {
        form.startNew(defaultTerms);
        // the company's default terms, read off the FX thread; a new customer always started with NET 30
        // whatever the company settings said (tour of 5 December)
        tasks.run(UiTasks.of(services.defaultTerms()::get, terms -> {
            defaultTerms = terms;
            form.offerTerms(terms);
        }, e -> { })); // unread, the last terms known stay (NET 30 at first); saving checks the customer anyway
        problems.clear();
        lookalikes.clear();
        saveRefusedForLookalikes.set(false);
        updateTitle();
        updateExemptionWarning();
    }

    /** Esc: puts back what was last loaded (or an empty new customer), asking once when something typed would be lost. */
    public boolean revert() {
        if (!lookalikes.isEmpty()) {
            lookalikes.clear();
            saveRefusedForLookalikes.set(false);
            return true;
        }
        if (!form.isDirty()) {
            return false;
        }
        if (!dialogs.confirm("Discard changes", describe(), "What you typed since the last save is lost.")) {
            return true;
        }
        if (form.isNew()) {
            startNew();
            onShown.run();
        } else {
            Long id = form.id();
            busy.set(true);
            tasks.run(UiTasks.of(() -> services.open(id), this::show, e -> {
                busy.set(false);
                status.showMessage("The customer could not be read again: " + e.getMessage());
            }));
        }
        return true;
    }

    private boolean mayDiscard() {
        return !form.isDirty() || dialogs.confirm("Discard changes", describe(), "What you typed since the last save is lost.");
    }

    private String describe() {
        return form.isNew() ? "the new customer" : "customer " + form.storedNumber();
    }

    private void updateTitle() {
        if (form.isNew()) {
            title.set("New customer");
        } else {
            title.set(form.storedNumber() + "  " + form.name.get() + (form.isActive() ? "" : "  (inactive)"));
        }
    }

    private void updateExemptionWarning() {
        exemptionWarning.set(form.exemptionWarning(services.today()));
    }

    /**
     * Where Save reads the exemption's expiry as typed (the screen's picker, {@code DateEntry.entered}):
     * the form holds only the picker's date, which stays the last one read while the text is no date.
     */
    public void readExemptUntilFrom(Supplier<EnteredDate> typed) {
        exemptUntilTyped = typed;
    }

    /** Ctrl+S: saves; a refusal keeps the form as typed and lists every problem next to its field. */
    public void save() {
        save(false);
    }

    /** After the lookalikes were pointed out: store the new customer all the same. */
    public void saveAnyway() {
        save(true);
    }

    private void save(boolean lookalikesSeen) {
        if (busy.get()) {
            return;
        }
        EnteredDate expiry = form.taxExempt.get() ? exemptUntilTyped.get() : EnteredDate.of(form.exemptUntil.get());
        if (expiry.unread() != null) {
            // not the date the picker kept under text it could not read: refused with the field's sentence
            problems.clear();
            problems.put(key(EXEMPTION_EXPIRES, 0), expiry.unread());
            status.showMessage("Not saved: 1 problem to correct; everything you typed is still there.");
            return;
        }
        form.exemptUntil.set(expiry.kept()); // text that reads counts even before the picker committed it
        CustomerRecord typed = form.toRecord();
        boolean isNew = form.isNew();
        busy.set(true);
        tasks.run(UiTasks.of(() -> services.save(typed, lookalikesSeen), saved -> saved(saved, isNew), this::saveFailed));
    }

    private void saved(SavedCustomer saved, boolean wasNew) {
        busy.set(false);
        boolean changed = wasNew || saved.version() != form.version();
        form.saved(saved.id(), saved.number(), saved.version());
        problems.clear();
        lookalikes.clear();
        saveRefusedForLookalikes.set(false);
        updateTitle();
        status.showMessage(wasNew ? "Customer " + saved.number() + " " + form.name.get() + " added"
                : changed ? "Customer " + saved.number() + " saved" : "Customer " + saved.number() + ": nothing had changed");
        onShown.run();
    }

    private void saveFailed(Throwable e) {
        busy.set(false);
        if (e instanceof LookalikesFound found) {
            // the flag first: the note is drawn when the list changes, and offers "Save anyway" only after a refusal
            saveRefusedForLookalikes.set(true);
            lookalikes.setAll(found.lookalikes());
            status.showMessage("Not saved yet: this looks like a customer already in the book.");
        } else if (e instanceof CustomerValidationException invalid) {
            showProblems(invalid.problems());
            status.showMessage("Not saved: " + invalid.problems().size() + (invalid.problems().size() == 1 ? " problem" : " problems")
                    + " to correct; everything you typed is still there.");
        } else if (e instanceof ConcurrentEditException || e instanceof NotAuthorizedException) {
            dialogs.error(e.getMessage(), "Everything you typed is still on the screen.",
                    e instanceof NotAuthorizedException ? "Ask an administrator for the right to maintain customers."
                            : "Note your changes, reopen the customer (Esc) to see the other desk's, then type yours again.");
        } else {
            dialogs.error("The customer could not be saved: " + e.getMessage(), "Everything you typed is still on the screen.",
                    "Try again; if it keeps failing, look at the log in the data folder.", e);
        }
    }

    void showProblems(List<CustomerProblem> list) {
        problems.clear();
        for (CustomerProblem p : list) {
            problems.merge(key(p.field(), p.index()), p.message(), (a, b) -> a + " " + b);
        }
        // address problems are shown under their address as well as on the field
        form.billTo.message.set(addressText(list, "billTo", 0));
        for (int i = 0; i < form.shipTos.size(); i++) {
            form.shipTos.get(i).address.message.set(addressText(list, "shipTos", i + 1));
        }
    }

    private static String addressText(List<CustomerProblem> list, String prefix, int index) {
        return list.stream().filter(p -> p.index() == index && p.field().startsWith(prefix + ".")
                        && List.of("line1", "city", "state", "zip").contains(p.field().substring(prefix.length() + 1)))
                .map(CustomerProblem::message).collect(Collectors.joining(" "));
    }

    /**
     * Checks one address against the gazetteer as the user leaves it (off the FX thread): fills an
     * empty city and state from the ZIP code, and puts the verdict under the address.
     */
    public void checkAddress(CustomerForm.AddressFields address) {
        if (address.zip.get().isBlank() && address.city.get().isBlank()) {
            return;
        }
        var typed = address.toAddress();
        tasks.run(UiTasks.of(() -> services.checkAddress(typed), verdict -> {
            if (!typed.equals(address.toAddress())) {
                return; // typed on meanwhile: the next check answers
            }
            if (verdict.place() != null && address.city.get().isBlank() && address.state.get().isBlank()) {
                address.city.set(verdict.place().city());
                address.state.set(verdict.place().state());
                checkAddress(address);
                return;
            }
            address.message.set(verdict.problems().stream().map(CustomerProblem::message).collect(Collectors.joining(" ")));
        }, e -> address.message.set("The address could not be checked: " + e.getMessage())));
    }

    /**
     * For a new customer, looks for stored ones with the same phone or the same name and ZIP as the
     * user leaves those fields, so a duplicate is pointed out before anything is saved.
     */
    public void lookForLookalikes() {
        if (!form.isNew() || form.name.get().isBlank() && form.phone.get().isBlank()) {
            return;
        }
        CustomerRecord candidate = form.toRecord();
        long seq = ++lookalikeSeq;
        tasks.run(UiTasks.of(() -> services.lookalikes(candidate), found -> {
            if (seq == lookalikeSeq && form.isNew() && !saveRefusedForLookalikes.get()) {
                lookalikes.setAll(found);
            }
        }, e -> { }));
    }

    /** Switches the customer off (no new orders; history kept) or on again, with the reason for the audit trail. */
    public void setActive(boolean active, String reason) {
        if (form.isNew() || busy.get()) {
            return;
        }
        long id = form.id();
        String number = form.storedNumber();
        busy.set(true);
        tasks.run(UiTasks.of(() -> services.setActive(id, form.version(), active, reason), saved -> {
            busy.set(false);
            form.activeChanged(active, saved.version());
            updateTitle();
            status.showMessage("Customer " + number + (active ? " switched on again" : " deactivated: no new orders"));
            onShown.run();
        }, e -> {
            busy.set(false);
            dialogs.error(e.getMessage(), "The customer was not changed; what you typed is still on the screen.",
                    "Reopen the customer and try again.");
        }));
    }
}
