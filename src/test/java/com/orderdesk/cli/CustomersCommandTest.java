package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.application.customer.Customers;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The customers file in and out: a round trip changes nothing, an import is all or nothing and says where each problem is. */
class CustomersCommandTest {
    private static final Map<String, String> PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void aBookWithACustomerThatUsesEveryColumn() {
        TestBook book = TestBook.create(dir);
        book.admin();
        book.clerk();
        CustomerRecord lists = Customers.withLists(Customers.withExemption(
                        Customers.dallas("C-20001", "Lone Star Plumbing, \"LSP\"", "(214) 555-0100"), "TX-EX-77", LocalDate.of(2027, 6, 30)),
                "LONESTAR01", List.of(new CustomerRecord.BankAccount("021000021", "7004411")),
                List.of(new CustomerRecord.PartNumber("LS-GLOVE", "GLV-NIT-L"), new CustomerRecord.PartNumber("LS-TWL", "TWL-ROLL-8")));
        book.services().customerMaintenance().save(book.clerk(), lists, true);
        book.db.close();
        db = dir.resolve("book.db");
    }

    private CliRuns.Run run(String... args) {
        return CliRuns.run(new CustomersCommand(), PASSWORD, args);
    }

    private CliRuns.Run export(Path out) {
        return run("export", "--db", db.toString(), "--user", "admin", "--out", out.toString());
    }

    private CliRuns.Run importFile(Path file, String user) {
        return run("import", "--db", db.toString(), "--user", user, file.toString());
    }

    private String fingerprint() throws IOException {
        Path out = dir.resolve("fingerprint.csv");
        assertThat(export(out).status()).isZero();
        return Files.readString(out);
    }

    private Path file(String name, String... lines) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void exportingAndImportingTheFileUnchangedChangesNothing() throws IOException {
        Path first = dir.resolve("customers.csv");
        CliRuns.Run exported = export(first);
        assertThat(exported.status()).as(exported.err()).isZero();
        assertThat(exported.out()).isEqualTo("Wrote 3 customers (5 rows) to " + first + ".\n");
        List<String> lines = Files.readAllLines(first);
        assertThat(lines.get(0)).isEqualTo(String.join(",", CustomersCsv.COLUMNS));
        assertThat(lines).contains("C-20001,\"Lone Star Plumbing, \"\"LSP\"\"\",true,(214) 555-0100,orders@lonestar.example,"
                        + "Jo Parker | (214) 555-0177 | jo@lonestar.example,1200 Commerce St,,Dallas,TX,75201,NET 30,TX-EX-77,"
                        + "2027-06-30,@lonestar.example,LONESTAR01,021000021:7004411,LS-GLOVE=GLV-NIT-L; LS-TWL=TWL-ROLL-8,"
                        + "DAL,Dallas warehouse,1200 Commerce St,,Dallas,TX,75201,true",
                "C-20001,,,,,,,,,,,,,,,,,,HOU,Houston store,88 Westheimer Rd,Suite 4,Houston,TX,77006,false");

        CliRuns.Run imported = importFile(first, "admin");

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out()).isEqualTo("Imported customers.csv: 0 added, 0 changed, 3 unchanged.\n");
        assertThat(fingerprint()).isEqualTo(Files.readString(first));
    }

    @Test
    void anImportUpdatesCustomersByNumberAndAddsNewOnes() throws IOException {
        Path f = file("changes.csv", String.join(",", CustomersCsv.COLUMNS),
                "C-10002,Portland Public Schools,true,,,,501 N Dixon St,,Portland,OR,97227,NET 45,OR-EX-4411,,,,,,DISTRICT,"
                        + "District office,501 N Dixon St,,Portland,OR,97227,true",
                "C-30001,Gulf Coast Janitorial,,(713) 555-0199,,Ann Lee | | ann@gulf.example,9 Main St,,Houston,TX,77002,"
                        + "NET 30,,,@gulf.example,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                "c-30001,,,,,,,,,,,,,,,,,,dal,Dallas depot,1200 Commerce St,,Dallas,TX,75201,");

        CliRuns.Run r = importFile(f, "admin");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).isEqualTo("Imported changes.csv: 1 added, 1 changed, 0 unchanged.\n");
        String after = fingerprint();
        assertThat(after).contains("C-10002,Portland Public Schools,true,,,,501 N Dixon St,,Portland,OR,97227,NET 45,OR-EX-4411")
                .contains("C-30001,Gulf Coast Janitorial,true,(713) 555-0199,,Ann Lee |  | ann@gulf.example,9 Main St,,Houston,TX,")
                .contains("C-30001,,,,,,,,,,,,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true")
                .contains("DAL,Dallas depot,1200 Commerce St,,Dallas,TX,75201,false")
                .contains("C-10001,Acme Janitorial Supply,true");
        assertThat(after.lines().filter(l -> l.startsWith("C-10001")).count()).isEqualTo(2);
        String sha = java.util.HexFormat.of().formatHex(sha256(f)).substring(0, 21);
        assertThat(importTrail()).containsExactly(
                "CUSTOMERS_IMPORTED changes.csv sha256 " + sha + " {\"added\":\"C-30001\",\"changed\":\"C-10002 (paymentTerms)\","
                        + "\"part\":\"1 of 1\"}",
                "CUSTOMER_IMPORT changes.csv sha256 " + sha + " {\"added\":\"1\",\"changed\":\"1\",\"entries\":\"1\",\"source\":\"changes.csv sha256 ");
    }

    private static byte[] sha256(Path f) throws IOException {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The import's audit entries: action, document and what they say (the summary's source cut after its name). */
    private List<String> importTrail() {
        List<String> out = new ArrayList<>();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.ResultSet rs = c.createStatement().executeQuery("SELECT action, doc_id, after_value FROM audit_entry"
                     + " WHERE doc_type = 'IMPORT_FILE' ORDER BY seq")) {
            while (rs.next()) {
                String after = rs.getString(3);
                int sha = after.indexOf(" sha256 ");
                out.add(rs.getString(1) + " " + rs.getString(2) + " " + (sha < 0 ? after : after.substring(0, sha + 8)));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    @Test
    void everyProblemIsNamedByFileLineAndColumnAndNothingIsImported() throws IOException {
        String before = fingerprint();
        String h = String.join(",", CustomersCsv.COLUMNS);
        Path f = file("bad.csv", h,
                /* 2 */ "C-40001,Good Customer,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 3 */ ",No Number,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 4 */ "C-40002,Dup,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 5 */ "C-40002,,,,,,,,,,,,,,,,,,HQ,Again,9 Main St,,Houston,TX,77002,false",
                /* 6 */ "C-40003,Mixed,maybe,12,not-an-email,,9 Main St,,Evanston,TX,77002,sometime,,2027-02-30,buyers,,,,"
                        + "A,A,9 Main St,,Houston,TX,99999,true",
                /* 7 */ "C-40003,Other Name,,,,,,,,,,,,,,,,,B,B,9 Main St,,Houston,TX,77002,yes",
                /* 8 */ "C-40004,Book Clash,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,LONESTAR01,021000021:7004411,X1=NOPE-1,"
                        + "HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 9 */ "C-40005,Short,row");
        CliRuns.Run r = importFile(f, "admin");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines().toList()).containsExactly(
                "bad.csv:9: row: has 3 fields, the header has 26",
                "bad.csv:3: customer_no: empty: every row names its customer",
                "bad.csv:5: ship_to_code: customer C-40002 ship-to HQ is already on line 4; each ship-to is one row",
                "bad.csv:7: name: \"Other Name\" differs from line 6 (\"Mixed\") of customer C-40003; fill a customer's columns on one of its rows",
                "bad.csv:6: active: \"maybe\" is not true or false",
                "bad.csv:6: tax_exempt_expires: \"2027-02-30\" is not a date (YYYY-MM-DD, e.g. 2027-06-30)",
                "bad.csv:6: tax_exempt_certificate: empty, but the exemption has an expiry date: give the certificate number, or clear both");
        assertThat(fingerprint()).isEqualTo(before);

        Path rules = file("rules.csv", h,
                /* 2 */ "C-40001,Good Customer,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 3 */ "C-40003,Mixed,,12,not-an-email,,9 Main St,,Evanston,TX,77002,sometime,,,buyers,,,,"
                        + "A,A,9 Main St,,Houston,TX,99999,true",
                /* 4 */ "C-40003,,,,,,,,,,,,,,,,,,B,B,9 Main St,,Houston,TX,77002,yes",
                /* 5 */ "C-40004,Book Clash,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,LONESTAR01,021000021:7004411,X1=NOPE-1,"
                        + "HQ,Head office,9 Main St,,Houston,TX,77002,true");
        CliRuns.Run r2 = importFile(rules, "admin");

        assertThat(r2.status()).isEqualTo(2);
        assertThat(r2.err().lines().toList()).containsExactly(
                "rules.csv:3: phone: Phone \"12\": 7 to 15 digits, with spaces, dashes or brackets if you like, e.g. (312) 555-0101.",
                "rules.csv:3: email: E-mail \"not-an-email\" is not an e-mail address (name@example.com).",
                "rules.csv:3: bill_city: ZIP code 77002 is Houston, TX, not Evanston: correct the city or the ZIP code.",
                "rules.csv:3: payment_terms: Payment terms: payment terms \"sometime\" not understood; expected e.g. \"2/10 NET 30\","
                        + " \"NET 30\", \"NET 10 EOM\" or \"DUE ON RECEIPT\".",
                "rules.csv:3: order_emails: Order e-mail \"buyers\": a sender address (buyer@acme.com) or a whole domain written"
                        + " with its @ (@acme.com).",
                "rules.csv:3: ship_to_zip: ZIP code 99999 is not in the gazetteer (the 50 states and DC); check the digits.",
                "rules.csv:4: ship_to_default: Only one ship-to can be the default; 2 are marked.");
        assertThat(fingerprint()).isEqualTo(before);

        Path book = file("book.csv", h,
                /* 2 */ "C-40001,Good Customer,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,,,,HQ,Head office,9 Main St,,Houston,TX,77002,true",
                /* 3 */ "C-40004,Book Clash,,,,,9 Main St,,Houston,TX,77002,NET 30,,,,LONESTAR01,021000021:7004411,X1=NOPE-1,"
                        + "HQ,Head office,9 Main St,,Houston,TX,77002,true");
        CliRuns.Run r3 = importFile(book, "admin");

        assertThat(r3.status()).isEqualTo(2);
        assertThat(r3.err().lines().toList()).containsExactly(
                "book.csv:3: part_numbers: Part number X1: no product has SKU NOPE-1; name one of ours.",
                "book.csv:3: bank_accounts: Bank account 021000021:7004411 is known as C-20001's; an account identifies one payer"
                        + " at the cash desk.",
                "book.csv:3: edi_sender_id: EDI sender ID LONESTAR01 is C-20001's; each sender ID identifies one customer's orders.");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotTheCustomersFileIsRefusedByColumn() throws IOException {
        Path f = file("other.csv", "customer_no,name,colour", "C-1,X,blue");
        CliRuns.Run r = importFile(f, "admin");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).containsExactly(
                "other.csv:1: colour: not a column of the customers file (its columns are those of `customers export`)");

        Path noKey = file("nokey.csv", "name,phone", "X,1");
        assertThat(importFile(noKey, "admin").err().strip()).isEqualTo("nokey.csv:1: customer_no: missing column");

        Path broken = file("broken.csv", "customer_no,name", "C-1,\"open quote");
        assertThat(importFile(broken, "admin").err().strip())
                .isEqualTo("broken.csv:2: a quoted field is never closed (a \" opens it and no \" ends it)");
        assertThat(importFile(dir.resolve("missing.csv"), "admin").err().strip())
                .startsWith("missing.csv: file not found");
    }

    @Test
    void anOrderClerkMayNotImportCustomers() throws IOException {
        Path first = dir.resolve("customers.csv");
        export(first);
        String before = fingerprint();
        Files.writeString(first, Files.readString(first).replace("NET 30", "NET 60"));

        CliRuns.Run r = importFile(first, "clerk1");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines().toList()).hasSize(1);
        assertThat(r.err()).startsWith("customers import: ").contains("may not import customers, products or prices");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void exportingNeedsASignedInUser() {
        CliRuns.Run r = CliRuns.run(new CustomersCommand(), PASSWORD, "export", "--db", db.toString(), "--out",
                dir.resolve("x.csv").toString());
        assertThat(r.status()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
        List<String> unused = new ArrayList<>();
        assertThat(unused).isEmpty();
    }
}
