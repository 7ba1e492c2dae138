package com.orderdesk.application;

import com.orderdesk.application.security.UserRepository;
import com.orderdesk.logic.security.Authorizer;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.OrderAuthorship;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.AppUser;
import java.util.Optional;

/**
 * The one door every use case passes: the user's role must grant the permission
 * ({@link Authorizer}), and their account must still be as it was when they signed in (active,
 * same role), so a desk left signed in cannot act for a user switched off or demoted a minute ago;
 * and a user signed in with a password an administrator set must choose their own first.
 */
public final class AccessControl {
    private final Authorizer authorizer;
    private final UserRepository users;
    private final UnitOfWork uow;

    public AccessControl(Authorizer authorizer, UserRepository users, UnitOfWork uow) {
        this.authorizer = authorizer;
        this.users = users;
        this.uow = uow;
    }

    public Authorizer authorizer() {
        return authorizer;
    }

    /** Throws {@link NotAuthorizedException} unless {@code user} may do it now. */
    public void require(SignedInUser user, Permission permission) {
        authorizer.require(user, permission);
        requireCurrentAccount(user, permission);
    }

    /** Role and segregation of duties for a credit release, then the account check. */
    public void requireMayReleaseHold(SignedInUser user, OrderAuthorship order) {
        authorizer.requireMayReleaseHold(user, order);
        requireCurrentAccount(user, Permission.RELEASE_CREDIT_HOLD);
    }

    private void requireCurrentAccount(SignedInUser user, Permission permission) {
        Optional<AppUser> stored = uow.read(() -> users.byId(user.id()));
        String refusal = null;
        if (stored.isEmpty() || !user.isUser(stored.get().username())) {
            refusal = user.displayName() + " is not a user of this book";
        } else if (!stored.get().active()) {
            refusal = user.displayName() + "'s account was switched off after signing in";
        } else if (!stored.get().roles().equals(user.roles())) {
            refusal = user.displayName() + "'s role was changed after signing in; sign in again";
        } else if (stored.get().mustChangePassword()) {
            refusal = user.displayName() + " must first replace the password an administrator set (File > Change password)";
        }
        if (refusal != null) {
            throw new NotAuthorizedException(user, permission, NotAuthorizedException.Kind.MISSING_PERMISSION,
                    refusal + ", so they may not " + permission.phrase() + ".");
        }
    }
}
