package com.orderdesk.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    static final Instant T0 = Instant.parse("2026-11-26T08:00:00Z");

    /** A chain of n entries, one second apart. */
    static List<AuditEntry> chain(int n) {
        List<AuditEntry> out = new ArrayList<>();
        AuditEntry prev = null;
        for (int i = 1; i <= n; i++) {
            AuditEvent ev = AuditEvent.of("mgarcia", "CREDIT_RELEASE", "ORDER", "SO-" + i)
                    .withChange("{\"status\":\"CREDIT_HOLD\"}", "{\"status\":\"RELEASED\"}")
                    .withReason("Paid by wire " + i);
            prev = AuditChain.append(prev, ev, T0.plusSeconds(i));
            out.add(prev);
        }
        return out;
    }

    @Test
    void entriesAreNumberedAndLinked() {
        List<AuditEntry> c = chain(3);
        assertThat(c).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(c.get(0).previousHash()).isEqualTo(AuditChain.GENESIS_HASH);
        assertThat(c.get(1).previousHash()).isEqualTo(c.get(0).hash());
        assertThat(c.get(2).previousHash()).isEqualTo(c.get(1).hash());
        assertThat(c).allSatisfy(e -> {
            assertThat(e.hash()).matches("[0-9a-f]{64}");
            assertThat(AuditChain.isSelfConsistent(e)).isTrue();
        });
    }

    @Test
    void canonicalFormIsLengthPrefixedAndVersioned() {
        AuditEntry e = AuditChain.append(null,
                new AuditEvent("mgarcia", "CREDIT_LIMIT_CHANGE", "CUSTOMER", "C-7", null, "", "Größer"), T0);
        assertThat(AuditChain.canonical(e)).isEqualTo("""
                orderdesk-audit-v1
                sequence:1
                timestamp:1795680000000
                user:7:mgarcia
                action:19:CREDIT_LIMIT_CHANGE
                documentType:8:CUSTOMER
                documentId:3:C-7
                before:~
                after:0:
                reason:8:Größer
                previousHash:64:%s
                """.formatted(AuditChain.GENESIS_HASH));
    }

    @Test
    void hashOfAKnownEntryNeverChanges() {
        // stored trails depend on this exact form: a change here would flag every existing entry
        AuditEntry e = AuditChain.append(null, AuditEvent.of("jdoe", "SIGN_IN", null, null), T0);
        // frozen value, cross-checked with `printf '<canonical form>' | sha256sum`
        assertThat(e.hash()).isEqualTo(GoldenHash.SIGN_IN_AT_T0);
    }

    @Test
    void movingTextBetweenFieldsOrNullVersusEmptyChangesTheHash() {
        AuditEntry a = AuditChain.append(null, new AuditEvent("u", "A", "ab", "c", null, null, null), T0);
        AuditEntry b = AuditChain.append(null, new AuditEvent("u", "A", "a", "bc", null, null, null), T0);
        AuditEntry c = AuditChain.append(null, new AuditEvent("u", "A", "ab", "c", "", null, null), T0);
        assertThat(a.hash()).isNotEqualTo(b.hash()).isNotEqualTo(c.hash());
    }

    @Test
    void timestampIsKeptToTheMillisecondSoADatabaseRoundTripStillVerifies() {
        AuditEntry e = AuditChain.append(null, AuditEvent.of("u", "A", null, null), T0.plusNanos(1_234_567));
        assertThat(e.timestamp()).isEqualTo(T0.plusMillis(1));
        AuditEntry reloaded = new AuditEntry(e.sequence(), Instant.ofEpochMilli(e.timestamp().toEpochMilli()),
                e.user(), e.action(), e.documentType(), e.documentId(), e.before(), e.after(), e.reason(),
                e.previousHash(), e.hash());
        assertThat(AuditChain.isSelfConsistent(reloaded)).isTrue();
    }

    @Test
    void anEventNeedsUserAndAction() {
        assertThatThrownBy(() -> AuditEvent.of(" ", "X", null, null))
                .hasMessage("An audit entry needs the user who acted.");
        assertThatThrownBy(() -> AuditEvent.of("u", null, null, null)).hasMessage("An audit entry needs an action.");
    }
}
