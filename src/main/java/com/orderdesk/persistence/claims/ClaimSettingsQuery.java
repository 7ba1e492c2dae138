package com.orderdesk.persistence.claims;

import com.orderdesk.logic.claims.ClaimSettings;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.Session;

/** The desk's settings (claim_setting), each falling back to its default when missing or unreadable. */
final class ClaimSettingsQuery {
    private ClaimSettingsQuery() {
    }

    static ClaimSettings read(Session s) {
        Map<String, String> v = new HashMap<>();
        for (Object[] r : s.createNativeQuery("SELECT name, value FROM claim_setting", Object[].class).getResultList()) {
            v.put((String) r[0], (String) r[1]);
        }
        ClaimSettings d = ClaimSettings.DEFAULTS;
        return new ClaimSettings(number(v, "short_pay_days", d.shortPayDays()), number(v, "dispute_grace_days", d.disputeGraceDays()),
                number(v, "case_due_days", d.caseDueDays()), number(v, "rma_valid_days", d.rmaValidDays()));
    }

    private static int number(Map<String, String> v, String name, int fallback) {
        try {
            return v.containsKey(name) ? Integer.parseInt(v.get(name).strip()) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
