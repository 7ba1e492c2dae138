package com.orderdesk.logic.security;

import java.util.Optional;

/**
 * The one place that decides who may do what. Screens use {@link #can} and the {@code refusal}
 * methods to offer or explain an action; services call the {@code require} methods before acting,
 * so a path that forgets the screen check still cannot release a hold.
 */
public final class Authorizer {

    public boolean can(SignedInUser user, Permission permission) {
        return user.has(permission);
    }

    /** Why the user may not do it, for a tooltip or status line; empty when allowed. */
    public Optional<String> refusal(SignedInUser user, Permission permission) {
        if (user.has(permission)) {
            return Optional.empty();
        }
        return Optional.of(user.rolesLabel() + " " + user.displayName() + " may not " + permission.phrase() + ".");
    }

    public void require(SignedInUser user, Permission permission) {
        Optional<String> refusal = refusal(user, permission);
        if (refusal.isPresent()) {
            throw new NotAuthorizedException(user, permission, NotAuthorizedException.Kind.MISSING_PERMISSION,
                    refusal.get());
        }
    }

    /**
     * Why the user may not release this order's credit hold (role first, then segregation of
     * duties: whoever entered or last changed the order cannot release it); empty when allowed.
     */
    public Optional<String> releaseRefusal(SignedInUser user, OrderAuthorship order) {
        Optional<String> byRole = refusal(user, Permission.RELEASE_CREDIT_HOLD);
        if (byRole.isPresent()) {
            return byRole;
        }
        String did = user.isUser(order.enteredBy()) ? "entered"
                : user.isUser(order.lastChangedBy()) ? "last changed" : null;
        if (did == null) {
            return Optional.empty();
        }
        return Optional.of(user.displayName() + " " + did + " order " + order.orderNumber()
                + " and so may not release its credit hold; another credit manager must.");
    }

    public boolean mayReleaseHold(SignedInUser user, OrderAuthorship order) {
        return releaseRefusal(user, order).isEmpty();
    }

    public void requireMayReleaseHold(SignedInUser user, OrderAuthorship order) {
        require(user, Permission.RELEASE_CREDIT_HOLD);
        Optional<String> refusal = releaseRefusal(user, order);
        if (refusal.isPresent()) {
            throw new NotAuthorizedException(user, Permission.RELEASE_CREDIT_HOLD,
                    NotAuthorizedException.Kind.SEGREGATION_OF_DUTIES, refusal.get());
        }
    }
}
