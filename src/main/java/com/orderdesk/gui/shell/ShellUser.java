package com.orderdesk.gui.shell;

import java.util.Objects;

/**
 * A user the shell can sign in as (the demo users), as the status bar shows them. The user
 * service that checks passwords and permissions lives elsewhere; the shell only offers the
 * choice and reports it through the callback given to {@link Shell.Builder#users}.
 *
 * @param login       unique user name, e.g. "dana"
 * @param displayName e.g. "Dana Ortiz"
 * @param role        e.g. "Credit manager"
 */
public record ShellUser(String login, String displayName, String role) {
    public ShellUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
    }
}
