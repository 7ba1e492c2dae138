package com.orderdesk.cli;

import com.orderdesk.application.security.SignIn;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignedInUser;
import java.io.Console;
import java.util.Arrays;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Option;

/**
 * The sign-in of every command that changes the book (a picocli mixin): {@code --user NAME}, and
 * the password from the environment variable {@value #PASSWORD_VARIABLE} or, on a terminal, asked
 * for without echo; never on the command line, where {@code ps} and shell history would show it.
 * The command then acts, and is audited, as that user, exactly as in the window.
 */
public final class SignInOptions {
    public static final String PASSWORD_VARIABLE = "ORDERDESK_PASSWORD";

    @Option(names = "--user", paramLabel = "NAME",
            description = "Sign in as this Order Desk user (the password is read from $" + PASSWORD_VARIABLE
                    + ", or asked for on a terminal).")
    String user;

    /** How environment variables are read; tests replace it. */
    UnaryOperator<String> env = System::getenv;

    /** Asks for the password on the terminal (null when there is none); tests replace it. */
    Function<String, char[]> terminal = prompt -> {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", prompt);
    };

    /**
     * Signs in, or ends the command with exit status 2 and one line: no user named, no password
     * available, wrong credentials, or a role without {@code needed}.
     */
    public SignedInUser signIn(SignIn signIn, Authorizer authorizer, Permission needed) {
        SignInResult result = signInOnly(signIn);
        if (result.mustChangePassword()) {
            throw new CommandFailure(2, "Sign-in as " + user.strip() + " refused: the password was set by an administrator;"
                    + " choose your own first (orderdesk password --user " + user.strip() + ", or File > Change password"
                    + " in the window).");
        }
        SignedInUser signedIn = result.user();
        authorizer.refusal(signedIn, needed).ifPresent(why -> {
            throw new CommandFailure(2, why);
        });
        return signedIn;
    }

    /**
     * Signs in without asking for a permission, also with a password an administrator set (the
     * {@code password} command, which replaces it). Ends the command as {@link #signIn} does.
     */
    public SignInResult signInOnly(SignIn signIn) {
        if (user == null || user.isBlank()) {
            throw new CommandFailure(2, "sign in with --user NAME (the password is read from $"
                    + PASSWORD_VARIABLE + ", or asked for on a terminal).");
        }
        char[] password = password();
        if (password == null || password.length == 0) {
            throw new CommandFailure(2, "No password for " + user.strip() + ": set $" + PASSWORD_VARIABLE
                    + " or run the command on a terminal.");
        }
        SignInResult result;
        try {
            result = signIn.signIn(user, password);
        } finally {
            Arrays.fill(password, '\0');
        }
        if (!result.signedIn()) {
            throw new CommandFailure(2, "Sign-in as " + user.strip() + " refused: " + result.message());
        }
        return result;
    }

    private char[] password() {
        String fromEnv = env.apply(PASSWORD_VARIABLE);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        return terminal.apply("Password for " + user.strip() + ": ");
    }
}
