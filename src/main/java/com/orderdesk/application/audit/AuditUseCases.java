package com.orderdesk.application.audit;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.AccessControl;
import com.orderdesk.application.security.AccountSeals;
import com.orderdesk.application.security.UserRepository;
import com.orderdesk.logic.audit.AuditChainVerifier;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditProblem;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditSealCheck;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.logic.audit.ChainHead;
import com.orderdesk.logic.audit.SealedHead;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.audit.AuditKeyRecord;
import com.orderdesk.model.security.AppUser;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Reading and verifying the audit trail. Verification checks the hash chain (changed, removed,
 * reordered, cut-off entries) and, with the audit key the verifying user opened at sign-in, every
 * seal: entries, the head, and the user records that say who may do what.
 */
public final class AuditUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final AuditRepository trail;
    private final UserRepository users;
    private final ZoneId zone;

    public AuditUseCases(UnitOfWork uow, AccessControl access, AuditRepository trail, UserRepository users, ZoneId zone) {
        this.uow = uow;
        this.access = access;
        this.trail = trail;
        this.users = users;
        this.zone = zone;
    }

    public List<AuditEntry> find(SignedInUser user, AuditQuery query) {
        access.require(user, Permission.VIEW_AUDIT);
        return uow.read(() -> trail.find(query, zone));
    }

    /**
     * Checks the whole stored trail; can take a while on a long one: run it off the FX thread.
     *
     * @throws CancellationException when {@code cancelled} turns true
     */
    public AuditVerification verify(SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled) {
        access.require(user, Permission.VIEW_AUDIT);
        return uow.read(() -> verifyAll(user, progress, cancelled));
    }

    private AuditVerification verifyAll(SignedInUser user, DoubleConsumer progress, BooleanSupplier cancelled) {
        Optional<SealedHead> head = trail.head();
        ChainHead plainHead = head.filter(h -> h.sequence() > 0).map(h -> new ChainHead(h.sequence(), h.hash())).orElse(null);
        AuditChainVerifier chain = new AuditChainVerifier(plainHead);
        Optional<AuditKeyRecord> bookKey = users.bookKey();
        List<AuditProblem> extra = new ArrayList<>();
        AuditSealCheck seals = null;
        if (bookKey.isPresent() && user.holdsAuditKey()) {
            if (!user.auditKey().keyCheck().equals(bookKey.get().keyCheck())) {
                extra.add(AuditSealCheck.keyReplaced());
            } else {
                seals = new AuditSealCheck(user.auditKey(), bookKey.get().sealedSequence(), head.orElse(null));
                for (AppUser u : users.all()) {
                    if (!AccountSeals.isSealed(u, user.auditKey())) {
                        extra.add(AuditSealCheck.userChanged(u.username()));
                    }
                }
            }
        }
        long total = Math.max(1, trail.count());
        long[] n = {0};
        AuditSealCheck sealCheck = seals;
        trail.forEachStored(stored -> {
            chain.accept(stored.entry());
            if (sealCheck != null) {
                sealCheck.accept(stored);
            }
            if (++n[0] % 1000 == 0) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("Verification of the audit trail was cancelled.");
                }
                progress.accept((double) n[0] / total);
            }
            return true;
        });
        progress.accept(1.0);
        AuditVerification result = chain.result();
        List<AuditProblem> all = new ArrayList<>(extra);
        all.addAll(result.problems());
        if (sealCheck != null) {
            all.addAll(sealCheck.result());
        }
        return new AuditVerification(result.entriesChecked(), all);
    }

    /** The head as it stands, to keep elsewhere as a witness against a later roll-back of the whole book. */
    public ChainHead head(SignedInUser user) {
        access.require(user, Permission.VIEW_AUDIT);
        return uow.read(() -> trail.head().map(h -> new ChainHead(h.sequence(), h.hash())).orElse(new ChainHead(0,
                com.orderdesk.logic.audit.AuditChain.GENESIS_HASH)));
    }

    /** Problems found comparing the trail with a head exported earlier (none when it is still there, unchanged). */
    public List<AuditProblem> checkWitness(SignedInUser user, ChainHead witness) {
        access.require(user, Permission.VIEW_AUDIT);
        if (witness.sequence() == 0) {
            return List.of();
        }
        return uow.read(() -> AuditSealCheck.checkWitness(witness, trail.hashAt(witness.sequence()).orElse(null)));
    }
}
