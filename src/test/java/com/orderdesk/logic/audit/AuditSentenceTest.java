package com.orderdesk.logic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Defect: the audit viewer showed raw key=value text; it now reads each entry as sentences. */
class AuditSentenceTest {
    private static AuditEntry entry(String action, String type, String id, String before, String after) {
        return new AuditEntry(7, Instant.parse("2026-12-03T15:00:00Z"), "mgarcia", action, type, id, before, after, "x", null, null);
    }

    private static String json(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return AuditValues.json(m);
    }

    @Test
    void aReleaseReadsAsWhatHappenedAndWhatChanged() {
        String s = AuditSentence.of(entry(AuditActions.CREDIT_RELEASE, "ORDER", "SO-100001",
                json("status", "CREDIT_HOLD", "value", "1200.5", "reasons", "OVER_LIMIT,PAST_DUE"), json("status", "RELEASED")));

        assertThat(s).isEqualTo("Order SO-100001 released from credit hold. Status changed from credit hold to released;"
                + " reasons was over limit, past due; value was $1,200.50.");
        assertThat(s).doesNotContain("=").doesNotContain("CREDIT_HOLD");
    }

    @Test
    void aSignInSaysSignedInOnceAndAFailedOneSaysWhy() {
        assertThat(AuditSentence.of(entry(AuditActions.SIGN_IN, "USER", "admin", null, json("outcome", "SIGNED_IN"))))
                .isEqualTo("User admin signed in.");
        // an outcome other than what the act says stays
        assertThat(AuditSentence.of(entry(AuditActions.SIGN_IN, "USER", "admin", null, json("outcome", "LOCKED_OUT"))))
                .isEqualTo("User admin signed in. Outcome locked out.");
    }

    @Test
    void aLimitChangeShowsMoneyAndKeepsNamesAsTheyAre() {
        assertThat(AuditSentence.of(entry(AuditActions.CREDIT_LIMIT_CHANGE, "CUSTOMER", "C-10002",
                json("creditLimit", "50000.00", "riskClass", "B"), json("creditLimit", "75000.00", "riskClass", "B"))))
                .isEqualTo("Customer C-10002 given a new credit limit or risk class. Credit limit changed from $50,000.00 to $75,000.00.");
        assertThat(AuditSentence.of(entry("SHIPMENT_RELEASED", "SHIPMENT", "SH-100004", null, json("node", "CHI", "order", "SO-100001"))))
                .isEqualTo("Shipment SH-100004 released to the warehouse. Node CHI; order SO-100001.");
    }

    @Test
    void signInWithoutADocumentAndAnActionNobodyTaughtItStillRead() {
        assertThat(AuditSentence.of(entry(AuditActions.SIGN_IN, null, null, null, json("outcome", "SIGNED_IN"))))
                .isEqualTo("Signed in.");
        assertThat(AuditSentence.of(entry("STOCK_COUNTED", "ITEM", "GLV-NIT-L", json("manualHold", "false"), json("manualHold", "true"))))
                .isEqualTo("Item GLV-NIT-L stock counted. Manual hold changed from no to yes.");
    }

    @Test
    void aWriteOffLimitSaysWhoseLimitWhatItIsNowAndWhatItWas() {
        // it read "User dora write off limit. Limit changed from 0.00 to 500.00."
        assertThat(AuditSentence.of(entry("WRITE_OFF_LIMIT", "USER", "dora", json("limit", "0.00"), json("limit", "500.00"))))
                .isEqualTo("Write-off limit set to $500.00 for dora (was none).");
        assertThat(AuditSentence.of(entry("WRITE_OFF_LIMIT", "USER", "dora", json("limit", "500.00"), json("limit", "1250.00"))))
                .isEqualTo("Write-off limit set to $1,250.00 for dora (was $500.00).");
        assertThat(AuditSentence.of(entry("WRITE_OFF_LIMIT", "USER", "dora", json("limit", "500.00"), json("limit", "0.00"))))
                .isEqualTo("Write-off limit taken away from dora (was $500.00).");
    }
    @Test
    void claimsAndReturnsReadAsWhatWasDone() {
        // tour13: the credit manager's trail read "Case CASE-100014 case resolve." and "Rma RMA-100009 return authorize."
        assertThat(AuditSentence.act(entry("CASE_RESOLVE", "CASE", "CASE-100014", null, null))).isEqualTo("Case CASE-100014 resolved.");
        assertThat(AuditSentence.act(entry("CASE_OPEN", "CASE", "CASE-100015", null, null))).isEqualTo("Case CASE-100015 opened.");
        assertThat(AuditSentence.act(entry("RETURN_AUTHORIZE", "RMA", "RMA-100009", null, null)))
                .isEqualTo("Return RMA-100009 authorized.");
        assertThat(AuditSentence.act(entry("RETURN_RECEIVE", "RMA", "RMA-100009", null, null))).isEqualTo("Return RMA-100009 received.");
    }

    /** Tour14: "User dana given other roles. Roles changed from ar clerk to order clerk, ar clerk." and "activated or deactivated". */
    @Test
    void userChangesReadAsTheAdministratorSaidThem() {
        assertThat(AuditSentence.of(entry(AuditActions.USER_ROLE_CHANGE, "USER", "dana", json("roles", "AR_CLERK"),
                json("roles", "ORDER_CLERK,AR_CLERK")))).isEqualTo("User dana given other roles. Roles changed from AR clerk"
                + " to order clerk, AR clerk.");
        assertThat(AuditSentence.of(entry(AuditActions.USER_ADD, "USER", "dana", null,
                json("displayName", "Dana Lee", "roles", "AR_CLERK")))).isEqualTo("User dana added. Display name Dana Lee; roles AR clerk.");
        assertThat(AuditSentence.of(entry(AuditActions.USER_ACTIVE_CHANGE, "USER", "marcus", json("active", true),
                json("active", false)))).isEqualTo("User marcus switched off.");
        assertThat(AuditSentence.of(entry(AuditActions.USER_ACTIVE_CHANGE, "USER", "marcus", json("active", false),
                json("active", true)))).isEqualTo("User marcus switched on again.");
    }

    /** Tour14: a routing settings change read as both whole settings texts, the one figure that changed lost in them. */
    @Test
    void aRoutingSettingsChangeSaysOnlyWhatChanged() {
        String before = "DC-ABE 2.50/0.20/2000; DC-ATL 2.50/0.20/2000; GROUND x1 [1:1,2:2]; penalty 25.00";
        String after = "DC-ABE 2.50/0.20/2000; DC-ATL 2.50/0.20/2000 1d; GROUND x1 [1:1,2:2]; penalty 30.00";
        assertThat(AuditSentence.of(entry("ROUTING_SETTINGS_CHANGE", "SETTINGS", "routing", before, after)))
                .isEqualTo("Routing settings changed. DC-ATL 2.50/0.20/2000 1d (was DC-ATL 2.50/0.20/2000);"
                        + " penalty 30.00 (was penalty 25.00).");
    }

    /** A collector's promise read as said: it read "Paid 7069.06; status broken; promised was 8000.00; by was 2026-11-30". */
    @Test
    void aPromiseToPaySaysHowMuchByWhenAndWhatCameIn() {
        assertThat(AuditSentence.of(entry("PROMISE_TO_PAY", "CUSTOMER", "C-10001", null, json("amount", "8000.00", "by", "2026-11-30"))))
                .isEqualTo("Customer C-10001 promised to pay $8,000.00 by Nov 30, 2026.");
        assertThat(AuditSentence.of(entry("PROMISE_BROKEN", "CUSTOMER", "C-10001", json("promised", "8000.00", "by", "2026-11-30"),
                json("paid", "7069.06", "status", "BROKEN"))))
                .isEqualTo("Customer C-10001 broke a promise to pay $8,000.00 by Nov 30, 2026: $7,069.06 came in.");
        assertThat(AuditSentence.of(entry("PROMISE_BROKEN", "CUSTOMER", "C-10001", json("promised", "500", "by", "2026-11-30"),
                json("paid", "0.00", "status", "BROKEN"))))
                .isEqualTo("Customer C-10001 broke a promise to pay $500.00 by Nov 30, 2026: nothing came in.");
        assertThat(AuditSentence.of(entry("PROMISE_KEPT", "CUSTOMER", "C-10001", json("promised", "500", "by", "2026-11-30"),
                json("paid", "512.40", "status", "KEPT"))))
                .isEqualTo("Customer C-10001 kept a promise to pay $500.00 by Nov 30, 2026: $512.40 came in.");
    }

    /** A stored day reads as the screens say days; one that is no day stays as it was written. */
    @Test
    void aStoredDayReadsAsTheScreensSayDays() {
        assertThat(AuditSentence.of(entry("ORDER_SAVE", "ORDER", "SO-100001", json("requestedDate", "2026-12-10"),
                json("requestedDate", "2026-12-14"))))
                .isEqualTo("Order SO-100001 saved. Requested date changed from Dec 10, 2026 to Dec 14, 2026.");
        assertThat(AuditSentence.of(entry("ORDER_SAVE", "ORDER", "SO-100001", null, json("requestedDate", "2026-13-45"))))
                .isEqualTo("Order SO-100001 saved. Requested date 2026-13-45.");
    }
}
