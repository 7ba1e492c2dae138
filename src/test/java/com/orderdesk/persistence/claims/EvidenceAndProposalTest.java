package com.orderdesk.persistence.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.claims.DisputeRequest;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.ClaimRow;
import com.orderdesk.logic.claims.RootCauses;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence beside a case and what the book proposes from it. */
class EvidenceAndProposalTest {
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

    private ClaimEvidence evidenceOfNewest() {
        ClaimRow row = f.claims().queue(f.ar()).rows().get(0);
        return f.claims().evidence(f.ar(), row.id());
    }

    @Test
    void aPricingDeductionIsValidForTheContractPriceOnTheOrderDateBelowTheInvoicedPrice() {
        f.payWithDeduction("INV-010002", "112.71", "20.00", "PRICING", null, TestBook.TODAY);

        ClaimEvidence e = evidenceOfNewest();

        assertThat(e.lines()).singleElement().satisfies(l -> {
            assertThat(l.unitPrice()).isEqualTo(Money.of("12.49"));
            assertThat(l.contractPrice()).as("valid on the order date").isEqualTo(Money.of("10.99"));
        });
        // (12.49 - 10.99) x 10 = 15.00, tax 6.25 % 0.94: 15.94 of the 20.00 claimed
        assertThat(e.proposal().valid()).isEqualTo(Money.of("15.94"));
        assertThat(e.proposal().reasons()).anySatisfy(r -> assertThat(r).contains("10 x 1.50 = 15.00 over + 0.94 tax"))
                .anySatisfy(r -> assertThat(r).contains("4.06 is not explained by the price difference"));
        assertThat(e.payment().number()).startsWith("PMT-");
        assertThat(e.payment().deduction()).isEqualTo(Money.of("20.00"));
        assertThat(e.order().number()).isEqualTo("SO-100002");
    }

    @Test
    void aShortageClaimIsValidUpToWhatWasBilledButNotShippedAndTheShortPickIsShown() {
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.QUANTITY_SHORT, Money.of("30.00"),
                "Only 8 boxes arrived"));

        ClaimEvidence e = evidenceOfNewest();

        assertThat(e.shipments()).singleElement().satisfies(sh -> {
            assertThat(sh.billedHere()).isTrue();
            assertThat(sh.carrier()).isEqualTo("UPS");
            assertThat(sh.lines()).singleElement().satisfies(l -> assertThat(l.shortPick()).isTrue());
        });
        // 2 of the 10 billed at 124.90 = 24.98, tax 1.56
        assertThat(e.proposal().valid()).isEqualTo(Money.of("26.54"));
    }

    @Test
    void aReasonTheBookCannotJudgeIsLeftToAPersonAndEarlierCasesAreShown() {
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010001", ClaimReason.FREIGHT, Money.of("9.50"), null));
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.DAMAGED, Money.of("12.49"), null));

        ClaimEvidence e = evidenceOfNewest();

        assertThat(e.proposal().decided()).isFalse();
        assertThat(e.earlier()).extracting(ClaimEvidence.Earlier::number).containsExactly("CASE-100001");
        assertThat(e.history()).singleElement().satisfies(h -> assertThat(h.text()).startsWith("Dispute of 12.49 on INV-010002"));
    }

    @Test
    void theRootCauseViewCountsByReasonCustomerProductAndNode() {
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010001", ClaimReason.DAMAGED, Money.of("21.75"), null));
        f.claims().openDispute(f.clerk(), new DisputeRequest("INV-010002", ClaimReason.DAMAGED, Money.of("12.49"), null));
        f.payWithDeduction("INV-010002", "110.22", "10.00", "PRICING", null, TestBook.TODAY);

        List<RootCauses.Row> byReason = f.claims().rootCauses(f.ar(), TestBook.TODAY.minusDays(30), TestBook.TODAY,
                RootCauses.Dimension.REASON);
        assertThat(byReason).extracting(r -> r.key() + " " + r.cases() + " " + r.amount())
                .containsExactly("DAMAGED 2 34.24", "PRICING 1 10.00");
        List<RootCauses.Row> byProduct = f.claims().rootCauses(f.ar(), TestBook.TODAY.minusDays(30), TestBook.TODAY,
                RootCauses.Dimension.PRODUCT);
        // 21.75 over INV-010001's lines by net (109.90 : 107.63) = 10.99 + 10.76; the rest all gloves
        assertThat(byProduct).extracting(r -> r.key() + " " + r.cases() + " " + r.amount())
                .containsExactly("GLV-NIT-L 3 33.48", "TWL-ROLL-8 1 10.76");
        assertThat(f.claims().rootCauses(f.ar(), TestBook.TODAY.minusDays(30), TestBook.TODAY, RootCauses.Dimension.NODE))
                .extracting(r -> r.key() + " " + r.cases()).containsExactly("DC-ATL 3");
        assertThat(f.claims().rootCauses(f.ar(), TestBook.TODAY.plusDays(1), TestBook.TODAY.plusDays(9),
                RootCauses.Dimension.CUSTOMER)).isEmpty();
    }
}
