package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that opens a book, given a file that is not one: exit status 2, one line naming
 * the file and what is wrong with it, no stack trace, and the file exactly as it was (same bytes,
 * same modification time, no journal or WAL beside it). Same for the window's start (the root
 * command), which refuses before any window opens.
 */
class BadDatabaseCommandsTest {
    private static final Map<String, String> ENV = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    static Path dir;
    private static Path realBook;
    private static final String NEWER = "a book of a newer version";

    /** One real book, whose bytes the "damaged" and "read-only" cases start from. */
    @BeforeAll
    static void aRealBook() throws IOException {
        TestBook book = TestBook.create(Files.createDirectories(dir.resolve("real")));
        book.admin();
        book.db.close();
        realBook = dir.resolve("real/book.db");
    }

    record Kind(String name, String expected, Maker maker) {
    }

    interface Maker {
        Path make(Path folder) throws Exception;
    }

    record Invocation(String name, boolean mayCreate, List<String> args) {
    }

    private static List<Kind> kinds() {
        return List.of(
                new Kind("a text file", "is not a SQLite database", f -> Files.writeString(f.resolve("notes.db"), "Order list\nPO 7781\n")),
                new Kind("random bytes", "is not a SQLite database", f -> Files.write(f.resolve("noise.db"), bytes(8192, 7))),
                new Kind("another program's SQLite", "is a SQLite database of another program", BadDatabaseCommandsTest::otherProgramsSqlite),
                new Kind("a folder", "is a folder", f -> Files.createDirectory(f.resolve("folder.db"))),
                new Kind("an empty file", "is empty (0 bytes)", f -> Files.createFile(f.resolve("empty.db"))),
                new Kind("a damaged book", "is a damaged SQLite database", BadDatabaseCommandsTest::damagedBook),
                new Kind("a read-only book", "is read-only", BadDatabaseCommandsTest::readOnlyBook),
                new Kind(NEWER, "was written by a newer version of Order Desk",
                        BadDatabaseCommandsTest::newerBook));
    }

    private static List<Invocation> invocations() {
        return List.of(
                new Invocation("invoices export", false, List.of("invoices", "export", "--out", "OUT", "--user", "admin")),
                new Invocation("invoices issue", false, List.of("invoices", "issue", "--user", "admin")),
                new Invocation("route-released", false, List.of("route-released", "--user", "admin")),
                new Invocation("audit verify", false, List.of("audit", "verify", "--user", "admin")),
                new Invocation("audit head", false, List.of("audit", "head", "--user", "admin")),
                new Invocation("users list", false, List.of("users", "list", "--user", "admin")),
                new Invocation("bench-desk", false, List.of("bench-desk", "--user", "admin")),
                new Invocation("bench-credit", false, List.of("bench-credit")),
                new Invocation("statements", false, List.of("statements", "--as-of", "2026-11-26", "--out", "OUT", "--user", "admin")),
                new Invocation("cash import", false, List.of("cash", "import", "--user", "admin", "statement.bai")),
                new Invocation("cash-import-bench", false, List.of("cash-import-bench", "--user", "admin")),
                new Invocation("demo-data", true, List.of("demo-data")),
                new Invocation("the window (no command)", true, List.of()));
    }

    @TestFactory
    Stream<DynamicTest> everyCommandRefusesEveryKindOfBadFileAndLeavesItAlone() {
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (Invocation inv : invocations()) {
            for (Kind kind : kinds()) {
                if (inv.args().isEmpty() && kind.name().equals(NEWER)) {
                    // the file check before the window cannot read a schema's versions: the desk refuses such a
                    // book when it opens it, in its own refusal window (StartRefusedScreenTest's Flyway case)
                    continue;
                }
                Path folder = dir.resolve("case" + n++);
                tests.add(DynamicTest.dynamicTest(inv.name() + " on " + kind.name(), () -> {
                    Files.createDirectories(folder);
                    Path file = kind.maker().make(folder);
                    String before = fingerprint(file);
                    CliRuns.Run r = run(inv, file, folder);

                    assertThat(r.status()).as(r.err()).isEqualTo(2);
                    assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
                    assertThat(r.err()).contains(file.toString(), kind.expected()).doesNotContain("Exception", "\tat ");
                    assertThat(fingerprint(file)).as("the file after the refusal").isEqualTo(before);
                    try (Stream<Path> left = Files.list(folder)) {
                        assertThat(left.map(p -> p.getFileName().toString())).containsExactly(file.getFileName().toString());
                    }
                }));
            }
            Path folder = dir.resolve("case" + n++);
            tests.add(DynamicTest.dynamicTest(inv.name() + " on a file in a folder that does not exist", () -> {
                Path file = folder.resolve("no-such-folder/book.db");
                CliRuns.Run r = run(inv, file, folder);

                assertThat(r.status()).as(r.err()).isEqualTo(2);
                assertThat(r.err().lines().toList()).hasSize(1);
                assertThat(r.err()).contains(inv.mayCreate() ? "does not exist; create it first" : "no such database file");
                assertThat(folder).doesNotExist();
            }));
        }
        return tests.stream();
    }

    private static CliRuns.Run run(Invocation inv, Path file, Path folder) {
        List<String> args = new ArrayList<>();
        for (String a : inv.args()) {
            args.add(a.equals("OUT") ? folder.resolve("pdf").toString() : a);
        }
        args.addAll(List.of("--db", file.toString()));
        CliRuns.Run r = CliRuns.run(new OrderDeskCommand((sentence, near) -> false), ENV, args.toArray(String[]::new));
        return r;
    }

    /** Bytes and modification time of a file, or the listing of a folder. */
    private static String fingerprint(Path file) throws IOException, NoSuchAlgorithmException {
        if (Files.isDirectory(file)) {
            try (Stream<Path> s = Files.list(file)) {
                return "folder " + s.toList();
            }
        }
        FileTime modified = Files.getLastModifiedTime(file);
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file));
        return HexFormat.of().formatHex(digest) + " " + modified.toMillis() + " " + Files.getPosixFilePermissions(file);
    }

    private static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Path otherProgramsSqlite(Path folder) throws SQLException {
        Path f = folder.resolve("recipes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("CREATE TABLE recipe (id INTEGER PRIMARY KEY, name TEXT)");
            c.createStatement().execute("INSERT INTO recipe (name) VALUES ('bread')");
        }
        return f;
    }

    /** The real book's first page (header and schema root) followed by noise: the schema cannot be read. */
    private static Path damagedBook(Path folder) throws IOException {
        byte[] real = Files.readAllBytes(realBook);
        byte[] damaged = bytes(real.length, 11);
        System.arraycopy(real, 0, damaged, 0, 100);
        return Files.write(folder.resolve("damaged.db"), damaged);
    }

    private static Path readOnlyBook(Path folder) throws IOException {
        Path f = Files.copy(realBook, folder.resolve("archived.db"));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("r--r--r--"));
        return f;
    }

    /** The real book with one more migration in its history than this desk knows, as a later version writes it. */
    private static Path newerBook(Path folder) throws IOException, SQLException {
        Path f = Files.copy(realBook, folder.resolve("newer.db"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + f)) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type,"
                    + " script, checksum, installed_by, execution_time, success) SELECT MAX(installed_rank) + 1, '999',"
                    + " 'a later feature', 'SQL', 'V999__a_later_feature.sql', 1, 'orderdesk', 1, 1 FROM flyway_schema_history");
        }
        return f;
    }
}
