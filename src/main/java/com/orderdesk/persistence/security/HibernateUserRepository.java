package com.orderdesk.persistence.security;

import com.orderdesk.application.security.UserRepository;
import com.orderdesk.model.audit.AuditKeyRecord;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.persistence.CurrentSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** {@link UserRepository} on app_user and audit_key, in the open unit of work. */
public final class HibernateUserRepository implements UserRepository {
    @Override
    public Optional<AppUser> byName(String userName) {
        return CurrentSession.get().createSelectionQuery("from AppUser u where lower(u.username) = :n", AppUser.class)
                .setParameter("n", userName.strip().toLowerCase(Locale.ROOT)).getResultStream().findFirst();
    }

    @Override
    public Optional<AppUser> byId(long id) {
        return Optional.ofNullable(CurrentSession.get().find(AppUser.class, id));
    }

    @Override
    public List<AppUser> all() {
        return CurrentSession.get().createSelectionQuery("from AppUser u order by u.id", AppUser.class).getResultList();
    }

    @Override
    public void add(AppUser user) {
        CurrentSession.get().persist(user);
        CurrentSession.get().flush(); // the id is part of the key's binding and the seal
    }

    @Override
    public Optional<AuditKeyRecord> bookKey() {
        return Optional.ofNullable(CurrentSession.get().find(AuditKeyRecord.class, AuditKeyRecord.ID));
    }

    @Override
    public void saveBookKey(AuditKeyRecord record) {
        CurrentSession.get().persist(record);
    }

    @Override
    public java.util.Map<String, java.time.Instant> lastSignIns() {
        java.util.Map<String, java.time.Instant> out = new java.util.HashMap<>();
        CurrentSession.get().createSelectionQuery("select a.username, max(a.at) from AuditRecord a where a.action = :signIn"
                        + " group by a.username", Object[].class)
                .setParameter("signIn", com.orderdesk.logic.audit.AuditActions.SIGN_IN).getResultList()
                .forEach(r -> out.put(((String) r[0]).toLowerCase(Locale.ROOT), (java.time.Instant) r[1]));
        return out;
    }

    @Override
    public java.util.Set<String> passwordsSetThroughTheDesk() {
        java.util.Set<String> out = new java.util.HashSet<>();
        CurrentSession.get().createSelectionQuery("select distinct a.documentId from AuditRecord a where a.documentType = :user"
                        + " and a.action in (:set)", String.class)
                .setParameter("user", com.orderdesk.logic.audit.AuditActions.USER)
                .setParameterList("set", java.util.List.of(com.orderdesk.logic.audit.AuditActions.USER_ADD,
                        com.orderdesk.logic.audit.AuditActions.USER_PASSWORD_RESET, com.orderdesk.logic.audit.AuditActions.USER_PASSWORD_CHANGE))
                .getResultList().stream().filter(java.util.Objects::nonNull)
                .forEach(name -> out.add(name.toLowerCase(Locale.ROOT)));
        return out;
    }

    @Override
    public long lastAuditSequence() {
        Long max = CurrentSession.get().createSelectionQuery("select max(a.sequence) from AuditRecord a", Long.class)
                .getSingleResult();
        return max == null ? 0 : max;
    }
}
