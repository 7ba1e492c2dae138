package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.bench.cash.Bai2Writer;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.cash.CashFixture;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cash import} on a real SQLite book: signed in, each file all or nothing, nothing imported twice, then matched. */
class CashImportCommandTest {
    static final Map<String, String> PASSWORD = Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD);

    @TempDir
    Path dir;
    private CashFixture fx;

    @BeforeEach
    void book() {
        fx = new CashFixture(dir);
        fx.book.arClerk();
        fx.book.clerk();
    }

    /** The fixture's day as a BAI2 file: Acme pays INV-000101 less its discount, the schools INV-000201, a stranger. */
    static String bai2(String... extra) {
        List<Payment> payments = new ArrayList<>(List.of(
                payment("490.00", "ACME JANITORIAL SUPPLY INC", "INV-000101"),
                payment("250.00", "Portland Public Schools", "inv 201"),
                payment("77.70", "Somebody Unknown LLC", "")));
        for (int i = 0; i < extra.length; i += 3) {
            payments.add(payment(extra[i], extra[i + 1], extra[i + 2]));
        }
        return Bai2Writer.write(payments, TestBook.TODAY);
    }

    private static Payment payment(String amount, String payer, String reference) {
        return new Payment("x", TestBook.TODAY, new BigDecimal(amount), "USD", payer, "", reference);
    }

    static CliRuns.Run cashImport(List<String> database, String user, Path... files) {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(database);
        args.addAll(List.of("--user", user));
        for (Path f : files) {
            args.add(f.toString());
        }
        return CliRuns.run(new CashCommand(), PASSWORD, args.toArray(String[]::new));
    }

    private CliRuns.Run cashImport(String user, Path... files) {
        return cashImport(List.of("--db", dir.resolve("book.db").toString()), user, files);
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void aBai2FileIsImportedAndMatchedAndTheSameFileTwiceAddsNothing() throws IOException {
        Path file = write("day.bai", bai2());

        CliRuns.Run first = cashImport("ar1", file);

        assertThat(first.err()).isEmpty();
        assertThat(first.status()).isZero();
        List<String> lines = first.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("Imported 3 payments (0 already imported) from " + file);
        assertThat(lines.subList(1, 4)).satisfiesExactly(
                l -> assertThat(l).matches("  PMT-\\d+ 490\\.00 USD AUTO INV-000101 \\(C-\\d+\\)"),
                l -> assertThat(l).matches("  PMT-\\d+ 250\\.00 USD AUTO INV-000201 \\(C-\\d+\\)"),
                l -> assertThat(l).matches("  PMT-\\d+ 77\\.70 USD UNAPPLIED \\(payer Somebody Unknown LLC\\)"));
        assertThat(lines.get(4)).isEqualTo("Matched 3 open payments: 2 AUTO, 0 SUGGESTED, 1 UNAPPLIED");
        assertThat(fx.payments()).isEqualTo(3);
        assertThat(fx.auditCount("CASH_IMPORT")).isEqualTo(1);
        assertThat(fx.auditCount("CASH_MATCH")).isEqualTo(1);

        CliRuns.Run again = cashImport("ar1", file);

        assertThat(again.status()).isZero();
        assertThat(again.out().lines()).containsExactly("Imported 0 payments (3 already imported) from " + file
                + ": this file was already imported as day.bai by ar1 (3 payments)");
        assertThat(fx.payments()).isEqualTo(3);
        assertThat(fx.auditCount("CASH_IMPORT")).isEqualTo(1);
        assertThat(fx.verifyAudit().intact()).isTrue();
    }

    @Test
    void transactionsAlreadyImportedFromAnotherFileAreSkippedAndTheNewOnesImported() throws IOException {
        assertThat(cashImport("ar1", write("day.bai", bai2())).status()).isZero();
        // the bank re-sends the day with one more credit (other bytes, same three transactions first)
        Path resent = write("day-corrected.bai", bai2("300.00", "ACME JANITORIAL SUPPLY INC", "INV-000102"));

        CliRuns.Run r = cashImport("ar1", resent);

        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList()).startsWith("Imported 1 payments (3 already imported) from " + resent);
        assertThat(r.out()).containsPattern("PMT-\\d+ 300\\.00 USD AUTO INV-000102");
        assertThat(fx.payments()).isEqualTo(4);
    }

    @Test
    void oneBadFileImportsNothingAtAllAndSaysWhy() throws IOException {
        Path good = write("day.bai", bai2());
        Path bad = write("bad.bai", bai2().replaceFirst("49,81770,", "49,81700,"));

        CliRuns.Run r = cashImport("ar1", good, bad);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("cash import: bad.bai:10: account control total \"81700\" does not match the sum of its amounts 81770"),
                l -> assertThat(l).isEqualTo("cash import: nothing was imported"));
        assertThat(fx.payments()).isZero();
        assertThat(fx.auditCount("CASH_IMPORT")).isZero();
    }

    /** Before: "cash import: lockbox.csv:3: amount: \"abc\" is not an amount (and 2 more problems) (nothing was imported)". */
    @Test
    void everyBadRowIsListedWithItsLineAndColumnUpToTwentyAFile() throws IOException {
        Path three = write("lockbox.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-1,2026-11-26,490.00,USD,ACME JANITORIAL SUPPLY INC,,INV-000101
                B-2,2026-11-26,abc,USD,Portland Public Schools,,inv 201
                B-3,2026-13-45,77.70,USD,Somebody Unknown LLC,,
                B-4,2026-11-26,-,USD,Somebody Else,,
                """);
        StringBuilder many = new StringBuilder("payment_id,received_date,amount,currency,payer_name,payer_account,reference\n");
        for (int i = 1; i <= 23; i++) {
            many.append("M-").append(i).append(",2026-11-26,x").append(i).append(",USD,Payer ").append(i).append(",,\n");
        }
        Path flood = write("flood.csv", many.toString());

        CliRuns.Run r = cashImport("ar1", three, flood);

        assertThat(r.status()).isEqualTo(2);
        List<String> lines = r.err().lines().toList();
        assertThat(lines.subList(0, 3)).satisfiesExactly(
                l -> assertThat(l).startsWith("cash import: lockbox.csv:3: amount: \"abc\""),
                l -> assertThat(l).startsWith("cash import: lockbox.csv:4: received_date: \"2026-13-45\""),
                l -> assertThat(l).startsWith("cash import: lockbox.csv:5: amount: \"-\""));
        assertThat(lines.subList(3, 23)).allSatisfy(l -> assertThat(l).matches("cash import: flood\\.csv:\\d+: amount: \"x\\d+\".*"));
        assertThat(lines.subList(23, lines.size())).containsExactly("cash import: flood.csv: and 3 more problems",
                "cash import: nothing was imported");
        assertThat(r.err()).doesNotContain("more problem)", "more problems)");
        assertThat(fx.payments()).isZero();
    }

    @Test
    void aBinaryFileAFolderAndAMissingFileAreEachOneLine() throws IOException {
        byte[] noise = new byte[2048];
        new java.util.Random(3).nextBytes(noise);
        Path bin = Files.write(dir.resolve("scan.pdf"), noise);
        Path folder = Files.createDirectory(dir.resolve("statements"));

        CliRuns.Run r = cashImport("ar1", bin, folder, dir.resolve("missing.bai"));

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("cash import: scan.pdf:1: a binary file, not a bank statement"),
                l -> assertThat(l).isEqualTo("cash import: statements: is a folder, not a file (give one bank file)"),
                l -> assertThat(l).isEqualTo("cash import: missing.bai: file not found (" + dir.resolve("missing.bai") + ")"),
                l -> assertThat(l).isEqualTo("cash import: nothing was imported"));
        assertThat(r.err()).doesNotContain("Exception");
        assertThat(fx.payments()).isZero();
    }

    @Test
    void aUserWithoutTheArRoleIsRefusedAndNothingIsImported() throws IOException {
        Path file = write("day.bai", bai2());

        CliRuns.Run r = cashImport("clerk1", file);

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().lines()).singleElement().asString().startsWith("cash import: ").contains("clerk1");
        assertThat(fx.payments()).isZero();

        CliRuns.Run noUser = CliRuns.run(new CashCommand(), PASSWORD, "import", "--db", dir.resolve("book.db").toString(),
                file.toString());
        assertThat(noUser.status()).isEqualTo(2);
        assertThat(noUser.err().strip()).startsWith("cash import: sign in with --user NAME");
        assertThat(fx.payments()).isZero();
    }

    @Test
    void aBankCsvLayoutIsRefusedUntilMappedAtTheDeskAndThenImportedWithTheSavedMapping() throws IOException {
        Path file = write("cascade.csv", com.orderdesk.application.CashCsvMappingTestData.EXPORT);

        CliRuns.Run unmapped = cashImport("ar1", file);

        assertThat(unmapped.status()).isEqualTo(2);
        assertThat(unmapped.err().lines()).satisfiesExactly(
                l -> assertThat(l).startsWith("cash import: cascade.csv:1: a CSV layout this desk does not know (columns Buchung, Valuta,"),
                l -> assertThat(l).isEqualTo("cash import: nothing was imported"));
        assertThat(fx.payments()).isZero();

        fx.book.services().cash().saveCsvMapping(fx.book.arClerk(), com.orderdesk.application.CashCsvMappingTestData.HEADER,
                com.orderdesk.application.CashCsvMappingTestData.mapping("Cascade Credit Union"));
        CliRuns.Run mapped = cashImport("ar1", file);

        assertThat(mapped.err()).isEmpty();
        assertThat(mapped.status()).isZero();
        assertThat(mapped.out().lines().toList()).startsWith("Imported 2 payments (0 already imported) from " + file);
        assertThat(mapped.out()).containsPattern("PMT-\\d+ 490\\.00 USD AUTO INV-000101")
                .containsPattern("PMT-\\d+ 250\\.00 USD AUTO INV-000201");
    }

    @Test
    void theImportIsAuditedUnderTheUserWhoRanIt() throws IOException {
        fx.book.user("nightrun", Role.AR_CLERK);
        assertThat(cashImport("nightrun", write("day.bai", bai2())).status()).isZero();
        List<String> who = fx.book.db.read(s -> s.createSelectionQuery(
                "select a.username from AuditRecord a where a.action = 'CASH_IMPORT'", String.class).getResultList());
        assertThat(who).containsExactly("nightrun");
    }

    @Test
    void aPaymentWhoseFileNamesNoCurrencyIsKeptAsSuchAndNeverAutoApplied() throws IOException {
        Path file = write("lockbox.csv", """
                payment_id,received_date,amount,currency,payer_name,payer_account,reference
                B-9,2026-11-26,490.00,,ACME JANITORIAL SUPPLY INC,021000021:555001,INV-000101
                """);

        CliRuns.Run r = cashImport("ar1", file);

        assertThat(r.status()).isZero();
        assertThat(r.out().lines().toList().get(1)).matches("  PMT-\\d+ 490\\.00 XXX SUGGESTED INV-000101 \\(C-\\d+\\)");
    }

    @Test
    void everyFormatTheReaderKnowsIsImportedIntoTheBook() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String sample : List.of("camt/genkgo-camt053.v8.xml", "mt940/jejik-ing.sta", "mt940/mBank-mt942.sta",
                "x12/oopfactory-820-Example4_Safeway.x12", "bai2/moov-sample2.bai")) {
            try (InputStream in = getClass().getResourceAsStream("/samples/bank/" + sample)) {
                files.add(Files.write(dir.resolve(sample.substring(sample.indexOf('/') + 1)), in.readAllBytes()));
            }
        }
        files.add(write("activity.csv", """
                Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
                CREDIT,11/19/2026,"ACME JANITORIAL SUPPLY INV-000101",490.00,ACH_CREDIT,5000.00,
                """));
        files.add(Files.write(dir.resolve("latin.bai"), bai2("12.00", "CAISSE POPULAIRE DE MONTRÉAL", "")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"))));

        CliRuns.Run r = cashImport("ar1", files.toArray(Path[]::new));

        assertThat(r.err()).isEmpty();
        assertThat(r.status()).isZero();
        assertThat(r.out().lines().filter(l -> l.startsWith("Imported"))).containsExactly(
                "Imported 1 payments (0 already imported) from " + files.get(0),
                "Imported 2 payments (0 already imported) from " + files.get(1),
                "Imported 3 payments (0 already imported) from " + files.get(2),
                "Imported 1 payments (0 already imported) from " + files.get(3),
                "Imported 4 payments (0 already imported) from " + files.get(4),
                "Imported 1 payments (0 already imported) from " + files.get(5),
                "Imported 4 payments (0 already imported) from " + files.get(6));
        assertThat(fx.payments()).isEqualTo(16);
        List<Object> kinds = fx.book.db.read(s -> s.createSelectionQuery(
                "select distinct p.kind from CashPayment p", Object.class).getResultList());
        assertThat(kinds).extracting(Object::toString).containsExactlyInAnyOrder("CAMT", "MT940", "MT942", "X12_820", "BAI2", "CSV");
        List<String> latin = fx.book.db.read(s -> s.createSelectionQuery(
                "select p.payerName from CashPayment p where p.payerName like 'CAISSE%'", String.class).getResultList());
        assertThat(latin).containsExactly("CAISSE POPULAIRE DE MONTRÉAL");
        // the 820's remittance lines are kept on the payment for the person who checks it
        Number lines = fx.book.db.read(s -> (Number) s.createNativeQuery(
                "select count(*) from cash_remittance_line", Object.class).getSingleResult());
        assertThat(lines.longValue()).isGreaterThan(3);
        assertThat(r.out()).doesNotContain(StandardCharsets.UTF_8.name());
    }
}
