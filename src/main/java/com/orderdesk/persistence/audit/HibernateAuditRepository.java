package com.orderdesk.persistence.audit;

import com.orderdesk.application.audit.AuditRepository;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.audit.SealedHead;
import com.orderdesk.logic.audit.StoredEntry;
import com.orderdesk.persistence.CurrentSession;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.hibernate.ScrollMode;
import org.hibernate.ScrollableResults;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** {@link AuditRepository} on audit_entry and audit_head, read as plain rows (no entity per entry). */
public final class HibernateAuditRepository implements AuditRepository {
    private static final String COLUMNS = "seq, at, username, action, doc_type, doc_id, before_value, after_value, "
            + "reason, prev_hash, hash, mac";

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public List<AuditEntry> find(AuditQuery q, ZoneId zone) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM audit_entry WHERE 1 = 1");
        Map<String, Object> args = new LinkedHashMap<>();
        if (q.user() != null && !q.user().isBlank()) {
            sql.append(" AND lower(username) = :user");
            args.put("user", q.user().strip().toLowerCase(Locale.ROOT));
        }
        if (q.from() != null) {
            sql.append(" AND at >= :from");
            args.put("from", q.from().atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (q.to() != null) {
            sql.append(" AND at < :to");
            args.put("to", q.to().plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
        }
        if (q.document() != null && !q.document().isBlank()) {
            sql.append(" AND doc_id LIKE :doc ESCAPE '!'");
            args.put("doc", com.orderdesk.persistence.TextSearch.escapeLike(q.document().strip()) + "%");
        }
        sql.append(" ORDER BY seq DESC");
        NativeQuery<Object[]> query = s().createNativeQuery(sql.toString(), Object[].class);
        args.forEach(query::setParameter);
        return query.setMaxResults(q.limit()).getResultList().stream().map(r -> stored(r).entry()).toList();
    }

    @Override
    public long count() {
        return ((Number) s().createNativeQuery("SELECT count(*) FROM audit_entry", Object.class).getSingleResult()).longValue();
    }

    @Override
    public void forEachStored(Predicate<StoredEntry> each) {
        try (ScrollableResults<Object[]> rows = s().createNativeQuery("SELECT " + COLUMNS + " FROM audit_entry ORDER BY id",
                Object[].class).setFetchSize(1000).scroll(ScrollMode.FORWARD_ONLY)) {
            while (rows.next()) {
                if (!each.test(stored(rows.get()))) {
                    return;
                }
            }
        }
    }

    @Override
    public Optional<SealedHead> head() {
        return s().createNativeQuery("SELECT seq, hash, keyed_seq, keyed_hash, mac FROM audit_head WHERE id = 1", Object[].class)
                .getResultStream().findFirst()
                .map(r -> new SealedHead(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(),
                        (String) r[3], (String) r[4]));
    }

    @Override
    public Optional<String> hashAt(long sequence) {
        return s().createNativeQuery("SELECT hash FROM audit_entry WHERE seq = :s", String.class).setParameter("s", sequence)
                .getResultStream().findFirst();
    }

    private static StoredEntry stored(Object[] r) {
        return new StoredEntry(new AuditEntry(((Number) r[0]).longValue(), Instant.ofEpochMilli(((Number) r[1]).longValue()),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7], (String) r[8],
                (String) r[9], (String) r[10]), (String) r[11]);
    }
}
