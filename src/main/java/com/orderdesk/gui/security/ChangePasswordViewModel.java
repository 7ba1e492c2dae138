package com.orderdesk.gui.security;

import com.orderdesk.logic.security.PasswordHasher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The "change my password" form without widgets. Two uses: from the menu (the user types the
 * current password, the new one and the new one again) and at sign-in after an administrator set
 * the password (the current one was just typed on the sign-in form, so it is not asked again).
 */
public final class ChangePasswordViewModel {
    /** Changes the signed-in user's password (the use case; runs off the FX thread). */
    @FunctionalInterface
    public interface PasswordChanger {
        void change(char[] current, char[] next);
    }

    private final PasswordChanger changer;
    private final String displayName;
    private final char[] knownCurrent;
    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty next = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty(false);

    /**
     * @param knownCurrent the password just typed at sign-in (the forced change), or {@code null} to ask for it
     */
    public ChangePasswordViewModel(PasswordChanger changer, String displayName, char[] knownCurrent) {
        this.changer = changer;
        this.displayName = displayName;
        this.knownCurrent = knownCurrent == null ? null : knownCurrent.clone();
    }

    /** Whether this is the change forced at sign-in (no current-password field). */
    public boolean forced() {
        return knownCurrent != null;
    }

    public String title() {
        return forced() ? "Choose your own password" : "Change my password";
    }

    public String explanation() {
        return forced()
                ? displayName + ", an administrator set your password. Choose your own now: you can work once it is changed,"
                        + " and the administrator's password stops working."
                : "Type your current password, then the new one twice. The new one works from your next sign-in on every desk.";
    }

    /** What stops the change, one sentence each; empty when it can be tried. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!forced() && current.get().isEmpty()) {
            problems.add("Current password: type the password you signed in with.");
        }
        Optional<String> weak = PasswordHasher.newPasswordProblem(next.get().toCharArray());
        if (next.get().isEmpty()) {
            problems.add("New password: type the password you want.");
        } else if (weak.isPresent()) {
            problems.add("New password: " + weak.get());
        } else if (!next.get().equals(repeat.get())) {
            problems.add("Repeat: the two new passwords differ; type the new one again.");
        }
        return problems;
    }

    /**
     * The change to run off the FX thread, with the fields read now (call on the FX thread); empty
     * when {@link #problems()} stops it (then the message says why).
     */
    public Optional<Callable<Void>> change() {
        List<String> problems = problems();
        if (!problems.isEmpty()) {
            message.set(String.join(" ", problems));
            return Optional.empty();
        }
        char[] was = forced() ? knownCurrent.clone() : current.get().toCharArray();
        char[] now = next.get().toCharArray();
        busy.set(true);
        message.set("Changing…");
        return Optional.of(() -> {
            try {
                changer.change(was, now);
                return null;
            } finally {
                Arrays.fill(was, '\0');
                Arrays.fill(now, '\0');
            }
        });
    }

    /** The change went through: nothing of the passwords stays in the form. */
    public void changed() {
        busy.set(false);
        clearAll();
        if (knownCurrent != null) {
            Arrays.fill(knownCurrent, '\0');
        }
        message.set("Your password was changed.");
    }

    /** The change was refused: say why; the new password stays typed (the current one is cleared when it was wrong). */
    public void failed(Throwable error) {
        busy.set(false);
        String text = error.getMessage() == null ? error.toString() : error.getMessage();
        if (text.contains("current password")) {
            current.set("");
        }
        message.set(text);
    }

    /** Leaving the form: forget what was typed. */
    public void clearAll() {
        current.set("");
        next.set("");
        repeat.set("");
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty nextProperty() {
        return next;
    }

    public StringProperty repeatProperty() {
        return repeat;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
