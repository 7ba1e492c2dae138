package com.orderdesk.gui.inbox;

import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxStatus;
import com.orderdesk.logic.capture.RejectionWords;
import java.util.List;
import java.util.Locale;

/** The order inbox's words, in plain Java (no JavaFX). */
final class InboxText {
    private InboxText() {
    }

    /** The order pane before a message is opened. */
    static final String NO_MESSAGE = "The order a message holds shows here, to review or to read.";
    /** The order pane beside a message marked not an order. */
    static final String NO_ORDER_IN_IT = "Marked not an order: there is no order to review. If it does hold one, type it in"
            + " Order entry from the message beside.";
    private static final String BY_HAND = "If the customer cannot wait, type the order in Order entry from the message beside.";

    /**
     * The order pane beside a message that has no order: why there is none and what the clerk can do
     * (a rejected message's sentence says what is wrong and whom to ask).
     */
    static String noOrder(InboxRow r) {
        return switch (r.status()) {
            case REJECTED -> "No order was read from this message. " + (r.reasons() == null || r.reasons().isBlank()
                    ? "Ask the sender to send it again." : RejectionWords.sentence(r.reasons())) + " " + BY_HAND;
            case NOT_AN_ORDER -> NO_ORDER_IN_IT;
            case TO_REVIEW -> "Its order is reviewed here by a clerk who may enter orders.";
            default -> NO_MESSAGE;
        };
    }

    /** The status column: "Saved touchless (SO-1001)", or the status alone when no order was saved. */
    static String status(InboxRow r) {
        return r.status().label() + (r.orderNo() == null ? "" : " (" + r.orderNo() + ")");
    }

    /** The status cell's colour class: "inbox-to-review". */
    static String styleClass(InboxStatus s) {
        return "inbox-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Above the list: "12 messages, 3 to review", with the damage note in brackets when rows were left out. */
    static String count(List<InboxRow> rows, String damageNote) {
        long open = rows.stream().filter(r -> r.status().open()).count();
        return rows.size() + " messages, " + open + " to review" + (damageNote.isEmpty() ? "" : " (" + damageNote + ")");
    }

    /** The message pane's title: "order.eml — To review". */
    static String title(InboxRow r) {
        return r.source() + " \u2014 " + r.status().label();
    }

    /** The message pane's title once its order is saved from the review: "order.eml — Saved after review (SO-1001)". */
    static String savedAfterReview(InboxRow r, String orderNo) {
        return r.source() + " \u2014 " + InboxStatus.SAVED_AFTER_REVIEW.label() + " (" + orderNo + ")";
    }

    /** The message pane's title once the clerk marked it: "order.eml — Not an order". */
    static String markedNotAnOrder(InboxRow r) {
        return r.source() + " \u2014 " + InboxStatus.NOT_AN_ORDER.label();
    }

    /** Under that title, the reason the clerk gave: "Marked not an order: a quote request". */
    static String notAnOrderBecause(String why) {
        return "Marked not an order: " + why;
    }

    /** Why a person must look, or nothing; a rejected message: what is wrong with it in words, and what to do. */
    static String reasons(InboxRow r) {
        if (r.reasons() == null || r.reasons().isBlank()) {
            return "";
        }
        if (r.status() == InboxStatus.REJECTED) {
            return RejectionWords.sentence(r.reasons());
        }
        return "Needs a person: " + r.reasons() + (r.status() == InboxStatus.TO_REVIEW ? "\n" + whatToDo(r.reasons()) : "");
    }

    /** The sentence after the words "was already received" (DraftAssembler's duplicate PO). */
    static final String SENT_AGAIN = "If it is the same order sent again, press Alt+N: not an order. If it is a new order,"
            + " save it with Ctrl+S.";
    /** What to do with any other message to review. */
    static final String FIX_AND_SAVE = "Correct the order beside and save it with Ctrl+S; Alt+N if the message holds no order.";

    /**
     * What the clerk does about a message to review: the reasons said only what was wrong, and the status
     * bar's hint is cut at 1024 px ("fix the order, then Ctrl+..."). A PO already received left the clerk
     * unsure whether to save a second order (Ctrl+S did, at once) or to drop the message (newuser18, tour
     * of 7 December: "PO DEMO-C-10012-1 of C-10012 was already received", saved as SO-103006).
     */
    static String whatToDo(String reasons) {
        return reasons.contains("was already received") ? SENT_AGAIN : FIX_AND_SAVE;
    }

    /** The list's Reasons column: a rejected message's in words (the reader's text is in the Details below). */
    static String reasonsColumn(InboxRow r) {
        if (r.reasons() == null) {
            return "";
        }
        return r.status() == InboxStatus.REJECTED && !r.reasons().isBlank() ? RejectionWords.sentence(r.reasons()) : r.reasons();
    }

    /** What the reader found, as it wrote it, for a rejected message's Details; else nothing. */
    static String details(InboxRow r) {
        return r.status() == InboxStatus.REJECTED && r.reasons() != null ? r.reasons().strip() : "";
    }

    /** The import's first progress words: "Reading 1 message..." / "Reading 3 messages...". */
    static String reading(int files) {
        return "Reading " + files + (files == 1 ? " message" : " messages") + "...";
    }

    /** The import's words while message {@code number} of {@code of} is read: "Reading message 3 of 12". */
    static String readingMessage(int number, int of) {
        return "Reading message " + number + " of " + of;
    }
}
