package com.orderdesk.persistence;

import org.hibernate.Session;

/**
 * The session of the unit of work open on this thread. Repositories reach the database only
 * through it, so they cannot run outside a transaction that a use case opened.
 */
public final class CurrentSession {
    private static final ThreadLocal<Bound> BOUND = new ThreadLocal<>();

    record Bound(Session session, boolean writable) {
    }

    private CurrentSession() {
    }

    /** The open session; fails loudly when a repository is called outside a unit of work (a programming error). */
    public static Session get() {
        Bound b = BOUND.get();
        if (b == null) {
            throw new IllegalStateException("No unit of work is open on this thread: repositories are called only"
                    + " inside UnitOfWork.read or UnitOfWork.write");
        }
        return b.session();
    }

    static Bound bound() {
        return BOUND.get();
    }

    static void bind(Session session, boolean writable) {
        BOUND.set(new Bound(session, writable));
    }

    static void unbind() {
        BOUND.remove();
    }
}
