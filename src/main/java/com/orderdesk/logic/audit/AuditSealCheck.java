package com.orderdesk.logic.audit;

import com.orderdesk.logic.audit.AuditProblem.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the audit key proves about a stored trail, beside the hash chain
 * ({@link AuditChainVerifier}): every entry written by a signed-in user since the book was sealed
 * carries a MAC only the key can make, and so does the head that names the last of them. Someone
 * with the file but no password can therefore not rewrite or re-chain entries, cut the end and
 * move the head back, or raise a user's role, without it showing here. (Restoring a whole older
 * copy of the database is the one thing the file alone cannot show; an exported head, kept
 * elsewhere, catches it: {@link #checkWitness}.)
 */
public final class AuditSealCheck {
    /** Written before anyone holds the key: the only actions allowed without a seal. */
    public static final Set<String> UNKEYED_ACTIONS = Set.of(AuditActions.SIGN_IN_FAILED, AuditActions.SIGN_IN_THROTTLED);

    private final AuditKey key;
    private final long sealedSequence;
    private final List<AuditProblem> problems = new ArrayList<>();
    private String hashAtKeyedHead;
    private long keyedHeadSequence;
    private String keyedHeadHash;
    private long lastSealed;

    /** @param sealedSequence the trail's length when the book was sealed (older entries carry no seal) */
    public AuditSealCheck(AuditKey key, long sealedSequence, SealedHead head) {
        this.key = key;
        this.sealedSequence = sealedSequence;
        this.keyedHeadSequence = head == null ? 0 : head.keyedSequence();
        this.keyedHeadHash = head == null ? null : head.keyedHash();
        checkHead(head);
    }

    private void checkHead(SealedHead head) {
        if (head == null || head.keyedSequence() == 0) {
            return;
        }
        if (head.keyedSequence() > head.sequence()) {
            problems.add(new AuditProblem(Kind.HEAD_MOVED, head.sequence(), "The trail's head was moved back to entry "
                    + head.sequence() + " although entry " + head.keyedSequence() + " was written and sealed: entries were"
                    + " cut from the end."));
            return;
        }
        if (!key.verifies(AuditSeals.HEAD, AuditSeals.head(head.keyedSequence(), head.keyedHash()), head.mac())) {
            problems.add(new AuditProblem(Kind.HEAD_MOVED, head.keyedSequence(), "The trail's sealed head (entry "
                    + head.keyedSequence() + ") does not carry the key's seal: it was moved or rewritten without the key,"
                    + " so entries may have been cut from the end."));
        }
    }

    public void accept(StoredEntry stored) {
        AuditEntry e = stored.entry();
        long s = e.sequence();
        if (s == keyedHeadSequence) {
            hashAtKeyedHead = e.hash();
        }
        if (stored.mac() != null) {
            if (!key.verifies(AuditSeals.ENTRY, AuditSeals.entry(e.hash()), stored.mac())) {
                problems.add(new AuditProblem(Kind.FORGED, s, "Entry " + s + "'s seal does not match it: it was written"
                        + " or rewritten without the audit key."));
            } else {
                lastSealed = Math.max(lastSealed, s);
            }
        } else if (s > sealedSequence && !UNKEYED_ACTIONS.contains(e.action())) {
            problems.add(new AuditProblem(Kind.FORGED, s, "Entry " + s + " (" + e.action() + " by " + e.user()
                    + ") carries no seal although the book was sealed: it was added without the audit key."));
        }
    }

    /** The findings; call once after the last entry. */
    public List<AuditProblem> result() {
        List<AuditProblem> out = new ArrayList<>(problems);
        // a sealed head naming an entry that is gone: the chain's own head check reports the cut
        // (the head row still names it); a head moved below it was reported when the head was read
        if (hashAtKeyedHead != null && !hashAtKeyedHead.equals(keyedHeadHash)) {
            out.add(new AuditProblem(Kind.HEAD_MOVED, keyedHeadSequence, "Entry " + keyedHeadSequence
                    + " differs from the one the sealed head names: the trail up to it was rewritten."));
        }
        if (lastSealed > keyedHeadSequence) {
            out.add(new AuditProblem(Kind.HEAD_MOVED, keyedHeadSequence, "Sealed entries up to " + lastSealed
                    + " exist but the sealed head names entry " + keyedHeadSequence + ": the head was moved back."));
        }
        return out;
    }

    /** The one line the book's key record must match, else the key was replaced. */
    public static AuditProblem keyReplaced() {
        return new AuditProblem(Kind.KEY_REPLACED, 0, "The book's audit key record does not match the key your password"
                + " opens: it was replaced outside Order Desk, so no seal in this book can be trusted.");
    }

    public static AuditProblem userChanged(String userName) {
        return new AuditProblem(Kind.USER_CHANGED, 0, "User " + userName + "'s record (role, status or password) was"
                + " changed outside Order Desk: it no longer matches its seal.");
    }

    /**
     * Compares the trail with a head exported earlier and kept elsewhere: the entry at its sequence
     * must still be there with the same hash, else the book was rolled back to an older copy or rewritten.
     */
    public static List<AuditProblem> checkWitness(ChainHead witness, String hashNowAtWitnessSequence) {
        if (hashNowAtWitnessSequence == null) {
            return List.of(new AuditProblem(Kind.TRUNCATED, witness.sequence(), "Entry " + witness.sequence()
                    + ", the head exported as a witness, is not in this trail: the book is an older copy or was cut."));
        }
        if (!hashNowAtWitnessSequence.equals(witness.hash())) {
            return List.of(new AuditProblem(Kind.ALTERED, witness.sequence(), "Entry " + witness.sequence()
                    + " differs from the head exported as a witness: the trail up to it was rewritten."));
        }
        return List.of();
    }
}
