package com.orderdesk.persistence.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditVerification;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderLineDraft;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.order.OrderChannel;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trail as order saves write it (two sealed entries in one unit of work: the save and its
 * credit check; the head locked by a plain statement, the second entry trusting the head its own
 * unit sealed): it verifies, and an entry changed afterwards is still found, also with the public
 * hash chain recomputed over it; a tail cut off under the head is not covered by the next save.
 */
class AuditSealingTest {
    @TempDir
    Path dir;
    private TestBook book;
    private SignedInUser clerk;
    private SignedInUser manager;

    @BeforeEach
    void threeOrdersSaved() {
        book = TestBook.create(dir);
        clerk = book.clerk();
        manager = book.manager();
        for (int i = 0; i < 3; i++) {
            save();
        }
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    private void save() {
        book.services().orders().save(clerk, new OrderDraft(null, null, book.acmeId, book.acmeShipToId, OrderChannel.PHONE,
                null, null, null, List.of(new OrderLineDraft(book.gloveId, "GLV-NIT-L", 1, null, BigDecimal.ZERO))));
    }

    private AuditVerification verify() {
        return book.services().auditTrail().verify(manager, p -> { }, () -> false);
    }

    @Test
    void ordersSavedTwoEntriesAUnitVerifyAndEveryEntryIsSealed() throws SQLException {
        AuditVerification v = verify();
        assertThat(v.problems()).isEmpty();
        assertThat(v.intact()).isTrue();
        assertThat(queryLong("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORDER_SAVE'")).isEqualTo(3);
        assertThat(queryLong("SELECT COUNT(*) FROM audit_entry WHERE mac IS NULL")).isZero();
        // the sealed head moved with the last entry, which is the second of its unit
        assertThat(queryLong("SELECT keyed_seq FROM audit_head WHERE id = 1")).isEqualTo(maxSeq());
    }

    @Test
    void aChangedEntryIsFound() throws SQLException {
        long seq = secondOfTheMiddleSave();
        sql("UPDATE audit_entry SET after_value = '{\"kind\":\"new\"}' WHERE seq = " + seq);

        AuditVerification v = verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.problemsFor(seq)).isNotEmpty();
    }

    @Test
    void aChangedEntryWithTheHashChainRecomputedIsFoundByItsSeal() throws SQLException {
        long seq = secondOfTheMiddleSave();
        sql("UPDATE audit_entry SET reason = 'forged' WHERE seq = " + seq);
        String head = rechainFrom(seq);
        sql("UPDATE audit_head SET hash = '" + head + "' WHERE id = 1");

        AuditVerification v = verify();

        assertThat(v.intact()).isFalse();
        assertThat(v.problemsFor(seq)).anySatisfy(p -> assertThat(p.toString()).contains("seal"));
    }

    @Test
    void aCutTailIsNotSealedOverByTheNextSave() throws SQLException {
        long last = maxSeq();
        String earlier = queryText("SELECT hash FROM audit_entry WHERE seq = " + (last - 2));
        sql("DELETE FROM audit_entry WHERE seq > " + (last - 2));
        sql("UPDATE audit_head SET seq = " + (last - 2) + ", hash = '" + earlier + "' WHERE id = 1");

        save(); // a new unit: its head is not the one it sealed, so the stored trail is asked

        assertThat(queryLong("SELECT keyed_seq FROM audit_head WHERE id = 1")).isEqualTo(last);
        assertThat(verify().intact()).isFalse();
    }

    @Test
    void aTailDeletedUnderAnUntouchedHeadIsNotSealedOverByTheNextSave() throws SQLException {
        long last = maxSeq();
        sql("DELETE FROM audit_entry WHERE seq > " + (last - 2));

        save(); // the head's MAC holds, but the entry it names is gone from the stored trail

        assertThat(queryLong("SELECT keyed_seq FROM audit_head WHERE id = 1")).isEqualTo(last);
        assertThat(queryLong("SELECT seq FROM audit_head WHERE id = 1")).isEqualTo(last + 2);
        assertThat(verify().intact()).isFalse();
    }

    private long secondOfTheMiddleSave() throws SQLException {
        long save = queryLong("SELECT seq FROM audit_entry WHERE action = 'ORDER_SAVE' ORDER BY seq LIMIT 1 OFFSET 1");
        return save + 1;
    }

    private String rechainFrom(long seq) throws SQLException {
        String hash = null;
        try (Connection c = connect();
             PreparedStatement read = c.prepareStatement("SELECT seq, at, username, action, doc_type, doc_id, before_value,"
                     + " after_value, reason, prev_hash FROM audit_entry WHERE seq >= ? ORDER BY seq");
             PreparedStatement write = c.prepareStatement("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            dropTriggers(c);
            read.setLong(1, seq);
            try (ResultSet r = read.executeQuery()) {
                while (r.next()) {
                    String prev = hash == null ? r.getString(10) : hash;
                    AuditEntry e = new AuditEntry(r.getLong(1), Instant.ofEpochMilli(r.getLong(2)), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                            prev, null);
                    hash = AuditChain.hashOf(e);
                    write.setString(1, prev);
                    write.setString(2, hash);
                    write.setLong(3, e.sequence());
                    write.executeUpdate();
                }
            }
        }
        return hash;
    }

    private long maxSeq() throws SQLException {
        return queryLong("SELECT MAX(seq) FROM audit_entry");
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            dropTriggers(c);
            s.execute(statement);
        }
    }

    private static void dropTriggers(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_update");
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete");
        }
    }

    private long queryLong(String query) throws SQLException {
        return Long.parseLong(queryText(query));
    }

    private String queryText(String query) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getString(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("book.db"));
    }
}
