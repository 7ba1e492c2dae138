package com.orderdesk.gui.credit;

import com.orderdesk.gui.common.Formats;
import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.credit.LimitChange;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The credit-hold desk's sentences, in plain Java (no JavaFX). */
final class HoldDeskText {
    /** A "$" before an amount as the credit engine writes it ("$2,273.38", "-$0.01"), and only there. */
    private static final java.util.regex.Pattern ENGINE_DOLLAR = java.util.regex.Pattern.compile("\\$(?=\\d{1,3}(,\\d{3})*\\.\\d{2}\\b)");

    private HoldDeskText() {
    }

    /**
     * One line of "Why it is held": "• Invoice past due: 2 invoices totalling 2,273.38 ...". The
     * engine stores its sentences with a "$" on every amount (one fixed form for the book); the
     * screen shows amounts as every other screen does, without the sign. A "$" a person typed in a
     * note ("$10,000") is theirs and stays.
     */
    static String reasonLine(String label, String message) {
        return "\u2022 " + label + ": " + (message == null ? "" : ENGINE_DOLLAR.matcher(message).replaceAll(""));
    }

    /**
     * The customer's payment habit under "Predicted payment", as a sentence ("Pays ~12 days late."),
     * or empty when a reason above already says it: a hold for paying late quotes the habit, and
     * the credit manager reads the reasons first. The words are compared, not the reason's code:
     * the reason was worded when the order was held and may quote an older prediction's habit,
     * which is then not the one shown here.
     */
    static Optional<String> habit(String behaviour, List<String> reasonMessages) {
        if (behaviour == null || behaviour.isBlank()) {
            return Optional.of(Messages.get("holds.noHabit"));
        }
        String said = behaviour.strip().toLowerCase(Locale.ROOT);
        if (reasonMessages.stream().anyMatch(m -> m != null && m.toLowerCase(Locale.ROOT).contains(said))) {
            return Optional.empty();
        }
        String sentence = Character.toUpperCase(said.charAt(0)) + behaviour.strip().substring(1);
        return Optional.of(sentence.endsWith(".") ? sentence : sentence + ".");
    }

    /** Below the queue: "12 held orders shown of 40" ("held order" when one is shown). */
    static String shown(int visible, int all) {
        return Messages.get("holds.shown", visible, all);
    }

    /**
     * What the empty queue says: that nothing is on hold, or, when the search and filters hide the
     * {@code all} held orders, that they do ("No orders on credit hold." with 221 on hold misled).
     */
    static String empty(int all) {
        return all == 0 ? Messages.get("holds.empty") : Messages.get("holds.noMatch", all);
    }

    /** After a change to the customer: what it released, or nothing ("; 2 held orders now pass and were released"). */
    static String moved(int moved) {
        return moved == 0 ? "" : Messages.get("holds.moved", moved);
    }

    /** After "Change limit": what changed and released, or that the limit and risk class were already those. */
    static String limitChanged(String customer, boolean changed, int released) {
        return changed ? Messages.get("holds.limitChanged", customer, moved(released))
                : Messages.get("holds.limitUnchanged", customer);
    }

    /**
     * One line of "Credit limit history": "Dec 3, 2026, 3:00 PM  carmen: 100.00 (Low) → 5,000.00 (Medium)
     * (Annual review)". Worded here, not in persistence (tour13 found it there), so the amounts follow
     * the user's locale like every other amount on the desk.
     */
    static String limitLine(LimitChange h, Formats formats, ZoneId zone) {
        return formats.dateTime(h.at(), zone) + "  " + h.user() + ": " + terms(h.before(), formats) + " \u2192 "
                + terms(h.after(), formats) + (h.note() == null ? "" : "  (" + h.note() + ")");
    }

    /** "5,000.00 (Medium)", "no limit (High)", or "no limit" when the entry names neither. */
    static String terms(LimitChange.Terms t, Formats formats) {
        return (t.limit() == null ? Messages.get("holds.noLimit") : formats.money(t.limit()))
                + (t.risk() == null ? "" : " (" + t.risk().label() + ")");
    }

    /** After "Record review...": "Review recorded for Acme; next review Dec 7, 2027; 2 orders released". */
    static String reviewRecorded(com.orderdesk.application.credit.CreditUseCases.ReviewRecorded r, Formats formats) {
        return Messages.get("holds.review.recorded", r.customerName(), formats.date(r.nextReview()),
                r.released());
    }

    /** The manual hold button, by whether the customer is on it now. */
    static String holdButton(boolean onManualHold) {
        return onManualHold ? Messages.get("holds.manualHold.take") : Messages.get("holds.manualHold.put");
    }

    /**
     * The status bar's message after the queue loads. The count is the bar's counts' alone
     * ({@link #counts}): said in both it read "166 orders on credit hold | ... 166 orders on credit hold".
     * The load time is the log's ("queue loaded ... in 833 ms" told the credit manager nothing).
     */
    static final String LOADED = Messages.get("holds.loaded");

    /** The status bar's counts while the desk is in front: "1,204 orders on credit hold, 3,456,789.00". */
    static String counts(int orders, String total) {
        return Messages.get("holds.counts", orders, total);
    }

    /** After a manual hold change: "Acme put on manual hold; 1 held order now passes and was released". */
    static String manualHold(String customer, boolean on, int moved) {
        return on ? Messages.get("holds.manualHoldOn", customer, moved(moved)) : Messages.get("holds.manualHoldOff", customer, moved(moved));
    }

    /** Below the queue: "Held 12,345.00", the value of the orders shown. */
    static String held(String total) {
        return Messages.get("holds.held", total);
    }

    /** After Release: "Order SO-1 released to fulfillment". */
    static String released(String number) {
        return Messages.get("holds.released", number);
    }

    /** After Keep on hold: "Order SO-1 kept on hold: waiting for the cheque". */
    static String kept(String number, String reason) {
        return Messages.get("holds.kept", number, reason.strip());
    }

    /** After Reject: "Order SO-1 rejected and cancelled". */
    static String rejected(String number) {
        return Messages.get("holds.rejected", number);
    }

    /** When the queue could not be read. */
    static String loadFailed(String why) {
        return Messages.get("holds.loadFailed", why);
    }
}
