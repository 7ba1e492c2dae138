package com.orderdesk.demo;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditKey;
import com.orderdesk.logic.audit.AuditSeals;
import com.orderdesk.logic.credit.CreditHoldActions;
import com.orderdesk.model.audit.AuditHead;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * A bulk-only book's credit holds (a bench's) audited as a live book's are: each held order gets the
 * entry the save's credit check writes ({@link CreditHoldActions#auditOfCheck}), under the clerk who
 * entered it, chained and sealed with the book's key as {@code AuditLog} does one by one, here in one batch
 * inside the bulk transaction. Through the use case ({@code CreditUseCases#checkAsEntered}, as the whole
 * book does) each order is read, checked and saved in the ORM: minutes for a bench's 10,000 holds, where
 * the bulk pass has already made the same decision with the same engine. Without an entry the credit
 * desk showed a hold held by nobody and a bench's release was the order's first entry. The credit manager's
 * decisions that made the customers risky (manual holds, limits, risk classes: {@link DemoCreditDecisions})
 * go in the same batch, in every demo book, each on its own day.
 */
final class DemoHoldAudit {
    private DemoHoldAudit() {
    }

    /**
     * Appends the credit manager's decisions ({@link DemoCreditDecisions}, each on its day), then one
     * CREDIT_CHECK_HOLD entry per held order at {@code at}, and moves the trail's sealed head to the last.
     */
    static void write(Connection c, AuditKey key, List<DemoCreditDecisions.Dated> decisions, Instant at,
                      List<DemoCreditPass.Held> held) throws SQLException {
        List<DemoCreditDecisions.Dated> entries = new java.util.ArrayList<>(decisions);
        for (DemoCreditPass.Held h : held) {
            entries.add(new DemoCreditDecisions.Dated(at, CreditHoldActions.auditOfCheck(h.enteredBy(), h.orderNumber(), h.decision())));
        }
        if (entries.isEmpty()) {
            return;
        }
        AuditEntry last;
        try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = ?")) {
            ps.setInt(1, AuditHead.ID);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("The book has no audit head to chain the credit holds to.");
                }
                last = rs.getLong(1) == 0 ? null
                        : new AuditEntry(rs.getLong(1), null, null, null, null, null, null, null, null, null, rs.getString(2));
            }
        }
        try (BatchInsert ins = new BatchInsert(c, "audit_entry", "seq", "at", "username", "action", "doc_type", "doc_id",
                "before_value", "after_value", "reason", "prev_hash", "hash", "mac")) {
            for (DemoCreditDecisions.Dated d : entries) {
                AuditEntry e = AuditChain.append(last, d.event(), d.at());
                ins.row(e.sequence(), e.timestamp().toEpochMilli(), e.user(), e.action(), e.documentType(), e.documentId(),
                        e.before(), e.after(), e.reason(), e.previousHash(), e.hash(),
                        key.mac(AuditSeals.ENTRY, AuditSeals.entry(e.hash())));
                last = e;
            }
        }
        try (PreparedStatement up = c.prepareStatement("UPDATE audit_head SET seq = ?, hash = ?, keyed_seq = ?, keyed_hash = ?,"
                + " mac = ?, version = version + 1 WHERE id = ?")) {
            up.setLong(1, last.sequence());
            up.setString(2, last.hash());
            up.setLong(3, last.sequence());
            up.setString(4, last.hash());
            up.setString(5, key.mac(AuditSeals.HEAD, AuditSeals.head(last.sequence(), last.hash())));
            up.setInt(6, AuditHead.ID);
            up.executeUpdate();
        }
    }
}
