package com.orderdesk.logic.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.NodeType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Restocking fee, return node, deduction reasons, proposals and write-off approval. */
class ClaimRulesTest {
    @Test
    void theRestockingFeeIsThePercentageOfTheReturnedUnitsValue() {
        Money value = RestockingFee.valueOf(Money.of("109.90"), 10, 3);
        assertThat(value).isEqualTo(Money.of("32.97"));
        assertThat(RestockingFee.fee(value, new BigDecimal("15"), false)).isEqualTo(Money.of("4.95"));
        assertThat(RestockingFee.fee(value, new BigDecimal("15"), true)).isEqualTo(Money.ZERO);
        assertThat(RestockingFee.valueOf(Money.of("10.00"), 3, 3)).as("the whole line is its net").isEqualTo(Money.of("10.00"));
    }

    @Test
    void theNearestNodeThatTakesTheProductBackIsProposedSuppliersNever() {
        GeoPoint chicago = new GeoPoint(41.88, -87.63);
        List<NodeOption> nodes = List.of(
                new NodeOption(1, "SUP-CHI", "Supplier next door", NodeType.SUPPLIER, new GeoPoint(41.89, -87.63), true, true),
                new NodeOption(2, "ST-MKE", "Milwaukee store", NodeType.STORE, new GeoPoint(43.04, -87.91), true, false),
                new NodeOption(3, "DC-ATL", "Atlanta DC", NodeType.DC, new GeoPoint(33.75, -84.39), true, true),
                new NodeOption(4, "DC-IND", "Indianapolis DC", NodeType.DC, new GeoPoint(39.77, -86.16), true, true),
                new NodeOption(5, "DC-OLD", "Closed DC", NodeType.DC, new GeoPoint(41.9, -87.6), false, true));
        assertThat(ReturnNodes.proposal(chicago, nodes)).get().extracting(c -> c.node().code()).isEqualTo("DC-IND");
        assertThat(ReturnNodes.choices(chicago, nodes)).extracting(c -> c.node().code())
                .containsExactly("DC-IND", "DC-ATL", "ST-MKE");
        List<NodeOption> nobody = List.of(new NodeOption(2, "ST-MKE", "Milwaukee store", NodeType.STORE,
                new GeoPoint(43.04, -87.91), true, false), new NodeOption(3, "DC-ATL", "Atlanta DC", NodeType.DC,
                new GeoPoint(33.75, -84.39), true, false));
        assertThat(ReturnNodes.proposal(chicago, nobody)).get().extracting(c -> c.node().code())
                .as("no node carries it: the nearest warehouse").isEqualTo("DC-ATL");
    }

    @Test
    void theDeductionReasonIsTheCodeChosenElseTheRemittancesWordsElseUnexplained() {
        assertThat(DeductionReasons.of("SHORT_SHIP", "anything")).isEqualTo(ClaimReason.QUANTITY_SHORT);
        assertThat(DeductionReasons.of("REMITTANCE", "less 12.50 damaged goods")).isEqualTo(ClaimReason.DAMAGED);
        assertThat(DeductionReasons.of("REMITTANCE", "PRICE DIFF PER CONTRACT")).isEqualTo(ClaimReason.PRICING);
        assertThat(DeductionReasons.of("REMITTANCE", "co-op allowance Q3")).isEqualTo(ClaimReason.PROMOTION);
        assertThat(DeductionReasons.of("REMITTANCE", "INV 10234")).isEqualTo(ClaimReason.UNEXPLAINED);
        assertThat(DeductionReasons.of(null, null)).isEqualTo(ClaimReason.UNEXPLAINED);
        assertThat(DeductionReasons.of("SOMETHING_NEWER", "freight charge")).isEqualTo(ClaimReason.FREIGHT);
    }

    @Test
    void pricingIsValidOnlyForWhatTheContractPriceOnTheOrderDateExplains() {
        List<EvidenceLine> lines = List.of(
                new EvidenceLine(1, "A", "a", 10, "EA", Money.of("12.49"), BigDecimal.ZERO, Money.of("124.90"), true, 10, 10, 10,
                        Money.of("10.99")),
                new EvidenceLine(2, "B", "b", 4, "EA", Money.of("5.00"), new BigDecimal("10"), Money.of("18.00"), false, 4, 4, 4,
                        Money.of("4.00")),
                new EvidenceLine(3, "C", "c", 1, "EA", Money.of("7.00"), BigDecimal.ZERO, Money.of("7.00"), true, 1, 1, 1, null));
        Proposal p = ClaimProposer.propose(ClaimReason.PRICING, Money.of("50.00"), LocalDate.of(2026, 11, 16), lines,
                new BigDecimal("0.0625"));
        // A: 1.50 x 10 = 15.00 + 0.94 tax; B: 1.00 x 4 x 90 % = 3.60, untaxed
        assertThat(p.valid()).isEqualTo(Money.of("19.54"));
        // the order date as the evidence beside it writes dates (the reasons read "no contract price on 2026-11-16")
        assertThat(p.reasons()).anySatisfy(r -> assertThat(r).startsWith("C: no contract price on Nov 16, 2026;"))
                .noneSatisfy(r -> assertThat(r).containsPattern("\\d{4}-\\d\\d-\\d\\d"));
        assertThat(ClaimProposer.propose(ClaimReason.PRICING, Money.of("10.00"), null, lines, new BigDecimal("0.0625")).valid())
                .as("never more than claimed").isEqualTo(Money.of("10.00"));
        assertThat(ClaimProposer.propose(ClaimReason.TAX, Money.of("10.00"), null, lines, BigDecimal.ZERO).decided()).isFalse();
    }

    @Test
    void aClerkWritesOffWithinTheirLimitACreditManagerAnyAmount() {
        assertThat(WriteOffApproval.check("ar1", Money.of("25.00"), Money.of("25.00"), false)).isEmpty();
        assertThat(WriteOffApproval.check("ar1", Money.of("25.01"), Money.of("25.00"), false)).get().asString()
                .contains("above ar1's write-off limit of 25.00");
        assertThat(WriteOffApproval.check("ar1", Money.of("0.01"), null, false)).get().asString()
                .startsWith("ar1 has no write-off limit").contains("needs a credit manager").doesNotContain("0.00");
        assertThat(WriteOffApproval.check("ar1", Money.of("0.01"), Money.ZERO, false)).get().asString()
                .startsWith("ar1 has no write-off limit");
        assertThat(WriteOffApproval.check("carmen", Money.of("99999.00"), null, true)).isEmpty();
    }

    @Test
    void theQueueCountsByStatusReasonOwnerAgeAndAmount() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        List<ClaimRow> rows = List.of(
                new ClaimRow(1, "CASE-1", com.orderdesk.model.claims.ClaimKind.DEDUCTION, "C-1", "A", "INV-1", Money.of("50.00"),
                        ClaimReason.PRICING, null, com.orderdesk.model.claims.ClaimStatus.OPEN, today.minusDays(2), today, 0),
                new ClaimRow(2, "CASE-2", com.orderdesk.model.claims.ClaimKind.DISPUTE, "C-2", "B", "INV-2", Money.of("1500.00"),
                        ClaimReason.PRICING, "ar1", com.orderdesk.model.claims.ClaimStatus.RESEARCHING, today.minusDays(45), today, 0));
        ClaimCounts c = ClaimCounts.of(rows, today);
        assertThat(c.byReason().get(ClaimReason.PRICING).count()).isEqualTo(2);
        assertThat(c.byOwner()).containsKeys("(unassigned)", "ar1");
        assertThat(c.byAge().get("0-7 days").count()).isEqualTo(1);
        assertThat(c.byAge().get("31-60 days").amount()).isEqualTo(Money.of("1500.00"));
        assertThat(c.byAmount().get("1,000-9,999").count()).isEqualTo(1);
        assertThat(c.total().amount()).isEqualTo(Money.of("1550.00"));
        assertThat(rows.stream().filter(new ClaimFilter("inv-2", null, true, null, "ar1", 30L, Money.of("1000")).on(today)))
                .extracting(ClaimRow::number).containsExactly("CASE-2");
    }
}
