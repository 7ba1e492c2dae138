package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command of {@code orderdesk} (found by walking picocli's subcommands, not listed by hand)
 * that can name a book refuses to act on it without a sign-in, and for a user who holds no role:
 * exit status 2, one line that says how to sign in or what the user may not do, and the book as it
 * was: the same SHA-256 of the file without a sign-in; after a role-less user's sign-in, every table
 * the same but for the audit trail's record of that sign-in. The commands that need no sign-in, or
 * that any signed-in user may run, are listed below with the reason.
 */
class EveryCommandSignsInTest {
    /** The password of every test user, and a new one for the commands that set one (password, users add). */
    private static final Map<String, String> RIGHT_PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD,
            UsersCommand.NEW_PASSWORD_VARIABLE, "a-new-password-7");

    /** Commands that take no sign-in: why each cannot change a book of the desk. */
    static final Map<String, String> NO_SIGN_IN = new TreeMap<>(Map.ofEntries(
            Map.entry("demo-data", "makes a new book: refuses a file that exists (DemoDataCommandTest)"),
            Map.entry("claims-bench", "builds a new SQLite file of its own to measure; refuses a file that exists"),
            Map.entry("match", "reads CSV files and writes applications.csv; takes no book"),
            Map.entry("bank-payments", "turns a bank file into payments.csv; takes no book"),
            Map.entry("predict-payments", "reads CSV files and writes predictions.csv; takes no book"),
            Map.entry("capture", "reads message files and master-data CSVs, writes drafts.json; takes no book"),
            Map.entry("route", "routes a scenario JSON file; takes no book"),
            Map.entry("route-bench", "times the router on generated scenarios; takes no book"),
            Map.entry("match-bench", "times matching on generated files; takes no book"),
            Map.entry("invoice-print-bench", "times printing of generated invoices; takes no book"),
            Map.entry("predict-bench", "times prediction on generated files; takes no book"),
            Map.entry("kpi-bench", "times the figures on generated ledgers; takes no book"),
            Map.entry("capture-bench", "times capture on generated messages; takes no book")));

    /** Commands any signed-in user may run, whatever their role: why. */
    static final Map<String, String> ANYONE_SIGNED_IN = Map.of(
            "password", "a user replaces their own password, as File > Change password does in the window");

    /** Commands refused without --user, that sign in later through another command: why the role case is not run. */
    static final Map<String, String> SIGNS_IN_LATER = Map.of(
            "cash-import-bench", "runs 'cash import' with --user after it made its file; that command reads the process's own"
                    + " $ORDERDESK_PASSWORD, not this test's (cash import's role refusal is its own case here)");

    @TempDir
    static Path dir;
    private static Path book;
    private static Path input;

    @BeforeAll
    static void aBookWithAShipmentToInvoice() throws Exception {
        InvoicingFixture fx = new InvoicingFixture(Files.createDirectories(dir.resolve("book")));
        fx.book.admin();
        fx.book.user("nobody", Set.of());
        fx.ship(fx.acmeOrder(), 10, 3);
        fx.book.db.close();
        book = dir.resolve("book/book.db");
        input = Files.writeString(dir.resolve("in.csv"), "x\n");
    }

    /** Every leaf command of the root, by its full name ("invoices issue"). */
    static Map<String, CommandSpec> leaves() {
        Map<String, CommandSpec> leaves = new TreeMap<>();
        collect(new CommandLine(new OrderDeskCommand((sentence, near) -> false)), leaves);
        return leaves;
    }

    private static void collect(CommandLine cli, Map<String, CommandSpec> leaves) {
        for (CommandLine sub : cli.getSubcommands().values()) {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                continue;
            }
            if (sub.getSubcommands().isEmpty()) {
                leaves.put(sub.getCommandSpec().qualifiedName().replaceFirst("^orderdesk ", ""), sub.getCommandSpec());
            } else {
                collect(sub, leaves);
            }
        }
    }

    /** The command line: the command's words, its required options and parameters with harmless values, --db. */
    private static List<String> commandLine(String name, CommandSpec spec, String... signIn) {
        List<String> args = new ArrayList<>(List.of(name.split(" ")));
        int n = 0;
        for (var option : spec.options()) {
            if (option.required() && option.group() == null && !option.longestName().equals("--user")
                    && !option.longestName().equals("--db")) {
                args.add(option.longestName());
                args.add(value(option, option.longestName(), n++));
            }
        }
        for (var p : spec.positionalParameters()) {
            if (p.arity().min() > 0 && p.group() == null) {
                args.add(value(p, p.paramLabel(), n++));
                if (p.paramLabel().equals("ACTION")) {
                    args.add("mallory"); // the user acted on
                }
            }
        }
        args.addAll(List.of("--db", book.toString()));
        args.addAll(List.of(signIn));
        return args;
    }

    private static String value(ArgSpec arg, String name, int n) {
        Class<?> type = arg.auxiliaryTypes().length > 0 && arg.auxiliaryTypes()[0] != Object.class
                ? arg.auxiliaryTypes()[0] : arg.type();
        if (type == Path.class || type == java.io.File.class) {
            return name.contains("out") ? dir.resolve("out" + n).toString() : input.toString();
        }
        String label = arg.paramLabel();
        if (label.equals("ACTION")) {
            return "add"; // users ACTION USER: the change a user administrator makes
        }
        if (label.startsWith("YYYY")) {
            return TestBook.TODAY.toString();
        }
        if (label.equals("N")) {
            return "1";
        }
        if (type == LocalDate.class) {
            return TestBook.TODAY.toString();
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "1";
        }
        return "mallory";
    }

    @Test
    void everyCommandListedAsNeedingNoSignInIsStillACommand() {
        assertThat(leaves().keySet()).containsAll(NO_SIGN_IN.keySet()).containsAll(ANYONE_SIGNED_IN.keySet())
                .containsAll(SIGNS_IN_LATER.keySet());
        assertThat(leaves().size()).as("commands found").isGreaterThan(30);
    }

    @TestFactory
    Stream<DynamicTest> withoutASignInEveryCommandThatTakesABookRefusesAndLeavesItAlone() {
        List<DynamicTest> tests = new ArrayList<>();
        leaves().forEach((name, spec) -> {
            if (NO_SIGN_IN.containsKey(name)) {
                return;
            }
            tests.add(DynamicTest.dynamicTest(name + " without a sign-in", () -> {
                String before = sha256(book);
                List<String> args = commandLine(name, spec);
                CliRuns.Run r = CliRuns.run(new OrderDeskCommand((sentence, near) -> false), RIGHT_PASSWORD,
                        args.toArray(String[]::new));

                assertThat(r.status()).as(args + ": " + r.err()).isEqualTo(2);
                // one line; picocli's own "Missing required option: '--user=NAME'" adds the usage below it
                assertThat(r.err().lines().findFirst().orElse("")).as(String.join(" ", args) + ": " + r.err()).contains("--user");
                assertThat(r.err()).doesNotContain("Exception", "\tat ");
                assertThat(sha256(book)).as("the book after " + name).isEqualTo(before);
            }));
        });
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> aUserWithoutARoleIsRefusedByEveryCommandThatTakesABook() {
        List<DynamicTest> tests = new ArrayList<>();
        leaves().forEach((name, spec) -> {
            if (NO_SIGN_IN.containsKey(name) || ANYONE_SIGNED_IN.containsKey(name) || SIGNS_IN_LATER.containsKey(name)) {
                return;
            }
            tests.add(DynamicTest.dynamicTest(name + " as a user of no role", () -> {
                Map<String, String> before = tables();
                List<String> args = commandLine(name, spec, "--user", "nobody");
                CliRuns.Run r = CliRuns.run(new OrderDeskCommand((sentence, near) -> false), RIGHT_PASSWORD,
                        args.toArray(String[]::new));

                assertThat(r.status()).as(args + ": " + r.err()).isEqualTo(2);
                assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
                assertThat(r.err()).as(String.join(" ", args)).contains("nobody may not ").doesNotContain("Exception", "\tat ");
                Map<String, String> after = tables();
                for (var table : before.entrySet()) {
                    // the sign-in is audited (and its sequence moves); a test user's cheap hash is upgraded at sign-in
                    if (!table.getKey().startsWith("audit") && !table.getKey().equals("sqlite_sequence")) {
                        assertThat(after.get(table.getKey())).as(table.getKey() + " after " + name).isEqualTo(table.getValue());
                    }
                }
                assertThat(newAuditActions(before)).as("audited by " + name).allMatch(a -> a.equals("SIGN_IN"));
            }));
        });
        return tests.stream();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    /** Each table's rows, hashed. */
    private static Map<String, String> tables() throws Exception {
        Map<String, String> tables = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + book)) {
            List<String> names = new ArrayList<>();
            try (var rs = c.createStatement().executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String name : names) {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                int rows = 0;
                String which = name.equals("app_user") ? "username, display_name, role, active" : "*";
                try (var rs = c.createStatement().executeQuery("SELECT " + which + " FROM \"" + name + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int i = 1; i <= columns; i++) {
                            sha.update((rs.getString(i) + "\u001f").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                }
                tables.put(name, rows + ":" + HexFormat.of().formatHex(sha.digest()));
            }
        }
        return tables;
    }

    private static List<String> newAuditActions(Map<String, String> before) throws Exception {
        int had = Integer.parseInt(before.get("audit_entry").split(":")[0]);
        List<String> actions = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + book);
             var rs = c.createStatement().executeQuery("SELECT action FROM audit_entry ORDER BY id LIMIT -1 OFFSET " + had)) {
            while (rs.next()) {
                actions.add(rs.getString(1));
            }
        }
        return actions;
    }
}
