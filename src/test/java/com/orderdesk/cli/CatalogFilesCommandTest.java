package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.persistence.TestBook;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code products export|import} and {@code prices export|import}: a round trip changes nothing;
 * an import updates by key and adds, all or nothing, every problem located as FILE:LINE: column;
 * an order clerk is refused.
 */
class CatalogFilesCommandTest {
    private static final Map<String, String> PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);
    private static final String HEADER = "sku,description,unit,case_qty,weight_kg,gtin,list_price,cost,category,taxable,status";

    @TempDir
    Path dir;
    Path db;

    @BeforeEach
    void book() {
        TestBook book = TestBook.create(dir);
        book.admin();
        book.clerk();
        book.db.close();
        db = dir.resolve("book.db");
    }

    private CliRuns.Run products(String... args) {
        return CliRuns.run(new ProductsCommand(), PASSWORD, args);
    }

    private CliRuns.Run prices(String... args) {
        return CliRuns.run(new PricesCommand(), PASSWORD, args);
    }

    private Path file(String name, String... lines) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    private String exported(String kind) throws Exception {
        Path out = dir.resolve(kind + "-export.csv");
        // signed in like every command on the book; a clerk may read the catalogue
        CliRuns.Run r = CliRuns.run(kind.equals("products") ? new ProductsCommand() : new PricesCommand(), PASSWORD,
                "export", "--db", db.toString(), "--user", "clerk1", "--out", out.toString());
        assertThat(r.status()).as(r.err()).isZero();
        return Files.readString(out);
    }

    private long auditCount() {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db); var st = c.createStatement();
             var rs = st.executeQuery("SELECT COUNT(*) FROM audit_entry WHERE action NOT LIKE 'SIGN_IN%'")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void anExportImportedAgainChangesNothing() throws Exception {
        String products = exported("products");
        assertThat(products.lines().toList()).containsExactly(HEADER,
                "DGR-55,\"Degreaser concentrate, 55 gal drum\",EA,1,215.000,,689.00,455.00,Chemicals,yes,active",
                "GLV-NIT-L,\"Nitrile gloves, large, box of 100\",BX,1,0.680,,12.49,7.10,Safety,yes,active",
                "TWL-ROLL-8,\"Paper towel roll, 8 in x 800 ft\",CS,1,9.500,,41.00,27.00,Janitorial,yes,active");
        String prices = exported("prices");
        assertThat(prices.lines().toList()).containsExactly("customer_no,sku,valid_from,valid_to,price",
                "C-10001,GLV-NIT-L,2026-01-01,,10.99");
        long audited = auditCount();

        CliRuns.Run p = products("import", "--db", db.toString(), "--user", "admin",
                dir.resolve("products-export.csv").toString());
        assertThat(p.status()).as(p.err()).isZero();
        assertThat(p.out()).contains("Imported products-export.csv: 0 products added, 0 changed, 3 unchanged.");
        CliRuns.Run r = prices("import", "--db", db.toString(), "--user", "admin", dir.resolve("prices-export.csv").toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("0 contract prices added, 0 changed, 1 unchanged");

        assertThat(exported("products")).isEqualTo(products);
        assertThat(exported("prices")).isEqualTo(prices);
        assertThat(auditCount()).as("one entry per imported file, none per unchanged row").isEqualTo(audited + 2);
    }

    @Test
    void anImportUpdatesByKeyAndAddsNewRows() throws Exception {
        Path f = file("catalogue.csv", HEADER,
                "GLV-NIT-L,\"Nitrile gloves, large, box of 100\",BX,10,0.680,036000291452,12.99,7.10,Safety,yes,active",
                "MOP-24,\"Wet mop head, 24 oz\",EA,12,0.540,,8.25,4.10,Janitorial,yes,active",
                "DGR-55,\"Degreaser concentrate, 55 gal drum\",EA,1,215.000,,689.00,455.00,Chemicals,yes,discontinued");
        CliRuns.Run r = products("import", "--db", db.toString(), "--user", "admin", f.toString());
        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 products added, 2 changed, 0 unchanged");
        assertThat(exported("products").lines().toList()).contains(
                "GLV-NIT-L,\"Nitrile gloves, large, box of 100\",BX,10,0.680,00036000291452,12.99,7.10,Safety,yes,active",
                "MOP-24,\"Wet mop head, 24 oz\",EA,12,0.540,,8.25,4.10,Janitorial,yes,active",
                "DGR-55,\"Degreaser concentrate, 55 gal drum\",EA,1,215.000,,689.00,455.00,Chemicals,yes,discontinued");

        Path p = file("deals.csv", "customer_no,sku,valid_from,valid_to,price",
                "C-10001,GLV-NIT-L,2026-01-01,2026-12-31,10.49",
                "C-10001,GLV-NIT-L,2027-01-01,,10.79",
                "C-10002,MOP-24,2025-06-01,2025-12-31,7.50");
        CliRuns.Run rp = prices("import", "--db", db.toString(), "--user", "admin", p.toString());
        assertThat(rp.status()).as(rp.err()).isZero();
        assertThat(rp.out()).contains("2 contract prices added, 1 changed, 0 unchanged");
        assertThat(exported("prices").lines().toList()).containsExactly("customer_no,sku,valid_from,valid_to,price",
                "C-10001,GLV-NIT-L,2026-01-01,2026-12-31,10.49", "C-10001,GLV-NIT-L,2027-01-01,,10.79",
                "C-10002,MOP-24,2025-06-01,2025-12-31,7.50");
    }

    @Test
    void everyProblemIsLocatedByLineAndColumnAndNothingIsImported() throws Exception {
        String before = exported("products");
        Path f = file("bad.csv", HEADER,
                "MOP-24,\"Wet mop head, 24 oz\",EA,12,0.540,,8.25,4.10,Janitorial,yes,active",
                "GLV-NIT-L,Gloves,BX,zero,0.680,036000291453,12.99,7.10,Safety,yes,active",
                "MOP-24,Mop again,EA,12,0.540,,8.25,4.10,Janitorial,yes,active",
                "bad sku!,Thing,EA,1,1.000,,1.00,-2,,maybe,active",
                "X1,Too,many,fields,1,,1.00,1.00,,yes,active,extra");
        CliRuns.Run r = products("import", "--db", db.toString(), "--user", "admin", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                "bad.csv:3: case_qty: units in a case: a whole number, not \"zero\"",
                "bad.csv:3: gtin: the check digit of 036000291453 is wrong (it should be 2)",
                "bad.csv:4: sku: MOP-24 is also on line 2; a file gives each product once",
                "bad.csv:5: cost: an amount is digits with at most two decimals after a point (12.50), not \"-2\"",
                "bad.csv:5: taxable: yes or no, not \"maybe\"",
                "bad.csv:5: sku: a SKU is 1 to 30 letters, digits, - . _ or /, starting with a letter or digit, not \"BAD SKU!\"",
                "bad.csv:6: row: has 12 fields, the header has 11",
                "bad.csv: nothing was imported (7 problems)");
        assertThat(exported("products")).as("all or nothing: MOP-24 on line 2 was fine, and is not there").isEqualTo(before);

        Path p = file("bad-prices.csv", "customer_no,sku,valid_from,valid_to,price",
                "C-99999,GLV-NIT-L,2026-01-01,,1.00",
                "C-10001,NOPE,2026-01-01,,1.00",
                "C-10001,TWL-ROLL-8,2026-02-30,,1.00",
                "C-10001,TWL-ROLL-8,2026-03-01,2026-02-01,1.00",
                "C-10001,GLV-NIT-L,2026-01-01,,9.99",
                "C-10001,GLV-NIT-L,2026-01-01,,9.89");
        CliRuns.Run rp = prices("import", "--db", db.toString(), "--user", "admin", p.toString());
        assertThat(rp.status()).isEqualTo(2);
        assertThat(rp.err().lines().toList()).containsExactly(
                "bad-prices.csv:2: customer_no: there is no customer C-99999",
                "bad-prices.csv:3: sku: there is no product NOPE",
                "bad-prices.csv:4: valid_from: a date is YYYY-MM-DD (2026-01-31), not \"2026-02-30\"",
                "bad-prices.csv:5: valid_to: the last day (2026-02-01) is before the first (2026-03-01)",
                "bad-prices.csv:7: valid_from: C-10001 GLV-NIT-L from 2026-01-01 is also on line 6; a file gives each contract once",
                "bad-prices.csv: nothing was imported (5 problems)");
        assertThat(exported("prices").lines().toList()).hasSize(2);
    }

    @Test
    void aMissingOrUnknownColumnIsNamedBeforeAnyRowIsRead() throws Exception {
        Path f = file("cols.csv", "sku,description,unit,case_qty,weight_kg,gtin,list_price,cost,category,taxable,status,colour",
                "MOP-24,Mop,EA,12,0.540,,8.25,4.10,,yes,active,blue");
        CliRuns.Run r = products("import", "--db", db.toString(), "--user", "admin", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).startsWith("cols.csv:1: colour: not a column of this file");
        Path g = file("short.csv", "sku,description", "MOP-24,Mop");
        CliRuns.Run s = products("import", "--db", db.toString(), "--user", "admin", g.toString());
        assertThat(s.status()).isEqualTo(2);
        assertThat(s.err()).contains("short.csv:1: unit: missing column");
    }

    @Test
    void anOrderClerkIsRefusedAndNothingIsImported() throws Exception {
        String before = exported("products");
        Path f = file("new.csv", HEADER, "MOP-24,Mop,EA,12,0.540,,8.25,4.10,,yes,active");
        CliRuns.Run r = products("import", "--db", db.toString(), "--user", "clerk1", f.toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).startsWith("products import: ").contains("may not import customers, products or prices");
        CliRuns.Run rp = prices("import", "--db", db.toString(), "--user", "clerk1", f.toString());
        assertThat(rp.status()).isEqualTo(2);
        assertThat(exported("products")).isEqualTo(before);
        assertThat(List.of(r.err(), rp.err())).allSatisfy(e -> assertThat(e).doesNotContain("Exception"));
    }

    /**
     * The exports sign in like the other commands that read the book: without a user, or with a
     * wrong password, nothing is written and the exit status is 2. (They asked no sign-in before:
     * both runs wrote the file and ended 0.)
     */
    @Test
    void anExportWithoutAGoodSignInIsRefusedAndWritesNothing() throws Exception {
        long audited = auditCount();
        for (String kind : List.of("products", "prices")) {
            Path out = dir.resolve(kind + "-refused.csv");
            CliRuns.Run anonymous = CliRuns.run(kind.equals("products") ? new ProductsCommand() : new PricesCommand(), Map.of(),
                    "export", "--db", db.toString(), "--out", out.toString());
            assertThat(anonymous.status()).as(kind + " without --user: " + anonymous.err()).isEqualTo(2);
            assertThat(anonymous.err()).contains("--user");
            CliRuns.Run wrong = CliRuns.run(kind.equals("products") ? new ProductsCommand() : new PricesCommand(),
                    Map.of(SignInOptions.PASSWORD_VARIABLE, "not-the-password"),
                    "export", "--db", db.toString(), "--user", "clerk1", "--out", out.toString());
            assertThat(wrong.status()).as(kind + " with a wrong password: " + wrong.err()).isEqualTo(2);
            assertThat(out).as("nothing written").doesNotExist();
        }
        assertThat(auditCount()).as("the book unchanged").isEqualTo(audited);
    }
}
