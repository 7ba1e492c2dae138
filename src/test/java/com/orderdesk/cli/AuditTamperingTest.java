package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.audit.AuditChain;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Someone with the database file but not a password edits it directly, as an attacker with a SQL
 * console would: drops the append-only triggers, rewrites entries, recomputes the public hash
 * chain, cuts the tail and moves the head back, raises a user's role. {@code audit verify} finds
 * each (exit 1, one line per finding) and passes an untouched book (exit 0).
 */
class AuditTamperingTest {
    private static final Map<String, String> ENV = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void aBookWithAFewDecisions() {
        TestBook book = TestBook.create(dir);
        SignedInUser admin = book.admin();
        book.manager();
        book.clerk();
        for (String name : List.of("dora", "eli", "finn", "gus")) {
            book.services().users().add(admin, name, name, EnumSet.of(Role.ORDER_CLERK), "firstpass1".toCharArray());
        }
        book.services().users().setActive(admin, "gus", false, "left the company");
        book.db.close();
        db = dir.resolve("book.db");
    }

    private CliRuns.Run verify(String... more) {
        List<String> args = new ArrayList<>(List.of("verify", "--db", db.toString(), "--user", "carmen"));
        args.addAll(List.of(more));
        return CliRuns.run(new AuditCommand(), ENV, args.toArray(String[]::new));
    }

    @Test
    void anUntouchedBookIsIntact() {
        CliRuns.Run r = verify();
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("The audit trail is intact:");
    }

    @Test
    void aRewrittenEntryIsFound() throws SQLException {
        long seq = seqOf("USER_ACTIVE_CHANGE");
        sql("UPDATE audit_entry SET reason = 'asked to leave' WHERE seq = " + seq);

        CliRuns.Run r = verify();

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("Entry " + seq);
    }

    /** The hash chain is public (SHA-256 of a documented form); only the keyed seals stop a careful forger. */
    @Test
    void aRewrittenEntryWithTheWholeChainRecomputedIsStillFound() throws SQLException {
        long seq = seqOf("USER_ACTIVE_CHANGE");
        sql("UPDATE audit_entry SET reason = 'asked to leave' WHERE seq = " + seq);
        String head = rechainFrom(seq);
        sql("UPDATE audit_head SET hash = '" + head + "' WHERE id = 1");

        CliRuns.Run r = verify();

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("Entry " + seq + "'s seal does not match it");
    }

    @Test
    void aCutTailWithTheHeadMovedBackIsFound() throws SQLException {
        long last = maxSeq();
        String earlierHash = hashOf(last - 2);
        sql("DELETE FROM audit_entry WHERE seq > " + (last - 2));
        sql("UPDATE audit_head SET seq = " + (last - 2) + ", hash = '" + earlierHash + "' WHERE id = 1");

        CliRuns.Run r = verify();

        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).containsIgnoringCase("head");
    }

    @Test
    void aRoleRaisedInTheDatabaseIsFoundAndThatUserCannotSignIn() throws SQLException {
        sql("UPDATE app_user SET role = 'ADMINISTRATOR' WHERE username = 'clerk1'");

        CliRuns.Run r = verify();
        assertThat(r.status()).isEqualTo(1);
        assertThat(r.out()).contains("User clerk1's record");

        CliRuns.Run asClerk = CliRuns.run(new UsersCommand(), ENV, "list", "--db", db.toString(), "--user", "clerk1");
        assertThat(asClerk.status()).isEqualTo(2);
        assertThat(asClerk.err()).contains("Sign-in as clerk1 refused");
        try (var services = com.orderdesk.app.BookStart.openExisting(DatabaseConfig.sqlite(db), TestBook.CLOCK)) {
            SignInResult result = services.signIn().signIn("clerk1", TestBook.PASSWORD.toCharArray());
            assertThat(result.signedIn()).isFalse();
        }
    }

    /**
     * A whole older copy of the file put back is consistent in itself: only a head kept elsewhere
     * ({@code audit head}, e.g. printed or mailed daily) shows that entries are gone.
     */
    @Test
    void anOlderCopyPutBackIsFoundOnlyByAWitnessKeptElsewhere() throws Exception {
        Path older = Files.copy(db, dir.resolve("older.db"));
        CliRuns.Run more = CliRuns.run(new UsersCommand(), ENV, "deactivate", "dora", "--db", db.toString(), "--user", "admin",
                "--reason", "left the company");
        assertThat(more.status()).as(more.err()).isZero();
        Path witness = dir.resolve("head.txt");
        CliRuns.Run head = CliRuns.run(new AuditCommand(), ENV, "head", "--db", db.toString(), "--user", "carmen", "--out", witness.toString());
        assertThat(head.status()).as(head.err()).isZero();
        assertThat(Files.readString(witness)).startsWith("orderdesk-audit-head ");
        assertThat(verify("--witness", witness.toString()).status()).isZero();

        Files.copy(older, db, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(verify().status()).as("the older copy is consistent in itself").isZero();
        CliRuns.Run withWitness = verify("--witness", witness.toString());
        assertThat(withWitness.status()).isEqualTo(1);
        String witnessedEntry = Files.readString(witness).strip().split(" ")[1];
        assertThat(Long.parseLong(witnessedEntry)).isGreaterThan(maxSeq());
        assertThat(withWitness.out()).contains("Entry " + witnessedEntry);
    }

    @Test
    void aWitnessThatIsNotOneIsRefusedInOneLine() throws Exception {
        Path witness = Files.writeString(dir.resolve("head.txt"), "hello\n");
        CliRuns.Run r = verify("--witness", witness.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("not a head written by 'audit head'");
    }

    /** Before: "--witness …/head.bin: cannot be read: Input length = 1", the charset decoder's words. */
    @Test
    void aBinaryWitnessIsRefusedInOneSentence() throws Exception {
        Path witness = Files.write(dir.resolve("head.bin"), new byte[] {(byte) 0xC3, 0x28, (byte) 0xFF, 0x00, 0x17});
        CliRuns.Run r = verify("--witness", witness.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("audit verify: --witness " + witness + " is not a witness file: it is not UTF-8 text"
                + " (give a file written by 'audit head').");
    }

    /** Before: the head was computed, then "--out …: cannot write: …" with the bare path for a cause. */
    @Test
    void aHeadIntoAFolderIsRefusedBeforeAnyWork() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("heads"));
        CliRuns.Run r = CliRuns.run(new AuditCommand(), ENV, "head", "--db", db.toString(), "--user", "carmen", "--out", folder.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("audit head: --out " + folder + ": " + folder + " is a folder; name the file to write (for example "
                + folder.resolve("head.txt") + ")");
    }

    /** The attacker's own tool: recompute every hash from {@code seq} on, as the documented chain does. */
    private String rechainFrom(long seq) throws SQLException {
        String previous = hashOf(seq - 1);
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT seq, at, username, action, doc_type, doc_id,"
                     + " before_value, after_value, reason FROM audit_entry WHERE seq >= " + seq + " ORDER BY seq");
             PreparedStatement update = c.prepareStatement("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE seq = ?")) {
            while (rs.next()) {
                AuditEntry e = new AuditEntry(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9), previous, null);
                String hash = AuditChain.hashOf(e);
                update.setString(1, previous);
                update.setString(2, hash);
                update.setLong(3, e.sequence());
                update.executeUpdate();
                previous = hash;
            }
        }
        return previous;
    }

    private void sql(String statement) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_update");
            s.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete");
            s.execute(statement);
        }
    }

    private long seqOf(String action) throws SQLException {
        return queryLong("SELECT MAX(seq) FROM audit_entry WHERE action = '" + action + "'");
    }

    private long maxSeq() throws SQLException {
        return queryLong("SELECT MAX(seq) FROM audit_entry");
    }

    private String hashOf(long seq) throws SQLException {
        try (Connection c = connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT hash FROM audit_entry WHERE seq = " + seq)) {
            return rs.getString(1);
        }
    }

    private long queryLong(String query) throws SQLException {
        try (Connection c = connect(); ResultSet rs = c.createStatement().executeQuery(query)) {
            return rs.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + db);
    }
}
