package com.orderdesk.persistence.audit;

import com.orderdesk.logic.audit.AuditChainVerifier;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.AuditTrail;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.logic.audit.ChainHead;
import com.orderdesk.persistence.Database;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/** Reads the audit trail for the viewer and verifies the stored chain, streaming by row id. */
public final class AuditTrailQueries implements AuditTrail {
    private static final String COLUMNS = "seq, at, username, action, doc_type, doc_id, before_value, after_value, "
            + "reason, prev_hash, hash";

    private final Database db;
    private final ZoneId zone;

    public AuditTrailQueries(Database db, ZoneId zone) {
        this.db = db;
        this.zone = zone;
    }

    @Override
    public List<AuditEntry> find(AuditQuery q) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        if (q.user() != null && !q.user().isBlank()) {
            sql.append(" AND lower(username) = ?");
            args.add(q.user().strip().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND at >= ?");
            args.add(q.from().atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND at < ?");
            args.add(q.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (q.document() != null && !q.document().isBlank()) {
            sql.append(" AND doc_id LIKE ?");
            args.add(q.document().strip().replace("%", "").replace("_", "") + "%");
        }
        sql.append(" ORDER BY seq DESC LIMIT ").append(q.limit());
        return db.read(s -> s.doReturningWork(c -> {
            List<AuditEntry> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
            }
            return out;
        }));
    }

    @Override
    public AuditVerification verify(DoubleConsumer progress, BooleanSupplier cancelled) {
        return db.read(s -> s.doReturningWork(c -> {
            ChainHead head = null;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next() && rs.getLong(1) > 0) {
                    head = new ChainHead(rs.getLong(1), rs.getString(2));
                }
            }
            long total = 1;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_entry");
                 ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    total = Math.max(1, rs.getLong(1));
                }
            }
            AuditChainVerifier verifier = new AuditChainVerifier(head);
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id")) {
                ps.setFetchSize(1000);
                try (ResultSet rs = ps.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        verifier.accept(entry(rs));
                        if (++n % 1000 == 0) {
                            if (cancelled.getAsBoolean()) {
                                throw new CancellationException("Verification of the audit trail was cancelled.");
                            }
                            progress.accept((double) n / total);
                        }
                    }
                }
            }
            progress.accept(1.0);
            return verifier.result();
        }));
    }

    private static AuditEntry entry(ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11));
    }
}
