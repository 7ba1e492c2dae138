package com.orderdesk.app;

import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a demo book's customers against its audit trail: every customer on manual hold, and every one
 * whose limit is off the seed's ladder ($25,000 to $270,000 in steps of $5,000: the bulk pass lowered it),
 * has the credit manager's entry that explains it, and the newest entry of each kind agrees with the row.
 */
final class CustomerDecisionsInTrail {
    /** What was found: the customers held and lowered, and the ones the trail leaves unexplained. */
    record Findings(int held, int lowered, int limitEntries, List<String> unexplained) {
    }

    private CustomerDecisionsInTrail() {
    }

    static Findings read(Database db) {
        List<Object[]> customers = db.read(x -> x.createNativeQuery("SELECT customer_no, manual_hold, credit_limit_cents,"
                + " risk_class FROM customer ORDER BY id", Object[].class).getResultList());
        Map<String, Object[]> lastHold = new HashMap<>();
        Map<String, Object[]> lastLimit = new HashMap<>();
        int limitEntries = 0;
        for (Object[] e : db.read(x -> x.createNativeQuery("SELECT doc_id, action, username, after_value, reason,"
                + " before_value FROM audit_entry WHERE doc_type = 'CUSTOMER' ORDER BY seq", Object[].class).getResultList())) {
            String action = (String) e[1];
            if (action.startsWith("MANUAL_HOLD_")) {
                lastHold.put((String) e[0], e);
            } else if (action.equals("CREDIT_LIMIT_CHANGE")) {
                lastLimit.put((String) e[0], e);
                limitEntries++;
            }
        }
        int held = 0;
        int lowered = 0;
        List<String> unexplained = new ArrayList<>();
        for (Object[] c : customers) {
            String number = (String) c[0];
            boolean onHold = c[1] instanceof Boolean b ? b : ((Number) c[1]).intValue() != 0;
            Long limit = c[2] == null ? null : ((Number) c[2]).longValue();
            String risk = (String) c[3];
            if (onHold) {
                held++;
                Object[] e = lastHold.get(number);
                // put on, with why: before it the customer was not on hold
                if (e == null || !"MANUAL_HOLD_ON".equals(e[1]) || !"carmen".equals(e[2]) || blank(e[4])
                        || !"false".equals(AuditValues.parse((String) e[5]).get("manualHold"))) {
                    unexplained.add(number + " is on manual hold; its last hold entry: " + describe(e));
                }
            }
            boolean seedLimit = limit == null || (limit % 500_000 == 0 && limit >= 2_500_000 && limit <= 27_000_000);
            Object[] e = lastLimit.get(number);
            if (!seedLimit) {
                lowered++;
                if (e == null) {
                    unexplained.add(number + " has a limit of " + Money.ofCents(limit) + " off the seed's and no limit entry");
                    continue;
                }
            }
            if (e != null) {
                Map<String, String> after = AuditValues.parse((String) e[3]);
                String limitText = limit == null ? null : Money.ofCents(limit).toString();
                if (!"carmen".equals(e[2]) || blank(e[4]) || !java.util.Objects.equals(limitText, after.get("creditLimit"))
                        || !risk.equals(after.get("riskClass"))) {
                    unexplained.add(number + " has limit " + limitText + ", class " + risk + "; its last limit entry: "
                            + describe(e));
                }
            }
        }
        return new Findings(held, lowered, limitEntries, unexplained);
    }

    private static boolean blank(Object text) {
        return text == null || text.toString().isBlank();
    }

    private static String describe(Object[] e) {
        return e == null ? "none" : e[1] + " by " + e[2] + " " + e[5] + " -> " + e[3] + " (" + e[4] + ")";
    }
}
