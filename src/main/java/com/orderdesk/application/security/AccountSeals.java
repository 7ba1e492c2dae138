package com.orderdesk.application.security;

import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.audit.AuditKeyWrap;
import com.orderdesk.logic.audit.AuditSeals;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.model.security.Role;
import java.security.SecureRandom;
import java.util.Optional;

/** The audit key as each user row holds it: wrapped under the user's password and sealed with a MAC. */
public final class AccountSeals {
    private final SecureRandom random;
    private final int iterations;

    /** @param iterations PBKDF2 rounds for newly wrapped keys ({@link AuditKeyWrap#DEFAULT_ITERATIONS} in real books) */
    public AccountSeals(SecureRandom random, int iterations) {
        this.random = random;
        this.iterations = iterations;
    }

    /** Gives {@code user} a copy of the key that opens with {@code password}. The row must have its id. */
    public void wrapFor(AppUser user, AuditKey key, char[] password) {
        AuditKeyWrap.Wrapped w = AuditKeyWrap.wrap(key, password, AuditKeyWrap.binding(user.id(), user.username()),
                iterations, random);
        user.setWrappedKey(w.salt(), w.iterations(), w.blob());
    }

    /** The book's key from the user's row, when the password opens it. */
    public static Optional<AuditKey> open(AppUser user, char[] password) {
        if (user.wrappedKey() == null) {
            return Optional.empty();
        }
        return AuditKeyWrap.unwrap(new AuditKeyWrap.Wrapped(user.keySalt(), user.keyIterations(), user.wrappedKey()),
                password, AuditKeyWrap.binding(user.id(), user.username()));
    }

    /** Seals the row as it now stands; call after every change to it. */
    public static void seal(AppUser user, AuditKey key) {
        user.setRecordMac(key.mac(AuditSeals.USER, AuditSeals.user(fields(user))));
    }

    public static boolean isSealed(AppUser user, AuditKey key) {
        return key.verifies(AuditSeals.USER, AuditSeals.user(fields(user)), user.recordMac());
    }

    /** A user row's key columns and seal, for rows written in bulk without the ORM (a new book's first users). */
    public record SealedColumns(String keySalt, int keyIterations, String wrappedKey, String recordMac) {
    }

    public SealedColumns sealedColumns(long id, String userName, String displayName, java.util.Set<Role> roles, boolean active,
                                       String passwordHash, AuditKey key, char[] password) {
        AuditKeyWrap.Wrapped w = AuditKeyWrap.wrap(key, password, AuditKeyWrap.binding(id, userName), iterations, random);
        AuditSeals.UserRecord record = new AuditSeals.UserRecord(id, userName, displayName, AppUser.storedForm(roles), active, false,
                passwordHash, w.salt(), w.iterations(), w.blob());
        return new SealedColumns(w.salt(), w.iterations(), w.blob(), key.mac(AuditSeals.USER, AuditSeals.user(record)));
    }

    public static AuditSeals.UserRecord fields(AppUser u) {
        return new AuditSeals.UserRecord(u.id(), u.username(), u.displayName(), u.storedRoles(),
                u.active(), u.mustChangePassword(), u.passwordHash(), u.keySalt(), u.keyIterations(), u.wrappedKey());
    }
}
