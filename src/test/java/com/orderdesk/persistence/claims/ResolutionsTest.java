package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.application.claims.Resolution;
import com.orderdesk.application.claims.ResolutionResult;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.SettlementPlan;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.model.claims.ClaimCase;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceStatus;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each resolution's effect on the invoice: it settles the open amount once, and only its own
 * counter-document undoes it (the case can then be resolved again).
 */
class ResolutionsTest {
    @TempDir
    Path dir;
    private ClaimsFixture f;

    @BeforeEach
    void setUp() {
        f = new ClaimsFixture(dir);
    }

    @AfterEach
    void tearDown() {
        f.book.db.close();
    }

    /** Acme pays INV-010001 (231.13) less a 20.00 deduction: the invoice is closed, 20.00 parked on CASE-100001. */
    private ClaimRow deduction() {
        f.payWithDeduction("INV-010001", "211.13", "20.00", "DAMAGED", null, TestBook.TODAY);
        return row();
    }

    private ClaimRow row() {
        return f.claims().queue(f.ar()).rows().get(0);
    }

    private String money(String invoice) {
        Invoice i = f.invoice(invoice);
        return i.status() + " open " + i.openAmount() + " credited " + i.credited();
    }

    @Test
    void validCreditsTheDeductionOnceAndTheRebillPutsItBackOnTheCase() {
        ClaimRow c = deduction();
        ResolutionResult r = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.valid(Money.of("20.00"), "Photos"));

        assertThat(r.status()).isEqualTo(ClaimStatus.RESOLVED_VALID);
        assertThat(r.documents()).containsExactly("CM-001001");
        assertThat(money("INV-010001")).isEqualTo("PAID open 0.00 credited 20.00");
        // the memo's reason prints on it: its amount in the house form of paper (ux.md), it read "found valid for 20.00"
        String memoReason = f.book.db.read(s -> s.createSelectionQuery("select m.reason from CreditMemo m where m.number = 'CM-001001'",
                String.class).getSingleResult());
        assertThat(memoReason).contains("found valid for USD 20.00. Photos");
        assertThat(f.claim("CASE-100001").parked()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> f.claims().resolve(f.ar(), row().id(), row().version(), Resolution.valid(Money.of("20.00"), "again")))
                .hasMessageContaining("reverse its resolution before resolving it again");

        ResolutionResult back = f.claims().reverse(f.ar(), row().id(), row().version(), "Carrier paid the claim instead");
        assertThat(back.documents()).containsExactly("CB-001001");
        assertThat(back.status()).isEqualTo(ClaimStatus.RESEARCHING);
        assertThat(f.claim("CASE-100001").parked()).as("owed on the case again").isEqualTo(Money.of("20.00"));
        assertThat(money("INV-010001")).as("the memo stands; the rebill balances it").isEqualTo("PAID open 0.00 credited 20.00");
        assertThatThrownBy(() -> f.claims().reverse(f.ar(), row().id(), row().version(), "twice"))
                .hasMessageContaining("has no resolution in force");
        assertThat(f.count("claim_settlement")).isEqualTo(2);
    }

    @Test
    void invalidChargesBackTheDeductionOntoTheInvoiceAndTheCancellationTakesItBack() {
        ClaimRow c = deduction();
        ResolutionResult r = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("No damage reported at delivery"));

        assertThat(r.documents()).containsExactly("CB-001001");
        assertThat(r.status()).isEqualTo(ClaimStatus.RESOLVED_INVALID);
        assertThat(money("INV-010001")).as("the amount stays due").isEqualTo("PARTLY_PAID open 20.00 credited 0.00");
        assertThat(f.claim("CASE-100001").parked()).isEqualTo(Money.ZERO);

        ResolutionResult back = f.claims().reverse(f.ar(), row().id(), row().version(), "Customer sent the delivery receipt");
        assertThat(back.documents()).containsExactly("CB-001002");
        assertThat(money("INV-010001")).isEqualTo("PAID open 0.00 credited 0.00");
        assertThat(f.claim("CASE-100001").parked()).isEqualTo(Money.of("20.00"));

        // resolved again, partly: 12.00 valid, 8.00 charged back
        ResolutionResult again = f.claims().resolve(f.ar(), row().id(), row().version(),
                new Resolution(Money.of("12.00"), SettlementPlan.Rest.CHARGEBACK, "Two boxes of five proven"));
        assertThat(again.status()).isEqualTo(ClaimStatus.RESOLVED_PARTLY_VALID);
        assertThat(again.documents()).containsExactly("CM-001001", "CB-001003");
        assertThat(money("INV-010001")).isEqualTo("PARTLY_PAID open 8.00 credited 12.00");
    }

    @Test
    void aChargebackAlreadyPaidCannotBeCancelled() {
        ClaimRow c = deduction();
        f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("Not valid"));
        f.payWithDeduction("INV-010001", "20.00", "0", null, null, TestBook.TODAY);
        assertThatThrownBy(() -> f.claims().reverse(f.ar(), row().id(), row().version(), "oops"))
                .hasMessageContaining("CB-001001 cannot be undone").hasMessageContaining("paid it since");
    }

    @Test
    void writeOffsNeedTheUsersLimitOrACreditManager() {
        ClaimRow c = deduction();
        String fingerprint = money("INV-010001") + f.count("claim_settlement") + f.count("audit_entry");
        assertThatThrownBy(() -> f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.writeOff("Too small to chase")))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("ar1 has no write-off limit");
        assertThat(money("INV-010001") + f.count("claim_settlement") + f.count("audit_entry")).isEqualTo(fingerprint);

        f.services.writeOffLimits().set(f.book.admin(), "ar1", Money.of("15.00"), "New AR clerk");
        assertThatThrownBy(() -> f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.writeOff("Too small to chase")))
                .isInstanceOf(NotAuthorizedException.class).hasMessageContaining("limit of 15.00");
        f.services.writeOffLimits().set(f.book.admin(), "ar1", Money.of("25.00"), "Raised");
        ResolutionResult r = f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.writeOff("Too small to chase"));
        assertThat(r.documents()).containsExactly("WO-001001");
        assertThat(money("INV-010001")).isEqualTo("PAID open 0.00 credited 0.00");
        assertThat(f.claim("CASE-100001").parked()).isEqualTo(Money.ZERO);
    }

    @Test
    void aCreditManagerWritesOffWhatIsAboveTheClerksLimit() {
        ClaimRow c = deduction();
        ResolutionResult r = f.claims().resolve(f.manager(), c.id(), c.version(), Resolution.writeOff("Goodwill, key account"));
        assertThat(r.status()).isEqualTo(ClaimStatus.RESOLVED_INVALID);
        assertThat(r.documents()).containsExactly("WO-001001");
        assertThatThrownBy(() -> f.claims().reverse(f.manager(), row().id(), row().version(), "x"))
                .as("a credit manager writes off but does not work cases").isInstanceOf(NotAuthorizedException.class);
    }

    @Test
    void aDisputeStaysInTheInvoiceUntilResolvedThenTheCreditOrWriteOffLowersIt() {
        String n = f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.PRICING, Money.of("15.94"),
                "Contract price is 10.99"));
        assertThat(n).isEqualTo("CASE-100001");
        assertThat(money("INV-010002")).isEqualTo("OPEN open 132.71 credited 0.00");
        assertThatThrownBy(() -> f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.OTHER,
                Money.of("120.00"), null))).hasMessageContaining("15.94 of it already in dispute, 116.77 left");

        f.claims().resolve(f.ar(), row().id(), row().version(), Resolution.valid(Money.of("15.94"), "Contract price applies"));
        assertThat(money("INV-010002")).isEqualTo("OPEN open 116.77 credited 15.94");
        f.claims().reverse(f.ar(), row().id(), row().version(), "Contract had expired");
        assertThat(money("INV-010002")).isEqualTo("OPEN open 132.71 credited 15.94");

        f.services.writeOffLimits().set(f.book.admin(), "ar1", Money.of("100.00"), null);
        f.claims().resolve(f.ar(), row().id(), row().version(), Resolution.writeOff("Not worth the dispute"));
        assertThat(money("INV-010002")).isEqualTo("PARTLY_PAID open 116.77 credited 15.94");
        ClaimCase c = f.claim("CASE-100001");
        assertThat(c.status()).isEqualTo(ClaimStatus.RESOLVED_INVALID);
        f.claims().close(f.ar(), c.id(), c.version(), "Done");
        assertThat(f.claim("CASE-100001").status()).isEqualTo(ClaimStatus.CLOSED);
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveASettlement() {
        ClaimRow c = deduction();
        f.claims().resolve(f.ar(), c.id(), c.version(), Resolution.invalid("Not valid"));
        for (String sql : new String[] {"UPDATE claim_settlement SET amount_cents = 1", "DELETE FROM claim_settlement"}) {
            assertThatThrownBy(() -> f.book.db.write(s -> s.createNativeMutationQuery(sql).executeUpdate()))
                    .hasStackTraceContaining("a case settlement never changes: reverse it with its counter-document");
        }
        assertThat(f.count("claim_settlement")).isEqualTo(1);
    }

    @Test
    void everyDecisionIsAuditedAndWrittenInTheCasesHistory() {
        ClaimRow c = deduction();
        f.claims().assign(f.ar(), c.id(), c.version(), "ar1");
        f.claims().moveTo(f.ar(), c.id(), row().version(), ClaimStatus.WAITING_ON_CUSTOMER, "Asked for photos");
        f.claims().reclassify(f.ar(), c.id(), row().version(), ClaimReason.QUANTITY_SHORT, "They meant short");
        f.claims().addNote(f.ar(), c.id(), "Called Dana, photos promised by Friday");
        f.claims().resolve(f.ar(), c.id(), row().version(), Resolution.invalid("No proof sent"));
        var e = f.claims().evidence(f.ar(), c.id());
        assertThat(e.history()).extracting(h -> h.text()).hasSize(6).anySatisfy(t -> assertThat(t).startsWith("Assigned to ar1"))
                .anySatisfy(t -> assertThat(t).contains("Waiting on customer. Asked for photos"))
                .anySatisfy(t -> assertThat(t).contains("Called Dana"));
        assertThat(e.settlements()).singleElement().satisfies(s -> assertThat(s.documentNumber()).isEqualTo("CB-001001"));
        long audited = f.book.db.read(s -> s.createSelectionQuery("select count(a) from AuditRecord a where a.documentId = 'CASE-100001'",
                Long.class).getSingleResult());
        assertThat(audited).isEqualTo(6); // opened, assigned, status, reason, note, resolved
        assertThat(f.services.auditTrail().verify(f.book.admin(), p -> { }, () -> false).intact()).isTrue();
    }
}
