package com.orderdesk.logic.audit;

import com.orderdesk.logic.audit.AuditProblem.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Checks a stored audit trail, fed in storage order (e.g. by row id, not sorted by sequence, so a
 * reordering shows). Streaming: entries can be read from a cursor; memory stays small when the
 * order is right (one bit per sequence plus the links still waiting for their partner).
 *
 * <p>What it reports: an entry whose content no longer matches its hash (changed); a link between
 * two neighbours that does not match (an entry rewritten with a fresh hash); sequence numbers
 * absent between 1 and the highest (removed); entries stored out of order; duplicates; and, given
 * the head recorded elsewhere, entries cut off the end or a rewritten tail.
 */
public final class AuditChainVerifier {
    private final ChainHead expectedHead;
    private final List<AuditProblem> problems = new ArrayList<>();
    private final BitSet seen = new BitSet();
    /** Stored hash of entry n while entry n+1 has not been read yet. */
    private final Map<Long, String> hashAwaitingSuccessor = new HashMap<>();
    /** Previous hash claimed by entry n while entry n-1 has not been read yet. */
    private final Map<Long, String> linkAwaitingPredecessor = new HashMap<>();
    private long count;
    private long highest;
    private long lastStored;
    private String headHashSeen;

    public AuditChainVerifier() {
        this(null);
    }

    /** @param expectedHead the head recorded outside the table, or {@code null} when there is none */
    public AuditChainVerifier(ChainHead expectedHead) {
        this.expectedHead = expectedHead;
    }

    public static AuditVerification verify(Iterable<AuditEntry> storedOrder) {
        return verify(storedOrder, null);
    }

    public static AuditVerification verify(Iterable<AuditEntry> storedOrder, ChainHead expectedHead) {
        AuditChainVerifier v = new AuditChainVerifier(expectedHead);
        storedOrder.forEach(v::accept);
        return v.result();
    }

    public void accept(AuditEntry e) {
        Objects.requireNonNull(e, "entry");
        count++;
        long s = e.sequence();
        if (!AuditChain.isSelfConsistent(e)) {
            problems.add(new AuditProblem(Kind.ALTERED, s, "Entry " + n(s) + " was changed after it was written."));
        }
        if (s < 1 || s > Integer.MAX_VALUE) {
            problems.add(new AuditProblem(Kind.ALTERED, s, "An entry carries the impossible sequence number "
                    + n(s) + "."));
            return;
        }
        if (seen.get((int) s)) {
            problems.add(new AuditProblem(Kind.DUPLICATE, s, "Entry " + n(s) + " is stored more than once."));
            return;
        }
        seen.set((int) s);
        if (lastStored > s) {
            problems.add(new AuditProblem(Kind.OUT_OF_ORDER, s, "Entry " + n(s) + " is stored after entry "
                    + n(lastStored) + ": the entries were reordered."));
        }
        lastStored = s;
        highest = Math.max(highest, s);
        if (expectedHead != null && s == expectedHead.sequence()) {
            headHashSeen = e.hash();
        }
        linkToPredecessor(e);
        linkToSuccessor(e);
    }

    private void linkToPredecessor(AuditEntry e) {
        long s = e.sequence();
        if (s == 1) {
            if (!AuditChain.GENESIS_HASH.equals(e.previousHash())) {
                problems.add(new AuditProblem(Kind.BROKEN_LINK, 1, "Entry 1 does not start the trail: it links to"
                        + " an earlier entry, so entries before it were removed or it was rewritten."));
            }
            return;
        }
        String predecessorHash = hashAwaitingSuccessor.remove(s - 1);
        if (predecessorHash != null) {
            checkLink(s - 1, predecessorHash, e.previousHash());
        } else {
            linkAwaitingPredecessor.put(s, String.valueOf(e.previousHash()));
        }
    }

    private void linkToSuccessor(AuditEntry e) {
        long s = e.sequence();
        String successorClaim = linkAwaitingPredecessor.remove(s + 1);
        if (successorClaim != null) {
            checkLink(s, e.hash(), successorClaim);
        } else {
            hashAwaitingSuccessor.put(s, String.valueOf(e.hash()));
        }
    }

    private void checkLink(long earlier, String earlierHash, String laterClaims) {
        if (!Objects.equals(earlierHash, laterClaims)) {
            problems.add(new AuditProblem(Kind.BROKEN_LINK, earlier, "The link between entries " + n(earlier)
                    + " and " + n(earlier + 1) + " is broken: entry " + n(earlier)
                    + " (or the link in the next one) was rewritten after it was written."));
        }
    }

    /** The report; call once after the last entry. */
    public AuditVerification result() {
        List<AuditProblem> all = new ArrayList<>(problems);
        reportGaps(all);
        if (expectedHead != null) {
            reportHead(all);
        }
        all.sort(Comparator.comparingLong(AuditProblem::sequence).thenComparing(AuditProblem::kind));
        return new AuditVerification(count, all);
    }

    private void reportGaps(List<AuditProblem> out) {
        int from = seen.nextClearBit(1);
        while (from < highest) {
            int to = Math.min(seen.nextSetBit(from) - 1, (int) highest - 1);
            out.add(new AuditProblem(Kind.MISSING, from, from == to
                    ? "Entry " + n(from) + " is missing: it was removed from the trail."
                    : "Entries " + n(from) + " to " + n(to) + " are missing: they were removed from the trail."));
            from = seen.nextClearBit(to + 1);
        }
    }

    private void reportHead(List<AuditProblem> out) {
        long head = expectedHead.sequence();
        if (highest < head) {
            out.add(new AuditProblem(Kind.TRUNCATED, highest + 1, "Entries " + n(highest + 1) + " to " + n(head)
                    + " are missing from the end of the trail (" + n(head) + " entries were recorded)."));
        } else if (headHashSeen != null && !headHashSeen.equals(expectedHead.hash())) {
            out.add(new AuditProblem(Kind.ALTERED, head, "Entry " + n(head) + " differs from the one recorded"
                    + " when it was the last: the trail up to it was rewritten."));
        }
    }

    private static String n(long number) {
        return String.format(Locale.US, "%,d", number);
    }
}
