package com.orderdesk.gui.claims;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnStatus;

/**
 * The Returns screen's words, from the message bundle, in plain Java (no JavaFX): the return's status
 * and reason as the screen names them (the model's enums keep their own labels for the book and the
 * RMA document), the fee, the refusals the screen says before it asks and what each action did.
 */
final class ReturnsText {
    private ReturnsText() {
    }

    static String status(ReturnStatus s) {
        return switch (s) {
            case AUTHORIZED -> Messages.get("returns.status.authorized");
            case PARTLY_RECEIVED -> Messages.get("returns.status.partlyReceived");
            case RECEIVED -> Messages.get("returns.status.received");
            case CANCELLED -> Messages.get("returns.status.cancelled");
        };
    }

    static String reason(ReturnReason r) {
        return switch (r) {
            case DAMAGED -> Messages.get("returns.reason.damaged");
            case WRONG_ITEM -> Messages.get("returns.reason.wrongItem");
            case NOT_ORDERED -> Messages.get("returns.reason.notOrdered");
            case SURPLUS -> Messages.get("returns.reason.surplus");
            case DEFECTIVE -> Messages.get("returns.reason.defective");
        };
    }

    /** The Fee cell: "15 %", or "waived". */
    static String feeCell(boolean waived, String percent) {
        return waived ? Messages.get("returns.fee.waived") : percent;
    }

    /** The reason cell where the fee column gave way: "Damaged in transit, fee 15 %", "..., fee waived", or the reason alone. */
    static String reasonWithFee(ReturnReason r, boolean waived, boolean noFee, String percent) {
        return waived ? Messages.get("returns.reason.feeWaived", reason(r))
                : noFee ? reason(r) : Messages.get("returns.reason.fee", reason(r), percent);
    }

    /** The Received cell: "1 of 3". */
    static String received(String received, String authorized) {
        return Messages.get("returns.received.of", received, authorized);
    }

    /** The invoiced cell: "12 EA". */
    static String invoiced(String quantity, String unit) {
        return Messages.get("returns.invoiced.cell", quantity, unit);
    }

    /** The waive box at a narrow window and its prompt there. */
    static String waive(boolean narrow) {
        return narrow ? Messages.get("returns.waive.short") : Messages.get("returns.waive");
    }

    static String waivePrompt(boolean narrow) {
        return narrow ? Messages.get("returns.waive.prompt") : null;
    }

    static String atMost(ReturnableLine line) {
        return Messages.get("returns.fee.atMost", String.valueOf(line.returnable()), String.valueOf(line.invoiced()),
                String.valueOf(line.alreadyAuthorized()));
    }

    static String noFee(ReturnReason reason, String value) {
        return Messages.get("returns.fee.none", reason(reason).toLowerCase(), value);
    }

    /** "Restocking fee 15 % = 16.14; credit 91.49 of 107.63 on receipt." or "... 15 % waived; ...". */
    static String fee(String percent, boolean waived, String fee, String credit, String value) {
        return waived ? Messages.get("returns.fee.waivedLine", percent, credit, value)
                : Messages.get("returns.fee.kept", percent, fee, credit, value);
    }

    static String chooseLine() {
        return Messages.get("returns.refusal.line");
    }

    static String quantityRange(ReturnableLine line) {
        return Messages.get("returns.refusal.quantity", String.valueOf(line.returnable()), String.valueOf(line.invoiced()),
                String.valueOf(line.alreadyAuthorized()));
    }

    static String chooseReason() {
        return Messages.get("returns.refusal.reason");
    }

    static String waiveReason() {
        return Messages.get("returns.refusal.waive");
    }

    /** What may be received, to stock plus scrapped. */
    static String receivableUnits(int outstanding) {
        return outstanding == 1 ? Messages.get("returns.refusal.receiveOne") : Messages.get("returns.refusal.receive", String.valueOf(outstanding));
    }

    static String nothingComesBack() {
        return Messages.get("returns.nothing");
    }

    /** "Return RMA-1 authorized: 2 EA of TWL-1 back to DC-ATL." */
    static String authorized(String number, int quantity, String unit, String sku, String node) {
        return Messages.get("returns.authorized", number, String.valueOf(quantity), unit, sku, node);
    }

    /** "Return RMA-1 received: 2 to stock, 0 scrapped; credit memo CM-1 for 91.49 (fee 16.14 kept)." */
    static String receivedResult(String number, int toStock, int scrapped, String memo, String credit, String fee) {
        return Messages.get("returns.receivedResult", number, String.valueOf(toStock), String.valueOf(scrapped), memo, credit)
                + (fee == null ? "" : Messages.get("returns.receivedResult.fee", fee)) + ".";
    }

    static String mayNotReceive() {
        return Messages.get("returns.mayNotReceive");
    }

    static String chooseReturn() {
        return Messages.get("returns.chooseReturn");
    }

    static String written(String number, String path) {
        return Messages.get("returns.written", number, path);
    }

    static String readFailed(String why) {
        return Messages.get("returns.readFailed", why);
    }
}
