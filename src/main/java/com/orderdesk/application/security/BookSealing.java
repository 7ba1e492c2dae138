package com.orderdesk.application.security;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.audit.AuditKeyRecord;
import com.orderdesk.model.security.AppUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Map;

/**
 * Gives a book its audit key. A new book (the first start, {@code demo-data}) is sealed while its
 * users' first passwords are known, so each gets a wrapped copy; a book written by an older
 * version is sealed by the first person to sign in, and the others get their copy when an
 * administrator sets them a new password.
 */
public final class BookSealing {
    private final UnitOfWork uow;
    private final UserRepository users;
    private final AuditRecorder audit;
    private final AccountSeals seals;
    private final SecureRandom random;
    private final Clock clock;

    public BookSealing(UnitOfWork uow, UserRepository users, AuditRecorder audit, AccountSeals seals,
                       SecureRandom random, Clock clock) {
        this.uow = uow;
        this.users = users;
        this.audit = audit;
        this.seals = seals;
        this.random = random;
        this.clock = clock;
    }

    /**
     * Seals a new book whose users (already stored) sign in with the given passwords. Returns the
     * key, for the demo generator to write its history under each demo user's name.
     */
    public AuditKey sealNewBook(Map<String, char[]> passwordByUser) {
        return uow.write("Sealing the new book", () -> {
            if (users.bookKey().isPresent()) {
                throw new IllegalStateException("This book is already sealed");
            }
            AuditKey key = AuditKey.generate(random);
            users.saveBookKey(new AuditKeyRecord(key.keyCheck(), users.lastAuditSequence(), clock.instant()));
            for (AppUser u : users.all()) {
                char[] password = passwordByUser.get(u.username());
                if (password != null) {
                    seals.wrapFor(u, key, password);
                }
                AccountSeals.seal(u, key);
            }
            return key;
        });
    }

    /** Inside the sign-in's unit of work: the first user of an older book makes its key. */
    void sealOlderBook(AppUser firstUser, char[] password) {
        AuditKey key = AuditKey.generate(random);
        users.saveBookKey(new AuditKeyRecord(key.keyCheck(), users.lastAuditSequence(), clock.instant()));
        seals.wrapFor(firstUser, key, password);
        AccountSeals.seal(firstUser, key);
        SignedInUser sealer = SignInUseCase.toSignedIn(firstUser).withAuditKey(key);
        audit.record(sealer, AuditEvent.of(sealer.userName(), AuditActions.BOOK_SEALED, "BOOK", "audit-key")
                .withChange(null, AuditValues.json(Map.of("sealedAtSequence", users.lastAuditSequence())))
                .withReason("first sign-in to a book written before the audit trail was keyed"));
    }
}
