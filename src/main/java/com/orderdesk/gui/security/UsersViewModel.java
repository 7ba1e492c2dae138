package com.orderdesk.gui.security;

import com.orderdesk.application.security.UserSummary;
import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.InputException;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The users screen without widgets: the list, and one form that either creates a user or changes
 * the selected one (roles, a new password, switched off or on). Each action is checked here first
 * (so the form can say what is missing next to it), then handed to the controller as an
 * {@link Action} whose work runs off the FX thread; the use case checks everything again. A refused
 * action keeps the form as typed and says why (e.g. the last administrator). The selected user's
 * write-off limit (what they may write off on a claim without a credit manager) is read in the
 * background when they are chosen and set here too, audited with the form's reason.
 */
public final class UsersViewModel {
    /** Work for the background, what the status bar says when done, and the question to ask first (or null). */
    public record Action(Callable<Void> work, String done, String confirmAction, String confirmDocument, String consequence) {
    }

    private final UsersDesk desk;
    private final ObservableList<UserSummary> rows = FXCollections.observableArrayList();
    private final ObjectProperty<UserSummary> selected = new SimpleObjectProperty<>();
    private final BooleanProperty creating = new SimpleBooleanProperty(false);
    private final StringProperty userName = new SimpleStringProperty("");
    private final StringProperty displayName = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final Map<Role, BooleanProperty> roles = new EnumMap<>(Role.class);
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty messageIsError = new SimpleBooleanProperty(false);
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final StringProperty limit = new SimpleStringProperty("");
    private final StringProperty currentLimit = new SimpleStringProperty("");
    /** The limit text the form itself last put in the field: anything else there was typed by the administrator. */
    private String limitShown = "";
    private final Formats formats = Formats.forDefaultLocale();

    public UsersViewModel(UsersDesk desk) {
        this.desk = desk;
        for (Role r : Role.values()) {
            roles.put(r, new SimpleBooleanProperty(false));
        }
    }

    public Callable<List<UserSummary>> loadWork() {
        return desk::overview;
    }

    /** The list read again; the selected user stays selected (with the form as it was typed when {@code keepForm}). */
    public void loaded(List<UserSummary> all) {
        String was = selected.get() == null ? null : selected.get().userName();
        rows.setAll(all);
        if (was != null) {
            all.stream().filter(u -> u.userName().equals(was)).findFirst().ifPresent(selected::set);
        }
    }

    /** Shows {@code user} in the form (or an empty form for null). */
    public void select(UserSummary user) {
        creating.set(false);
        selected.set(user);
        userName.set(user == null ? "" : user.userName());
        displayName.set(user == null ? "" : user.displayName());
        roles.forEach((r, p) -> p.set(user != null && user.roles().contains(r)));
        password.set("");
        reason.set("");
        limit.set("");
        limitShown = "";
        currentLimit.set(user == null ? "" : "Reading the write-off limit…");
        messageIsError.set(false);
        message.set("");
    }

    /** Reads the selected user's write-off limit (off the FX thread); none when no user is selected. */
    public Optional<Callable<Money>> limitWork() {
        UserSummary user = selected.get();
        if (user == null || creating.get()) {
            return Optional.empty();
        }
        return Optional.of(() -> desk.writeOffLimit(user.userName()));
    }

    /**
     * The limit read for {@code userName}; ignored when another user was chosen meanwhile. An amount the
     * administrator began typing before the read landed stays in the field (only the line under it says
     * what is stored), unless it is the stored amount itself, as after Set: then it is shown formatted.
     */
    public void limitLoaded(String userName, Money value) {
        UserSummary user = selected.get();
        if (user == null || creating.get() || !user.userName().equals(userName)) {
            return;
        }
        String shown = value.isZero() ? "" : formats.money(value);
        if (limit.get().equals(limitShown) || isAmount(limit.get(), value)) {
            limit.set(shown);
            limitShown = shown;
        }
        currentLimit.set(value.isZero() ? "No write-off limit: every write-off of theirs needs a credit manager."
                : "Writes off claims up to " + formats.money(value) + " without a credit manager.");
    }

    private boolean isAmount(String text, Money value) {
        try {
            return (text.isBlank() ? Money.ZERO : Money.of(formats.parseMoney(text))).equals(value);
        } catch (RuntimeException e) {
            return false; // not an amount: certainly typed, kept
        }
    }

    /** Alt+T or Enter in the limit field: the amount becomes the selected user's write-off limit (blank or 0: none). */
    public Optional<Action> setWriteOffLimit() {
        UserSummary user = selected.get();
        if (user == null || creating.get()) {
            return fail("Choose a user in the list first; a new user gets a write-off limit once created.");
        }
        List<String> problems = new ArrayList<>();
        Money amount = Money.ZERO;
        try {
            amount = limit.get().isBlank() ? Money.ZERO : Money.of(formats.parseMoney(limit.get()));
            if (amount.isNegative()) {
                problems.add("Write-off limit: a limit is zero or more, e.g. 250.00 (blank or 0: no limit).");
            }
        } catch (InputException e) {
            problems.add("Write-off limit: " + e.getMessage() + " Type an amount of zero or more, e.g. 250.00 (blank or 0: no limit).");
        }
        reasonProblem("why the write-off limit changes", problems);
        if (!refuse(problems)) {
            return Optional.empty();
        }
        Money chosen = amount;
        String why = reason.get().strip();
        return Optional.of(new Action(() -> {
            desk.setWriteOffLimit(user.userName(), chosen, why);
            return null;
        }, chosen.isZero() ? user.displayName() + " has no write-off limit now; their write-offs need a credit manager."
                : user.displayName() + " may now write off claims up to " + formats.money(chosen) + ".", null, null, null));
    }

    /** An empty form for a new user, with a suggested first password. */
    public void startNew() {
        selected.set(null);
        creating.set(true);
        userName.set("");
        displayName.set("");
        roles.values().forEach(p -> p.set(false));
        password.set(PasswordSuggestion.next());
        reason.set("");
        message.set("");
    }

    public void suggestPassword() {
        password.set(PasswordSuggestion.next());
    }

    /** Ctrl+S: creates the new user, or saves the selected user's roles. */
    public Optional<Action> save() {
        Set<Role> chosen = chosenRoles();
        List<String> problems = new ArrayList<>();
        if (creating.get()) {
            String name = userName.get().strip();
            String shown = displayName.get().strip();
            if (name.isEmpty()) {
                problems.add("User name: type the name they sign in with, e.g. jdoe.");
            }
            if (shown.isEmpty()) {
                problems.add("Display name: say who the user is, e.g. Jane Doe.");
            }
            rolesProblem(chosen, problems);
            passwordProblem(problems);
            if (!refuse(problems)) {
                return Optional.empty();
            }
            char[] first = password.get().toCharArray();
            String why = reason.get().strip();
            return Optional.of(new Action(() -> {
                desk.add(name, shown, chosen, first, why);
                return null;
            }, "User " + name + " created (" + labels(chosen) + "); they choose their own password at the first sign-in.",
                    null, null, null));
        }
        UserSummary user = selected.get();
        if (user == null) {
            return fail("Choose a user in the list first, or press Ctrl+N for a new one.");
        }
        if (chosen.equals(user.roles())) {
            return fail("Nothing to save: " + user.displayName() + "'s roles are as stored. Tick or untick a role first.");
        }
        rolesProblem(chosen, problems);
        reasonProblem("why the roles change", problems);
        if (!refuse(problems)) {
            return Optional.empty();
        }
        String why = reason.get().strip();
        String again = desk.isMe(user.userName()) ? " Sign in again to work with your new roles." : "";
        return Optional.of(new Action(() -> {
            desk.setRoles(user.userName(), chosen, why);
            return null;
        }, user.displayName() + " is now " + labels(chosen) + "." + again, null, null, null));
    }

    /** Alt+P: the password in the form becomes the selected user's, to be changed at their next sign-in. */
    public Optional<Action> resetPassword() {
        UserSummary user = selected.get();
        if (user == null || creating.get()) {
            return fail("Choose a user in the list first; a new user gets the password in the form when created.");
        }
        List<String> problems = new ArrayList<>();
        passwordProblem(problems);
        if (!refuse(problems)) {
            return Optional.empty();
        }
        char[] next = password.get().toCharArray();
        return Optional.of(new Action(() -> {
            desk.resetPassword(user.userName(), next);
            return null;
        }, "Password of " + user.displayName() + " reset; they choose their own at the next sign-in.", "Reset password", user.displayName() + " (" + user.userName() + ")",
                "Their current password stops working now; they must choose a new one at the next sign-in."));
    }

    /** Alt+O: switches the selected account off (or on again), with the reason. */
    public Optional<Action> toggleActive() {
        UserSummary user = selected.get();
        if (user == null || creating.get()) {
            return fail("Choose a user in the list first.");
        }
        List<String> problems = new ArrayList<>();
        boolean on = !user.active();
        reasonProblem(on ? "why the account is switched on again" : "why the account is switched off", problems);
        if (!refuse(problems)) {
            return Optional.empty();
        }
        String why = reason.get().strip();
        return Optional.of(new Action(() -> {
            desk.setActive(user.userName(), on, why);
            return null;
        }, user.displayName() + (on ? " can sign in again." : " is switched off and can no longer sign in."),
                on ? null : "Switch off", on ? null : user.displayName() + " (" + user.userName() + ")",
                on ? null : "They can no longer sign in, and a desk where they are signed in stops working for them."));
    }

    /** Before the question of an action: no stale refusal beside it. */
    public void asking() {
        messageIsError.set(false);
        message.set("");
    }

    public void started() {
        busy.set(true);
        messageIsError.set(false);
        message.set("Saving…");
    }

    /** Done: the status bar says what happened; a created user is selected once the list is read again. */
    public void succeeded(Action action) {
        busy.set(false);
        if (creating.get()) {
            String name = userName.get().strip().toLowerCase(java.util.Locale.ROOT);
            creating.set(false);
            selected.set(new UserSummary(name, displayName.get().strip(), chosenRoles(), true, true, null));
        }
        reason.set("");
        messageIsError.set(false);
        message.set(action.done());
    }

    /** Refused: the form keeps what was typed; the message says why and that nothing changed. */
    public void failed(Throwable error) {
        busy.set(false);
        String text = error.getMessage() == null ? error.toString() : error.getMessage();
        messageIsError.set(true);
        message.set("Not saved: " + text + " Nothing was changed; the form keeps what you typed.");
    }

    private void rolesProblem(Set<Role> chosen, List<String> problems) {
        if (chosen.isEmpty()) {
            problems.add("Roles: tick at least one role; to stop someone signing in, switch the account off instead.");
        }
    }

    private void reasonProblem(String what, List<String> problems) {
        if (reason.get().isBlank()) {
            problems.add("Reason: say " + what + "; it is kept in the audit trail.");
        }
    }

    private void passwordProblem(List<String> problems) {
        // what to do as well as what is wrong: "at least 8 characters" alone left the admin to make one up (tour 8)
        PasswordHasher.newPasswordProblem(password.get().toCharArray()).ifPresent(p -> problems.add("Password: " + p
                + (p.endsWith(".") ? "" : ".") + " Type one, or press Suggest (Alt+G) for one."));
    }

    private boolean refuse(List<String> problems) {
        if (problems.isEmpty()) {
            return true;
        }
        messageIsError.set(true);
        message.set("Not saved: " + String.join(" ", problems));
        return false;
    }

    private Optional<Action> fail(String text) {
        messageIsError.set(true);
        message.set(text);
        return Optional.empty();
    }

    private Set<Role> chosenRoles() {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        roles.forEach((r, p) -> {
            if (p.get()) {
                chosen.add(r);
            }
        });
        return chosen;
    }

    /** "Order clerk and AR clerk". */
    public static String labels(Set<Role> roles) {
        return roles.stream().sorted().map(Role::label).collect(Collectors.joining(" and "));
    }

    public ObservableList<UserSummary> rows() {
        return rows;
    }

    public ObjectProperty<UserSummary> selectedProperty() {
        return selected;
    }

    public BooleanProperty creatingProperty() {
        return creating;
    }

    public StringProperty userNameProperty() {
        return userName;
    }

    public StringProperty displayNameProperty() {
        return displayName;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty roleProperty(Role role) {
        return roles.get(role);
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty messageIsErrorProperty() {
        return messageIsError;
    }

    public StringProperty limitProperty() {
        return limit;
    }

    public StringProperty currentLimitProperty() {
        return currentLimit;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
