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

    /** The trail's highest sequence (0 when empty). */
    long lastAuditSequence();
}
