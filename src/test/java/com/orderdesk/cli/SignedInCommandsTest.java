package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that change the book sign in as a person, are refused for the wrong role whatever the
 * command line says, and leave the audit trail under the name of who ran them.
 */
class SignedInCommandsTest {
    private static final Map<String, String> RIGHT_PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void oneShippedShipmentWaitingForItsInvoice() {
        InvoicingFixture fx = new InvoicingFixture(dir);
        fx.book.user("clerk", Role.ORDER_CLERK);
        fx.book.arClerk();
        fx.book.user("nightrun", Role.AR_CLERK);
        fx.book.admin();
        fx.ship(fx.acmeOrder(), 10, 3);
        fx.book.db.close();
        db = dir.resolve("book.db");
    }

    private CliRuns.Run issue(Map<String, String> env, String... signIn) {
        List<String> args = new ArrayList<>(List.of("issue", "--db", db.toString()));
        args.addAll(List.of(signIn));
        return CliRuns.run(new InvoicesCommand(), env, args.toArray(String[]::new));
    }

    @Test
    void withoutAUserTheCommandSaysHowToSignInAndChangesNothing() throws SQLException {
        CliRuns.Run r = issue(RIGHT_PASSWORD);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo(
                "invoices issue: sign in with --user NAME (the password is read from $ORDERDESK_PASSWORD, or asked for on a terminal).");
        assertThat(invoiceCount()).isZero();
    }

    /**
     * Every command that changes the book (or reads it for a person's paper) is refused without a
     * sign-in, before it reads its files or touches the book: one line, status 2, nothing written.
     */
    @Test
    void everyCommandThatChangesTheBookRefusesWithoutASignIn() throws Exception {
        Path csv = java.nio.file.Files.writeString(dir.resolve("in.csv"), "x\n");
        String book = db.toString();
        Map<String, Object[]> commands = new java.util.LinkedHashMap<>();
        commands.put("cash import", new Object[] {new CashCommand(), "import", "--db", book, csv.toString()});
        commands.put("claims-sweep", new Object[] {new ClaimsSweepCommand(), "--db", book});
        commands.put("customers import", new Object[] {new CustomersCommand(), "import", "--db", book, csv.toString()});
        commands.put("prices import", new Object[] {new PricesCommand(), "import", "--db", book, csv.toString()});
        commands.put("products import", new Object[] {new ProductsCommand(), "import", "--db", book, csv.toString()});
        // the exports read only, but sign in like every door of the book (they wrote their file unasked before)
        commands.put("products export", new Object[] {new ProductsCommand(), "export", "--db", book, "--out",
                dir.resolve("products.csv").toString()});
        commands.put("prices export", new Object[] {new PricesCommand(), "export", "--db", book, "--out",
                dir.resolve("prices.csv").toString()});
        commands.put("route-released", new Object[] {new RouteReleasedCommand(), "--db", book});
        commands.put("statements", new Object[] {new StatementsCommand(), "--db", book, "--as-of", "2026-11-26",
                "--out", dir.resolve("statements").toString()});
        commands.put("users add", new Object[] {new UsersCommand(), "add", "mallory", "--db", book, "--roles", "ADMINISTRATOR"});
        commands.put("invoices issue", new Object[] {new InvoicesCommand(), "issue", "--db", book});
        int entries = count("SELECT count(*) FROM audit_entry");
        int users = count("SELECT count(*) FROM app_user");

        for (var c : commands.entrySet()) {
            Object[] run = c.getValue();
            String[] args = java.util.Arrays.stream(run, 1, run.length).map(String::valueOf).toArray(String[]::new);
            CliRuns.Run r = CliRuns.run(run[0], RIGHT_PASSWORD, args);
            assertThat(r.status()).as(c.getKey() + ": " + r.err()).isEqualTo(2);
            assertThat(r.err().strip()).as(c.getKey()).endsWith(
                    ": sign in with --user NAME (the password is read from $ORDERDESK_PASSWORD, or asked for on a terminal).");
        }
        assertThat(count("SELECT count(*) FROM audit_entry")).as("no audit entry").isEqualTo(entries);
        assertThat(count("SELECT count(*) FROM app_user")).as("no user added").isEqualTo(users);
        assertThat(invoiceCount()).isZero();
        assertThat(dir.resolve("statements")).doesNotExist();
        assertThat(dir.resolve("products.csv")).doesNotExist();
        assertThat(dir.resolve("prices.csv")).doesNotExist();
    }

    @Test
    void withoutAPasswordOrTerminalItIsRefusedInOneLine() throws SQLException {
        CliRuns.Run r = issue(Map.of(), "--user", "ar1");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("invoices issue: No password for ar1: set $ORDERDESK_PASSWORD or run the command on a terminal.");
        assertThat(invoiceCount()).isZero();
    }

    @Test
    void aWrongPasswordIsRefusedAndTheFailedSignInIsAudited() throws SQLException {
        CliRuns.Run r = issue(Map.of(SignInOptions.PASSWORD_VARIABLE, "guess"), "--user", "ar1");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("invoices issue: Sign-in as ar1 refused:").doesNotContain("Exception", "\tat ");
        assertThat(invoiceCount()).isZero();
        assertThat(auditActions("ar1")).contains("SIGN_IN_FAILED");
    }

    @Test
    void anOrderClerkMayNotIssueInvoicesFromTheCommandLineEither() throws SQLException {
        CliRuns.Run r = issue(RIGHT_PASSWORD, "--user", "clerk");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).contains("clerk", "issue invoices").doesNotContain("Exception");
        assertThat(invoiceCount()).isZero();
        assertThat(auditActions("clerk")).doesNotContain("INVOICE_ISSUE");
    }

    @Test
    void anArClerkIssuesAndTheTrailNamesThatClerk() throws SQLException {
        CliRuns.Run r = issue(RIGHT_PASSWORD, "--user", "nightrun");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("Issued 1 invoice");
        assertThat(invoiceCount()).isEqualTo(1);
        assertThat(auditActions("nightrun")).contains("INVOICE_ISSUE");
        assertThat(auditActions("ar1")).doesNotContain("INVOICE_ISSUE");
    }

    @Test
    void aDeactivatedUserCannotUseTheCommandLineAfterwards() throws SQLException {
        Map<String, String> env = RIGHT_PASSWORD;
        CliRuns.Run off = CliRuns.run(new UsersCommand(), env, "deactivate", "nightrun", "--db", db.toString(), "--user", "admin",
                "--reason", "night runs moved to the new scheduler");
        assertThat(off.status()).as(off.err()).isZero();

        CliRuns.Run r = issue(env, "--user", "nightrun");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("invoices issue: Sign-in as nightrun refused:");
        assertThat(invoiceCount()).isZero();
        assertThat(auditActions("admin")).contains("USER_ACTIVE_CHANGE");
    }

    @Test
    void onlyAnAdministratorManagesUsers() throws SQLException {
        CliRuns.Run r = CliRuns.run(new UsersCommand(), RIGHT_PASSWORD, "add", "mallory", "--roles", "ADMINISTRATOR",
                "--db", db.toString(), "--user", "ar1");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = 'mallory'")).isZero();
    }

    private int invoiceCount() throws SQLException {
        return count("SELECT COUNT(*) FROM invoice");
    }

    private int count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            return rs.getInt(1);
        }
    }

    private List<String> auditActions(String username) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             var ps = c.prepareStatement("SELECT action FROM audit_entry WHERE username = ? ORDER BY seq")) {
            ps.setString(1, username);
            List<String> actions = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    actions.add(rs.getString(1));
                }
            }
            return actions;
        }
    }
}
