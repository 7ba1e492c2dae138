package com.orderdesk.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ReturnReason;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The demo's notes fit their claim's or return's reason (tour12: "Contract price confirmed." resolved a
 * not-received claim, "Half the cartons were damaged" a tax claim, a not-ordered return was "crushed in transit").
 */
class DemoClaimNotesTest {
    /** The word that says what a claim is about; a note on another reason must not say it. */
    private static final Map<ClaimReason, String> TOPIC = Map.of(ClaimReason.PRICING, "price",
            ClaimReason.QUANTITY_SHORT, "short", ClaimReason.DAMAGED, "damage", ClaimReason.NOT_RECEIVED, "deliver",
            ClaimReason.FREIGHT, "freight", ClaimReason.TAX, "tax", ClaimReason.DUPLICATE_BILLING, "twice");
    private static final List<Function<ClaimReason, String>> NOTES = List.of(DemoClaimNotes::researching,
            DemoClaimNotes::waiting, DemoClaimNotes::valid, DemoClaimNotes::invalid, DemoClaimNotes::partlyValid);

    @Test
    void everyClaimNoteSpeaksOfItsReasonAndOfNoOther() {
        for (ClaimReason reason : ClaimsDemo.reasons()) {
            for (Function<ClaimReason, String> note : NOTES) {
                String text = note.apply(reason).toLowerCase(Locale.ROOT);
                if (TOPIC.containsKey(reason)) {
                    assertThat(text).as("a %s note", reason).contains(TOPIC.get(reason));
                }
                TOPIC.forEach((other, word) -> {
                    if (other != reason) {
                        assertThat(text).as("a %s note", reason).doesNotContain(word);
                    }
                });
            }
        }
    }

    @Test
    void damagedOrDefectiveReturnsAreScrappedAndTheRestGoBackToStock() {
        for (ReturnReason reason : ReturnReason.values()) {
            boolean broken = reason == ReturnReason.DAMAGED || reason == ReturnReason.DEFECTIVE;
            for (DemoClaimNotes.Receipt r : List.of(DemoClaimNotes.received(reason), DemoClaimNotes.firstReceived(reason))) {
                String note = r.note().toLowerCase(Locale.ROOT);
                assertThat(r.toStock()).as("%s to stock (%s)", reason, r.note()).isEqualTo(!broken);
                assertThat(note).as("a %s return's note", reason)
                        .contains(reason == ReturnReason.DAMAGED ? "damage" : reason == ReturnReason.DEFECTIVE ? "defect" : "unopened");
                if (!broken) {
                    assertThat(note).as("a %s return's note", reason).doesNotContain("damage", "crushed", "defect");
                }
            }
        }
    }
}
