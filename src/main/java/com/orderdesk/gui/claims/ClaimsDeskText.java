package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.claims.ClaimEvidence;
import com.orderdesk.logic.claims.Proposal;
import com.orderdesk.model.common.Money;
import java.util.List;

/** The claims desk's words and its "at least" filter numbers, in plain Java (no JavaFX). */
final class ClaimsDeskText {
    private ClaimsDeskText() {
    }

    /** Which filter field did not read as a number, if any. */
    enum BadField { NONE, AGE, AMOUNT }

    /** The minimum age and amount typed (null when blank or not read) and the field to mark. */
    record FilterNumbers(Long minAge, Money minAmount, BadField bad) {
    }

    /**
     * Reads the minimum age, then the minimum amount; a half-typed number does not filter yet. The
     * amount is not read when the age is not (the age field is the one marked then).
     */
    static FilterNumbers filterNumbers(String ageText, String amountText, Formats formats) {
        Long age = null;
        try {
            age = ageText.isBlank() ? null : formats.parseQuantity(ageText);
        } catch (IllegalArgumentException e) {
            return new FilterNumbers(null, null, BadField.AGE);
        }
        try {
            Money min = amountText.isBlank() ? null : Money.of(formats.parseMoney(amountText));
            return new FilterNumbers(age, min, BadField.NONE);
        } catch (IllegalArgumentException e) {
            return new FilterNumbers(age, null, BadField.AMOUNT);
        }
    }

    /** The verdict beside the actions: "Proposal: valid 40.00 of 100.00." or "Proposal: a person decides.". */
    static String proposal(Proposal p, Money caseAmount, Formats formats) {
        return p.decided() ? Messages.get("claims.proposal.valid", formats.money(p.valid()), formats.money(caseAmount))
                : Messages.get("claims.proposal.person");
    }

    /** What the valid-amount field starts with: the proposed amount, or the whole case. */
    static String validField(Proposal p, Money caseAmount, Formats formats) {
        return formats.money(p.decided() ? p.valid() : caseAmount);
    }

    /**
     * The status bar after a load, counting what the queue shows: "7 of 15 cases shown" while the
     * filter hides some ("15 cases" when it hides none), then what the load did: "; 2 opened for
     * short payments left unexplained; 1 damaged rows left out".
     */
    static String loaded(int shown, int cases, int sweptOpen, int damaged) {
        return (shown == cases ? Messages.get("claims.loaded.all", cases) : Messages.get("claims.loaded.some", shown, cases))
                + (sweptOpen == 0 ? "" : Messages.get("claims.loaded.swept", sweptOpen))
                + (damaged == 0 ? "" : Messages.get("claims.loaded.damaged", damaged));
    }

    /** After a decision: "Case C-1 resolved: CM-1, CB-2". */
    static String resolved(String caseNumber, String statusLabel, List<String> documents) {
        return Messages.get("claims.resolved", caseNumber, statusLabel.toLowerCase(), String.join(", ", documents));
    }

    /**
     * After a write-off, what happened in words: "Case C-1: written off 42.10 (WO-1)". The case's status reads
     * "Resolved invalid" after one, and "resolved invalid: WO-1" said neither the write-off nor its amount (tour 8).
     */
    static String writtenOff(String caseNumber, String amount, List<String> documents) {
        return Messages.get("claims.writtenOff", caseNumber, amount)
                + (documents.isEmpty() ? "" : Messages.get("claims.writtenOff.documents", String.join(", ", documents)));
    }

    /**
     * The evidence's payment line: number, date, amount, then who paid and the payer's reference where the bank
     * gave them (a payment keyed without a payer read "from null").
     */
    static String paid(ClaimEvidence.Payment p, Formats formats) {
        return Messages.get("claims.evidence.paymentLine", p.number(), formats.date(p.received()), formats.money(p.amount()))
                + (p.payer() == null || p.payer().isBlank() ? "" : Messages.get("claims.evidence.from", p.payer()))
                + (p.reference() == null || p.reference().isBlank() ? "" : Messages.get("claims.evidence.ref", p.reference()));
    }

    /**
     * The case's remittance line, saying where its words come from: the remittance's note on this invoice, or the
     * payment's own reference as the bank gave it (all a short-payment sweep's case has: shown bare, "INV-011974" read
     * as an invoice number, claims18), or "No remittance text" when the payment came with neither. Null for a case no
     * payment stands behind (a dispute): no line.
     */
    static String remittance(String note, ClaimEvidence.Payment p) {
        boolean said = note != null && !note.isBlank();
        if (!said) {
            return p == null ? null : Messages.get("claims.evidence.remittance.none");
        }
        // the case keeps the payment's reference where no remittance line had a note on the invoice (ClaimIntake)
        boolean reference = p != null && p.reference() != null && p.reference().strip().equals(note.strip());
        return Messages.get(reference ? "claims.evidence.remittance.reference" : "claims.evidence.remittance.note", note.strip());
    }
}
