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
 * Gives a book written by an older version its audit key: the first person to sign in seals it,
 * and the others get their copy when an administrator sets them a new password. A new book (the
 * first start, {@code demo-data}) is sealed by the demo generator as it writes its users, while
 * their first passwords are known. Nothing here is public but the constructor: sealing runs only
 * inside the sign-in's unit of work, once the password was checked (decision 0011).
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
