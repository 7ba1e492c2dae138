package com.orderdesk.persistence.cash;

import com.orderdesk.application.cash.CashRepository.ProposalUpdate;
import com.orderdesk.model.cash.CashPayment;
import com.orderdesk.model.cash.ImportBatch;
import com.orderdesk.model.cash.PaymentState;
import com.orderdesk.model.cash.ProposalLine;
import com.orderdesk.model.cash.RemittanceLine;
import com.orderdesk.model.common.Money;
import com.orderdesk.logic.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The cash desk's two bulk writes in JDBC batches on the unit's own connection and transaction: a
 * bank file's new payments with their remittance, and an auto-match run's proposals. Hibernate
 * inserts entities with identity keys one statement at a time (it must read each key back) and
 * updates an element collection by deleting and inserting it per owner; for 10,000 payments that
 * was most of an import's time. The columns written here are the ones {@link CashPayment},
 * {@link RemittanceLine} and {@link ProposalLine} map, with the same conversions (integer cents,
 * ISO dates, epoch milliseconds).
 */
final class CashBulkWriter {
    private static final int BATCH = 500;

    private static final String INSERT_PAYMENT = "INSERT INTO cash_payment (payment_no, batch_id, kind, received_date,"
            + " amount_cents, currency, payer_name, payer_routing, payer_account, cheque_no, reference, bank_reference,"
            + " source_file, source_line, stub_image, dedup_key, state, posted_auto, unapplied_cents, entered_by,"
            + " entered_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private static final String INSERT_REMITTANCE = "INSERT INTO cash_remittance_line (payment_id, line_no, invoice_ref,"
            + " amount_cents, note) VALUES (?, ?, ?, ?, ?)";
    private static final String UPDATE_PROPOSAL = "UPDATE cash_payment SET match_status = ?, match_confidence = ?,"
            + " match_reason = ?, customer_id = COALESCE(?, customer_id), version = version + 1"
            + " WHERE id = ? AND version = ? AND state = ?";
    private static final String DELETE_PROPOSAL = "DELETE FROM cash_proposal_line WHERE payment_id = ?";
    private static final String INSERT_PROPOSAL = "INSERT INTO cash_proposal_line (payment_id, line_no, invoice_no,"
            + " applied_cents, discount_cents, deduction_cents, status) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private CashBulkWriter() {
    }

    /** Inserts the batch's payments (the batch itself is already stored) and their remittance lines. */
    static void insertPayments(Session session, ImportBatch batch, List<CashPayment> payments) {
        session.flush(); // the batch row first: the payments point at it
        session.doWork(c -> {
            try (PreparedStatement ps = c.prepareStatement(INSERT_PAYMENT)) {
                int pending = 0;
                for (CashPayment p : payments) {
                    bindPayment(ps, batch, p);
                    ps.addBatch();
                    if (++pending == BATCH) {
                        ps.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
            Map<String, Long> ids = idsOf(c, batch.id());
            try (PreparedStatement ps = c.prepareStatement(INSERT_REMITTANCE)) {
                int pending = 0;
                for (CashPayment p : payments) {
                    Long id = ids.get(p.number());
                    if (id == null) {
                        throw new StoreException("Payment " + p.number() + " was not stored.");
                    }
                    int line = 0;
                    for (RemittanceLine r : p.remittance()) {
                        ps.setLong(1, id);
                        ps.setInt(2, line++);
                        ps.setString(3, r.invoiceRef());
                        setCents(ps, 4, r.amount());
                        ps.setString(5, r.note());
                        ps.addBatch();
                        if (++pending == BATCH) {
                            ps.executeBatch();
                            pending = 0;
                        }
                    }
                }
                if (pending > 0) {
                    ps.executeBatch();
                }
            }
        });
    }

    private static void bindPayment(PreparedStatement ps, ImportBatch batch, CashPayment p) throws SQLException {
        ps.setString(1, p.number());
        ps.setLong(2, batch.id());
        ps.setString(3, p.kind().name());
        ps.setString(4, date(p.receivedDate()));
        ps.setLong(5, p.amount().cents());
        ps.setString(6, p.currency());
        ps.setString(7, p.payerName());
        ps.setString(8, p.payerRouting());
        ps.setString(9, p.payerAccount());
        ps.setString(10, p.chequeNo());
        ps.setString(11, p.reference());
        ps.setString(12, p.bankReference());
        ps.setString(13, p.sourceFile());
        if (p.sourceLine() == null) {
            ps.setNull(14, Types.INTEGER);
        } else {
            ps.setInt(14, p.sourceLine());
        }
        ps.setString(15, p.stubImage());
        ps.setString(16, p.dedupKey());
        ps.setString(17, PaymentState.OPEN.name());
        ps.setBoolean(18, false);
        ps.setLong(19, p.amount().cents());
        ps.setString(20, p.enteredBy());
        ps.setLong(21, millis(p.enteredAt()));
    }

    private static Map<String, Long> idsOf(Connection c, long batchId) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, payment_no FROM cash_payment WHERE batch_id = ?")) {
            ps.setLong(1, batchId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(2), rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * Replaces the proposals of open payments; a payment another desk changed or posted since it was
     * read (version or state differs) stops the whole run, as Hibernate's optimistic check did.
     */
    static void saveProposals(Session session, List<ProposalUpdate> updates) {
        session.flush();
        session.doWork(c -> {
            try (PreparedStatement up = c.prepareStatement(UPDATE_PROPOSAL);
                 PreparedStatement del = c.prepareStatement(DELETE_PROPOSAL);
                 PreparedStatement ins = c.prepareStatement(INSERT_PROPOSAL)) {
                for (int from = 0; from < updates.size(); from += BATCH) {
                    List<ProposalUpdate> chunk = updates.subList(from, Math.min(updates.size(), from + BATCH));
                    for (ProposalUpdate u : chunk) {
                        up.setString(1, u.status().name());
                        up.setDouble(2, u.confidence());
                        up.setString(3, u.reason());
                        if (u.customerId() == null) {
                            up.setNull(4, Types.BIGINT);
                        } else {
                            up.setLong(4, u.customerId());
                        }
                        up.setLong(5, u.paymentId());
                        up.setLong(6, u.version());
                        up.setString(7, PaymentState.OPEN.name());
                        up.addBatch();
                        del.setLong(1, u.paymentId());
                        del.addBatch();
                        int line = 0;
                        for (ProposalLine l : u.lines()) {
                            ins.setLong(1, u.paymentId());
                            ins.setInt(2, line++);
                            ins.setString(3, l.invoiceNo());
                            ins.setLong(4, l.applied().cents());
                            ins.setLong(5, l.discount().cents());
                            ins.setLong(6, l.deduction().cents());
                            ins.setString(7, l.status().name());
                            ins.addBatch();
                        }
                    }
                    int[] counts = up.executeBatch();
                    for (int k = 0; k < counts.length; k++) {
                        if (counts[k] == 0) {
                            throw new StoreException("Payment " + chunk.get(k).number()
                                    + " was changed at another desk while matching; match again.");
                        }
                    }
                    del.executeBatch();
                    ins.executeBatch();
                }
            }
        });
    }

    private static void setCents(PreparedStatement ps, int index, Money money) throws SQLException {
        if (money == null) {
            ps.setNull(index, Types.BIGINT);
        } else {
            ps.setLong(index, money.cents());
        }
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static long millis(Instant i) {
        return i.toEpochMilli();
    }
}
