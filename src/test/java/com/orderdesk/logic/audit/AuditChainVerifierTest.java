package com.orderdesk.logic.audit;

import static com.orderdesk.logic.audit.AuditChainTest.T0;
import static com.orderdesk.logic.audit.AuditChainTest.chain;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.audit.AuditProblem.Kind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainVerifierTest {

    @Test
    void untouchedTrailIsIntact() {
        AuditVerification v = AuditChainVerifier.verify(chain(10));
        assertThat(v.intact()).isTrue();
        assertThat(v.entriesChecked()).isEqualTo(10);
        assertThat(v.summary()).isEqualTo("The audit trail is intact (10 entries checked).");
    }

    @Test
    void emptyTrailIsIntact() {
        assertThat(AuditChainVerifier.verify(List.of()).intact()).isTrue();
    }

    @Test
    void aChangedFieldIsReportedOnItsEntry() {
        List<AuditEntry> c = new ArrayList<>(chain(1300));
        c.set(1203, c.get(1203).withAfter("{\"status\":\"CANCELLED\"}"));
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.problems()).containsExactly(
                new AuditProblem(Kind.ALTERED, 1204, "Entry 1,204 was changed after it was written."));
        assertThat(v.problemsFor(1204)).hasSize(1);
        assertThat(v.problemsFor(1205)).isEmpty();
        assertThat(v.summary()).isEqualTo("The audit trail was tampered with (1,300 entries checked):"
                + " Entry 1,204 was changed after it was written.");
    }

    @Test
    void aChangedEntryWithARecomputedHashBreaksTheLinkToTheNext() {
        List<AuditEntry> c = new ArrayList<>(chain(6));
        AuditEntry changed = c.get(2).withAfter("{\"status\":\"CANCELLED\"}");
        changed = new AuditEntry(changed.sequence(), changed.timestamp(), changed.user(), changed.action(),
                changed.documentType(), changed.documentId(), changed.before(), changed.after(), changed.reason(),
                changed.previousHash(), AuditChain.hashOf(changed));
        c.set(2, changed);
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(Kind.BROKEN_LINK);
            assertThat(p.sequence()).isEqualTo(3);
            assertThat(p.message()).isEqualTo("The link between entries 3 and 4 is broken: entry 3 (or the link in"
                    + " the next one) was rewritten after it was written.");
        });
    }

    @Test
    void aDeletedEntryIsReportedMissing() {
        List<AuditEntry> c = new ArrayList<>(chain(8));
        c.remove(4); // entry 5
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.problems()).containsExactly(
                new AuditProblem(Kind.MISSING, 5, "Entry 5 is missing: it was removed from the trail."));
    }

    @Test
    void deletedRunsAreReportedAsRanges() {
        List<AuditEntry> c = new ArrayList<>(chain(12));
        c.subList(2, 5).clear();   // entries 3..5
        c.remove(c.size() - 3);    // entry 10
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.problems()).extracting(AuditProblem::message).containsExactly(
                "Entries 3 to 5 are missing: they were removed from the trail.",
                "Entry 10 is missing: it was removed from the trail.");
    }

    @Test
    void deletingTheFirstEntryIsReported() {
        List<AuditEntry> c = new ArrayList<>(chain(4));
        c.remove(0);
        assertThat(AuditChainVerifier.verify(c).problems()).extracting(AuditProblem::kind, AuditProblem::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.MISSING, 1L));
    }

    @Test
    void aSwappedPairIsReportedOutOfOrderAndNothingElse() {
        List<AuditEntry> c = new ArrayList<>(chain(6));
        Collections.swap(c, 2, 3); // stored 1,2,4,3,5,6
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.problems()).containsExactly(new AuditProblem(Kind.OUT_OF_ORDER, 3,
                "Entry 3 is stored after entry 4: the entries were reordered."));
    }

    @Test
    void swappingTheSequenceNumbersOfTwoEntriesIsReportedOnBoth() {
        List<AuditEntry> c = new ArrayList<>(chain(6));
        AuditEntry third = c.get(2);
        AuditEntry fourth = c.get(3);
        c.set(2, renumber(fourth, 3));
        c.set(3, renumber(third, 4));
        AuditVerification v = AuditChainVerifier.verify(c);
        assertThat(v.intact()).isFalse();
        assertThat(v.problems()).filteredOn(p -> p.kind() == Kind.ALTERED)
                .extracting(AuditProblem::sequence).containsExactly(3L, 4L);
    }

    @Test
    void aDuplicatedEntryIsReported() {
        List<AuditEntry> c = new ArrayList<>(chain(4));
        c.add(2, c.get(1));
        assertThat(AuditChainVerifier.verify(c).problems()).extracting(AuditProblem::message)
                .contains("Entry 2 is stored more than once.");
    }

    @Test
    void cutOffTailIsOnlyVisibleAgainstTheRecordedHead() {
        List<AuditEntry> full = chain(10);
        ChainHead head = ChainHead.of(full.get(9));
        List<AuditEntry> cut = full.subList(0, 7);
        assertThat(AuditChainVerifier.verify(cut).intact()).as("the chain alone cannot see a cut tail").isTrue();
        assertThat(AuditChainVerifier.verify(cut, head).problems()).containsExactly(new AuditProblem(Kind.TRUNCATED,
                8, "Entries 8 to 10 are missing from the end of the trail (10 entries were recorded)."));
        assertThat(AuditChainVerifier.verify(full, head).intact()).isTrue();
    }

    @Test
    void aWholeRewrittenTrailIsCaughtByTheRecordedHead() {
        List<AuditEntry> original = chain(5);
        ChainHead head = ChainHead.of(original.get(4));
        // an attacker rebuilds the whole chain with one reason changed and fresh hashes
        List<AuditEntry> forged = new ArrayList<>();
        AuditEntry prev = null;
        for (AuditEntry e : original) {
            String reason = e.sequence() == 2 ? "Approved by phone" : e.reason();
            prev = AuditChain.append(prev, new AuditEvent(e.user(), e.action(), e.documentType(), e.documentId(),
                    e.before(), e.after(), reason), e.timestamp());
            forged.add(prev);
        }
        assertThat(AuditChainVerifier.verify(forged).intact()).isTrue();
        assertThat(AuditChainVerifier.verify(forged, head).problems()).extracting(AuditProblem::kind)
                .containsExactly(Kind.ALTERED);
    }

    @Test
    void streamingUseGivesTheSameAnswer() {
        List<AuditEntry> c = new ArrayList<>(chain(5));
        c.remove(1);
        AuditChainVerifier v = new AuditChainVerifier();
        c.forEach(v::accept);
        assertThat(v.result()).isEqualTo(AuditChainVerifier.verify(c));
    }

    private static AuditEntry renumber(AuditEntry e, long sequence) {
        return new AuditEntry(sequence, e.timestamp(), e.user(), e.action(), e.documentType(), e.documentId(),
                e.before(), e.after(), e.reason(), e.previousHash(), e.hash());
    }

    @Test
    void timestampsStayTheSameInstantAfterAppend() {
        assertThat(chain(2).get(1).timestamp()).isEqualTo(T0.plusSeconds(2));
    }
}
