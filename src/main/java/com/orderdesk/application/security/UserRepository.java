package com.orderdesk.application.security;

import com.orderdesk.model.audit.AuditKeyRecord;
import com.orderdesk.model.security.AppUser;
import java.util.List;
import java.util.Optional;

/** The users of the book and the record of its audit key (a port: persistence implements it). */
public interface UserRepository {
    /** By sign-in name, compared without regard to case. */
    Optional<AppUser> byName(String userName);

    Optional<AppUser> byId(long id);

    /** Every user, active or not, in id order. */
    List<AppUser> all();

    void add(AppUser user);

    Optional<AuditKeyRecord> bookKey();

    void saveBookKey(AuditKeyRecord record);

    /** Each user's last successful sign-in, by user name, from the audit trail (users who never signed in are absent). */
    java.util.Map<String, java.time.Instant> lastSignIns();

    /**
     * The users (by name, lower case) whose password someone set through the desk, from the audit trail: added by an
     * administrator with a first password, reset by one, or changed by the user. A user absent here still has the
     * password the book was made with (the demo users' "demo"). One query, no password hash checked.
     */
    java.util.Set<String> passwordsSetThroughTheDesk();

    /** The trail's highest sequence (0 when empty). */
    long lastAuditSequence();
}
