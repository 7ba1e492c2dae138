package com.orderdesk.logic.cash.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the payer and the remittance out of a BAI2 transaction's free text, as banks write it for
 * ACH credits (ORIG CO NAME:..., RMR*IV*invoice*amount addenda), wires (B/O:, ORG=, OBI=) and
 * lockbox items. What no pattern recognises stays in the remittance text for the matcher to read.
 */
final class Bai2Text {
    private static final Pattern NAME = Pattern.compile(
            "(?:ORIG CO NAME:|B/O:|ORG=|ORIGINATOR:|RECEIVED FROM:|REMITTER:)\\s*(.+?)\\s*"
                    + "(?=ORIG ID:|DESC DATE:|ENTRY DESCR:|CO ENTRY DESCR:|SEC:|TRACE#:|IND ID:|IND NAME:|BNF=|OBI=|REF:|RMR\\*|$)");
    /** ACH addenda remittance segment RMR*IV*invoice*action*amount (IV invoice, OI open item; not PO numbers). */
    private static final Pattern RMR = Pattern.compile("RMR\\*(?:IV|OI)\\*([^*\\\\]+)(?:\\*[A-Z]*\\*([0-9.]+))?");
    private static final Pattern OBI = Pattern.compile("(?:OBI=|RMT INF:|REMITTANCE:|ADDENDA:|REF:)\\s*(.+?)\\s*(?=[A-Z]{3}=|$)");

    private Bai2Text() {
    }

    static String payerName(String text) {
        Matcher m = NAME.matcher(text);
        return m.find() ? m.group(1).trim() : "";
    }

    /** Invoice references (with their amounts) from RMR addenda, else the stated remittance, else all the text. */
    static String remittance(String text) {
        List<String> parts = new ArrayList<>();
        Matcher rmr = RMR.matcher(text);
        while (rmr.find()) {
            parts.add(rmr.group(1).trim() + (rmr.group(2) == null ? "" : " " + rmr.group(2)));
        }
        if (!parts.isEmpty()) {
            return String.join("; ", parts);
        }
        Matcher obi = OBI.matcher(text);
        if (obi.find()) {
            return obi.group(1).trim();
        }
        return text;
    }
}
