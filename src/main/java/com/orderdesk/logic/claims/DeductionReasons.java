package com.orderdesk.logic.claims;

import com.orderdesk.logic.cash.desk.DeductionReason;
import com.orderdesk.model.claims.ClaimReason;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The reason of a deduction case: the code the cash desk recorded when a person chose one; when the
 * code only says "as stated on the remittance" (the engine's AUTO postings), the words of the
 * remittance; when nothing is stated, UNEXPLAINED.
 */
public final class DeductionReasons {
    /** Remittance words that name a reason, checked in this order (first match wins). */
    private static final Map<Pattern, ClaimReason> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put(word("duplicate|dup bill|billed twice|double bill"), ClaimReason.DUPLICATE_BILLING);
        WORDS.put(word("damage[d]?|broken|crushed|leak(ing|ed)?"), ClaimReason.DAMAGED);
        WORDS.put(word("short(age)?|missing|qty|quantity|shorted"), ClaimReason.QUANTITY_SHORT);
        WORDS.put(word("not received|never received|non[- ]?receipt|no pod"), ClaimReason.NOT_RECEIVED);
        WORDS.put(word("price|pricing|overcharge[d]?|contract|cost diff"), ClaimReason.PRICING);
        WORDS.put(word("freight|shipping|delivery charge|fuel"), ClaimReason.FREIGHT);
        WORDS.put(word("tax|exempt"), ClaimReason.TAX);
        WORDS.put(word("promo(tion)?|allowance|co-?op|rebate|mdf"), ClaimReason.PROMOTION);
        WORDS.put(word("return(ed)?|rma"), ClaimReason.RETURN);
    }

    private DeductionReasons() {
    }

    private static Pattern word(String alternatives) {
        return Pattern.compile("\\b(" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    /** @param code the cash desk's reason code (a {@link DeductionReason} name), or null */
    public static ClaimReason of(String code, String remittanceText) {
        DeductionReason stated = null;
        if (code != null) {
            try {
                stated = DeductionReason.valueOf(code.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                stated = null; // a code this version does not know reads as "see the remittance"
            }
        }
        if (stated != null && stated != DeductionReason.REMITTANCE) {
            return switch (stated) {
                case PRICING -> ClaimReason.PRICING;
                case DAMAGED -> ClaimReason.DAMAGED;
                case SHORT_SHIP -> ClaimReason.QUANTITY_SHORT;
                case FREIGHT -> ClaimReason.FREIGHT;
                case PROMO -> ClaimReason.PROMOTION;
                case RETURN -> ClaimReason.RETURN;
                default -> ClaimReason.OTHER;
            };
        }
        return fromText(remittanceText);
    }

    /** The first reason the remittance's words name, else UNEXPLAINED. */
    public static ClaimReason fromText(String text) {
        if (text == null || text.isBlank()) {
            return ClaimReason.UNEXPLAINED;
        }
        for (Map.Entry<Pattern, ClaimReason> e : WORDS.entrySet()) {
            if (e.getKey().matcher(text).find()) {
                return e.getValue();
            }
        }
        return ClaimReason.UNEXPLAINED;
    }
}
