package com.orderdesk.logic.capture;

/** Why a draft needs a person (or was not read), with a sentence that says where. */
public record Reason(Code code, String text) {

    public enum Code {
        UNKNOWN_CUSTOMER, UNKNOWN_ITEM, AMBIGUOUS_ITEM, QUANTITY_UNCLEAR, PRICE_MISMATCH, SHIP_TO_UNKNOWN,
        DUPLICATE_PO, NO_LINES, MALFORMED, UNSUPPORTED, OTHER
    }

    public static Reason of(Code code, String text) {
        return new Reason(code, text);
    }
}
