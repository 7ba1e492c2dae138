package com.orderdesk.application.security;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.model.security.AppUser;
import java.util.Collection;
import java.util.List;

/**
 * Which of the names the sign-in form offers as a hint can sign in in this book with the password the hint gives: a
 * demo user an administrator switched off (or a book that has none of them), or whose password was set since, is not
 * offered. Like {@link SignIn} it takes no user, since it is
 * read before anyone is signed in; it answers only about the names the desk itself passes (the demo cast), never
 * about a name someone typed, so it tells a stranger nothing the hint did not already say.
 */
public final class SignInHints {
    private final UnitOfWork uow;
    private final UserRepository users;

    public SignInHints(UnitOfWork uow, UserRepository users) {
        this.uow = uow;
        this.users = users;
    }

    /**
     * The names among {@code offered} whose account is active and still has the password the book was made with (no
     * one set it through the desk since: not added by an administrator, never reset, never changed by the user), in
     * the order given. Known from the audit trail in one query: checking "demo" against each hash would take some
     * 130 ms a user (bcrypt), beside the sign-in's own check on a 2-core desk. A password cannot be set back to
     * "demo" (at least 8 characters), so a password once set is never the demo one again.
     */
    public List<String> withFirstPasswordAmong(Collection<String> offered) {
        return uow.read(() -> {
            java.util.Set<String> set = users.passwordsSetThroughTheDesk();
            return offered.stream()
                    .filter(name -> !set.contains(name.toLowerCase(java.util.Locale.ROOT)))
                    .filter(name -> users.byName(name).map(AppUser::active).orElse(false))
                    .toList();
        });
    }
}
