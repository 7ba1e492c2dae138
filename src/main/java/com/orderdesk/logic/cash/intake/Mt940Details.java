package com.orderdesk.logic.cash.intake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payer and remittance in an MT940 :86: "information to account owner" field, as banks
 * structure it: SWIFT/Dutch keywords ("/ORDP//NAME/ACME/REMI/USTD//INV 1/"), the German
 * subfields of the DFÜ agreement ("166?00GUTSCHRIFT?20INV 1?32ACME GMBH"), or free text.
 */
record Mt940Details(String payerName, String payerAccount, String remittance) {
    private static final Pattern GERMAN = Pattern.compile("\\?(\\d\\d)([^?]*)");
    private static final List<String> KEYWORDS = List.of("EREF", "MARF", "CRED", "REMI", "ORDP", "BENM", "NAME", "ADDR",
            "IBAN", "BIC", "ISDT", "CSID", "SVCL", "USTD", "STRD", "CDTRREF", "CDTRREFTP", "CD", "ISSR", "PURP", "RTRN",
            "ULTD", "ULTC", "ACCW", "CNTP", "TRTP", "EXCH", "CHGS", "ORIG", "CODE", "BUSP", "ID");

    static Mt940Details of(String info) {
        String s = info.strip();
        if (s.matches("(?s)^\\d{3}\\?.*")) {
            return german(s);
        }
        if (s.startsWith("/") && s.length() > 5) {
            return keywords(s);
        }
        return new Mt940Details("", "", s);
    }

    /** ?20 to ?29 and ?60 to ?63 are the purpose (remittance), ?31 the account, ?32/?33 the name. */
    private static Mt940Details german(String s) {
        StringBuilder purpose = new StringBuilder();
        StringBuilder name = new StringBuilder();
        String account = "";
        String bank = "";
        Matcher m = GERMAN.matcher(s);
        while (m.find()) {
            int code = Integer.parseInt(m.group(1));
            String v = m.group(2);
            if ((code >= 20 && code <= 29) || (code >= 60 && code <= 63)) {
                purpose.append(v);
            } else if (code == 32 || code == 33) {
                name.append(v);
            } else if (code == 31) {
                account = v.strip();
            } else if (code == 30) {
                bank = v.strip();
            }
        }
        String payerAccount = account.isEmpty() ? "" : bank.isEmpty() || account.matches("[A-Z]{2}\\d\\d.*") ? account : bank + ":" + account;
        return new Mt940Details(name.toString().strip(), payerAccount, stripSepaKeys(purpose.toString().strip()));
    }

    /** SEPA purpose text prefixed "SVWZ+" (with EREF+ and the like before it): the text after SVWZ+. */
    private static String stripSepaKeys(String purpose) {
        int svwz = purpose.indexOf("SVWZ+");
        return svwz >= 0 ? purpose.substring(svwz + 5).strip() : purpose;
    }

    /** "/KEY/value/KEY/value": the values of NAME (ordering party), IBAN and REMI (USTD/STRD text). */
    private static Mt940Details keywords(String s) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> parts = new ArrayList<>(List.of(s.split("/", -1)));
        String key = null;
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < parts.size(); i++) {
            String part = parts.get(i);
            if (KEYWORDS.contains(part.strip())) {
                if (key != null) {
                    values.merge(key, value.toString().strip(), (a, b) -> a.isEmpty() ? b : a);
                }
                key = part.strip();
                value.setLength(0);
            } else if (key != null) {
                value.append(value.isEmpty() ? "" : "/").append(part);
            }
        }
        if (key != null) {
            values.merge(key, value.toString().strip(), (a, b) -> a.isEmpty() ? b : a);
        }
        String remittance = firstNonEmpty(values.get("USTD"), values.get("REMI"), values.get("CDTRREF"), values.get("EREF"));
        return new Mt940Details(firstNonEmpty(values.get("NAME")), firstNonEmpty(values.get("IBAN")),
                remittance.isEmpty() ? s : remittance);
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }
}
