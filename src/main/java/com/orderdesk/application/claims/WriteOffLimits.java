package com.orderdesk.application.claims;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.security.UserRepository;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.claims.WriteOffLimit;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.security.AppUser;
import java.time.Clock;
import java.util.Map;

/**
 * Each user's write-off approval limit, kept by administrators (a per-user setting, like the roles
 * they give): without one a user may write off nothing; credit managers need none (no limit).
 */
public final class WriteOffLimits {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final ClaimsRepository claims;
    private final UserRepository users;
    private final AuditRecorder audit;
    private final Clock clock;

    public WriteOffLimits(UnitOfWork uow, AccessControl access, ClaimsRepository claims, UserRepository users,
                          AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.claims = claims;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    public void set(SignedInUser admin, String userName, Money limit, String reason) {
        access.require(admin, Permission.MANAGE_USERS);
        if (limit == null || limit.isNegative()) {
            throw new IllegalArgumentException("A write-off limit is zero or more.");
        }
        uow.run("Setting the write-off limit", () -> {
            AppUser u = users.byName(userName == null ? "" : userName.strip())
                    .orElseThrow(() -> new IllegalArgumentException("There is no user " + userName + "."));
            WriteOffLimit row = claims.writeOffLimit(u.id()).orElse(null);
            Money before = row == null ? Money.ZERO : row.limit();
            if (row == null) {
                claims.add(new WriteOffLimit(u.id(), limit, admin.userName(), clock.instant()));
            } else {
                row.change(limit, admin.userName(), clock.instant());
            }
            audit.record(admin, AuditEvent.of(admin.userName(), ClaimActions.WRITE_OFF_LIMIT, ClaimActions.USER, u.username())
                    .withChange(AuditValues.json(Map.of("limit", before.toString())), AuditValues.json(Map.of("limit", limit.toString())))
                    .withReason(reason == null || reason.isBlank() ? null : reason.strip()));
        });
    }

    public Money limitOf(SignedInUser admin, String userName) {
        access.require(admin, Permission.MANAGE_USERS);
        return uow.read(() -> {
            AppUser u = users.byName(userName.strip()).orElseThrow(() -> new IllegalArgumentException("There is no user " + userName + "."));
            return claims.writeOffLimit(u.id()).map(WriteOffLimit::limit).orElse(Money.ZERO);
        });
    }
}
