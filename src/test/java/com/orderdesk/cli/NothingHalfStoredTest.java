package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing half-stored: each importer given a file with good rows around one bad row refuses it, and
 * the book's every table holds as many rows after as before, counted in the SQLite file itself
 * (the sign-in's own audit entries aside). The good rows before the bad one are the ones a
 * row-by-row import would have kept.
 */
class NothingHalfStoredTest {
    private static final Map<String, String> PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void book() {
        CashFixture fx = new CashFixture(dir); // customers, products, open invoices
        fx.book.admin();
        fx.book.arClerk();
        fx.book.db.close();
        db = dir.resolve("book.db");
    }

    /** Rows per table, from the file; audit entries of signing in are left out (a refused import still signed in). */
    private Map<String, Long> rows() throws SQLException {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                String where = t.equals("audit_entry") ? " WHERE action NOT LIKE 'SIGN_IN%'" : "";
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM \"" + t + "\"" + where)) {
                    rs.next();
                    counts.put(t, rs.getLong(1));
                }
            }
        }
        assertThat(counts).containsKeys("customer", "product", "customer_price", "cash_payment", "audit_entry");
        return counts;
    }

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
    }

    private void refusedAndNothingStored(Object command, String user, String... args) throws Exception {
        Map<String, Long> before = rows();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--db", db.toString(), "--user", user));
        CliRuns.Run r = CliRuns.run(command, PASSWORD, all.toArray(String[]::new));
        assertThat(r.status()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).contains(":3:").doesNotContain("Exception");
        assertThat(rows()).as("rows per table after the refused import").isEqualTo(before);
    }

    @Test
    void customers() throws Exception {
        String h = String.join(",", CustomersCsv.COLUMNS);
        String good = ",,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true";
        refusedAndNothingStored(new CustomersCommand(), "admin", "import", file("customers.csv", h,
                "C-40001,First Good" + good,
                "C-40002,Bad Terms,,,,,9 Main St,,Houston,TX,77002,sometime,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                "C-40003,Last Good" + good).toString());
    }

    @Test
    void products() throws Exception {
        refusedAndNothingStored(new ProductsCommand(), "admin", "import", file("products.csv",
                "sku,description,unit,case_qty,weight_kg,gtin,list_price,cost,category,taxable,status",
                "NEW-1,First good,EA,12,0.540,,8.25,4.10,Janitorial,yes,active",
                "NEW-2,Bad case,EA,zero,0.540,,8.25,4.10,Janitorial,yes,active",
                "NEW-3,Last good,EA,12,0.540,,8.25,4.10,Janitorial,yes,active").toString());
    }

    @Test
    void prices() throws Exception {
        refusedAndNothingStored(new PricesCommand(), "admin", "import", file("prices.csv",
                "customer_no,sku,valid_from,valid_to,price",
                "C-10001,GLV-NIT-L,2026-01-01,,9.99",
                "C-10001,TWL-ROLL-8,2026-02-30,,1.00",
                "C-10001,TWL-ROLL-8,2026-03-01,,1.00").toString());
    }

    @Test
    void bankFiles() throws Exception {
        Path good = Files.writeString(dir.resolve("day.bai"), CashImportCommandTest.bai2());
        Path bad = file("lockbox.csv", "payment_id,received_date,amount,currency,payer_name,payer_account,reference",
                "B-1,2026-11-26,490.00,USD,ACME JANITORIAL SUPPLY INC,,INV-000101",
                "B-2,2026-11-26,abc,USD,Portland Public Schools,,inv 201",
                "B-3,2026-11-26,77.70,USD,Somebody Unknown LLC,,");
        refusedAndNothingStored(new CashCommand(), "ar1", "import", good.toString(), bad.toString());
    }
}
