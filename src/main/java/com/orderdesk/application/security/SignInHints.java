package com.orderdesk.application.security;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.model.security.AppUser;
import java.util.Collection;
import java.util.List;

/**
 * Which of the names the sign-in form offers as a hint can sign in in this book: a demo user an administrator
 * switched off (or a book that has none of them) is not offered. Like {@link SignIn} it takes no user, since it is
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

    /** The names among {@code offered} whose account exists and is active, in the order given. */
    public List<String> activeAmong(Collection<String> offered) {
        return uow.read(() -> offered.stream()
                .filter(name -> users.byName(name).map(AppUser::active).orElse(false))
                .toList());
    }
}
