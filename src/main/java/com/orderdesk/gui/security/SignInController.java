package com.orderdesk.gui.security;

import com.orderdesk.gui.common.EnterKey;
import com.orderdesk.gui.common.Mnemonics;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.UiTasks;
import com.orderdesk.application.security.SignIn;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignedInUser;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.animation.PauseTransition;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.util.Duration;

/**
 * The sign-in form: user name and password, checked off the FX thread (bcrypt takes ~100 ms).
 * A refusal shows the service's sentence and, after repeated failures, keeps the button disabled
 * for the wait the throttle imposes. Used at start-up and when switching user.
 */
public final class SignInController {
    private final SignIn signIn;
    private final UiTaskRunner tasks;
    private final String fixedUserName;
    private final List<String> hints;
    /** Opens what a signed-in user works in; the form says "Signing in…" until the answer completes. */
    private final Function<SignedInUser, CompletionStage<?>> onSignedIn;
    private final BooleanProperty busy = new SimpleBooleanProperty(false);
    private final BooleanProperty waiting = new SimpleBooleanProperty(false);
    private BiConsumer<SignedInUser, char[]> onMustChangePassword;

    @FXML private TextField userField;
    @FXML private PasswordField passwordField;
    @FXML private Label messageLabel;
    @FXML private Label hintLabel;
    @FXML private Button signInButton;

    /**
     * @param fixedUserName the user name to sign in as (switching user), or {@code null} to type one
     * @param hints         lines shown under the form (the demo users), may be empty
     */
    public SignInController(SignIn signIn, UiTaskRunner tasks, String fixedUserName, List<String> hints,
                            Consumer<SignedInUser> onSignedIn) {
        this(signIn, tasks, fixedUserName, hints, (Function<SignedInUser, CompletionStage<?>>) user -> {
            onSignedIn.accept(user);
            return CompletableFuture.completedFuture(null);
        });
    }

    /**
     * A form whose sign-in opens something that takes a while (the main window, built off the FX thread): it
     * stays busy saying "Signing in…" (keys still answered) until {@code open}'s answer completes; if that
     * fails, the form keeps what was typed and says why.
     */
    public static SignInController opening(SignIn signIn, UiTaskRunner tasks, String fixedUserName, List<String> hints,
                                           Function<SignedInUser, CompletionStage<?>> open) {
        return new SignInController(signIn, tasks, fixedUserName, hints, open);
    }

    private SignInController(SignIn signIn, UiTaskRunner tasks, String fixedUserName, List<String> hints,
                             Function<SignedInUser, CompletionStage<?>> onSignedIn) {
        this.signIn = signIn;
        this.tasks = tasks;
        this.fixedUserName = fixedUserName;
        this.hints = List.copyOf(hints);
        this.onSignedIn = onSignedIn;
    }

    @FXML
    private void initialize() {
        Mnemonics.linkLabels(userField.getParent());
        EnterKey.runs(this::onSignIn, userField, passwordField);
        if (fixedUserName != null) {
            userField.setText(fixedUserName);
        }
        showHints(hints);
        signInButton.disableProperty().bind(busy.or(waiting));
        // read-only, not disabled, while the answer is awaited: keys typed then are not added to what is
        // being checked (nor lost by the clearing after it), and the cursor stays where it was
        userField.editableProperty().bind(busy.not().and(new SimpleBooleanProperty(fixedUserName == null)));
        passwordField.editableProperty().bind(busy.not());
    }

    /** Replaces the lines under the form (the demo users, once the book says which can sign in); none hides them, keeping their room. */
    public void showHints(List<String> lines) {
        hintLabel.setText(String.join("\n", lines));
        hintLabel.setVisible(!lines.isEmpty()); // still managed: its room stays, so the form does not move
    }

    /**
     * What to do when the password typed was set by an administrator: lead the user to choosing
     * their own (gets the signed-in user and the password just typed). Without it, such a user is
     * signed in like any other and every use case refuses them until they change it.
     */
    public void setOnMustChangePassword(BiConsumer<SignedInUser, char[]> handler) {
        this.onMustChangePassword = handler;
    }

    /** Puts the cursor where the user types first. */
    public void focus() {
        (fixedUserName == null && userField.getText().isBlank() ? userField : passwordField).requestFocus();
    }

    @FXML
    void onSignIn() {
        if (busy.get() || waiting.get()) {
            return;
        }
        String name = userField.getText();
        char[] password = passwordField.getText().toCharArray();
        busy.set(true);
        messageLabel.setText("Checking…");
        char[] typed = password.clone();
        Task<SignInResult> task = UiTasks.of(() -> signIn.signIn(name, password), result -> show(result, typed), e -> {
            java.util.Arrays.fill(typed, '\0');
            busy.set(false);
            messageLabel.setText("Sign-in could not be checked: " + e.getMessage());
        });
        tasks.run(task);
    }

    private void show(SignInResult result, char[] typed) {
        try {
            if (result.signedIn() && result.mustChangePassword() && onMustChangePassword != null) {
                busy.set(false);
                passwordField.clear();
                messageLabel.setText(result.message());
                onMustChangePassword.accept(result.user(), typed);
                return;
            }
        } finally {
            java.util.Arrays.fill(typed, '\0');
        }
        if (result.signedIn()) {
            open(result.user());
            return;
        }
        busy.set(false);
        passwordField.clear();
        messageLabel.setText(result.message());
        if (!result.retryAfter().isZero()) {
            waiting.set(true);
            PauseTransition wait = new PauseTransition(Duration.millis(result.retryAfter().toMillis()));
            wait.setOnFinished(e -> waiting.set(false));
            wait.play();
        }
        // the user name stays as it was sent; the password is typed anew, as in any desktop sign-in
        passwordField.requestFocus();
    }

    /** Stays busy while the desk is being opened; a desk that cannot be opened leaves the form as typed, saying why. */
    private void open(SignedInUser user) {
        messageLabel.setText("Signing in…");
        CompletionStage<?> opened;
        try {
            opened = onSignedIn.apply(user);
        } catch (RuntimeException e) {
            opened = CompletableFuture.failedFuture(e);
        }
        opened.whenComplete((done, error) -> onFxThread(() -> {
            busy.set(false);
            if (error == null) {
                passwordField.clear();
                return;
            }
            Throwable cause = error instanceof java.util.concurrent.CompletionException && error.getCause() != null
                    ? error.getCause() : error;
            messageLabel.setText("Signed in, but the desk could not be opened: " + cause.getMessage()
                    + ". What you typed is kept; press Sign in to try again.");
            passwordField.requestFocus();
        }));
    }

    private static void onFxThread(Runnable change) {
        if (Platform.isFxApplicationThread()) {
            change.run();
        } else {
            Platform.runLater(change);
        }
    }
}
