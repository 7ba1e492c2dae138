package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.TestFiles;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code orderdesk invoices export}: one PDF per document, named by number; bad arguments exit 2. */
class InvoicesExportCommandTest {
    @TempDir
    Path dir;
    private Path db;

    @BeforeEach
    void threeInvoices() {
        InvoicingFixture fx = new InvoicingFixture(dir);
        fx.book.user("night", com.orderdesk.model.security.Role.AR_CLERK);
        var service = fx.service();
        service.issueInvoices(List.of(fx.ship(fx.acmeOrder(), 10, 3), fx.ship(fx.acmeOrder(), 5, 1),
                fx.ship(fx.exemptOrder(), 4)), "ar1");
        service.recordPrint("INV-010002", "ar1");
        fx.book.db.close();
        db = dir.resolve("book.db");
    }

    /** Signed in as the AR clerk "ar1" unless the arguments name another user. */
    private CliRuns.Run run(String... args) {
        boolean named = java.util.Arrays.asList(args).contains("--user");
        String[] all = named || args.length == 0 ? args : java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                java.util.stream.Stream.of("--user", "ar1")).toArray(String[]::new);
        return CliRuns.run(new InvoicesCommand(), java.util.Map.of(SignInOptions.PASSWORD_VARIABLE, TestBook.PASSWORD), all);
    }

    @Test
    void unprintedWritesOnePdfPerDocumentAndRecordsThePrint() throws IOException {
        Path out = dir.resolve("pdf");
        CliRuns.Run r = run("export", "--db", db.toString(), "--out", out.toString(), "--unprinted", "--threads", "2", "--user", "night");

        assertThat(r.status()).as(r.err()).isZero();
        assertThat(r.out()).containsPattern("Wrote 2 PDFs \\(2 pages\\) to .*pdf in [\\d.]+ s\\.");
        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf", "INV-010003.pdf");
        assertThat(TestFiles.pdfText(out.resolve("INV-010001.pdf"))).contains("INV-010001", "231.13").doesNotContain("COPY");

        CliRuns.Run again = run("export", "--db", db.toString(), "--out", out.toString(), "--unprinted");
        assertThat(again.out()).startsWith("Wrote 0 PDFs");
        CliRuns.Run copy = run("export", "--db", db.toString(), "--out", dir.resolve("copy").toString(), "--number", "inv-010001");
        assertThat(copy.status()).isZero();
        assertThat(TestFiles.pdfText(dir.resolve("copy/INV-010001.pdf"))).contains("COPY");
    }

    @Test
    void withoutASelectionEveryDocumentIsWritten() throws IOException {
        Path out = dir.resolve("all");
        CliRuns.Run r = run("export", "--db", db.toString(), "--out", out.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).startsWith("Wrote 3 PDFs");
        assertThat(TestFiles.names(out)).containsExactly("INV-010001.pdf", "INV-010002.pdf", "INV-010003.pdf");
    }

    @Test
    void badArgumentsExitTwoWithAClearMessageAndWriteNothing() throws IOException {
        Path out = dir.resolve("none");
        CliRuns.Run unknown = run("export", "--db", db.toString(), "--out", out.toString(), "--number", "INV-010001", "INV-999999");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("--number: no invoice or credit memo INV-999999", "nothing was written");
        assertThat(out).doesNotExist();

        CliRuns.Run both = run("export", "--db", db.toString(), "--out", out.toString(), "--unprinted", "--number", "INV-010001");
        assertThat(both.status()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");

        CliRuns.Run noDb = run("export", "--db", dir.resolve("missing.db").toString(), "--out", out.toString());
        assertThat(noDb.status()).isEqualTo(2);
        assertThat(noDb.err()).contains("missing.db: no such database file");
        assertThat(dir.resolve("missing.db")).doesNotExist();

        CliRuns.Run noOut = run("export", "--db", db.toString());
        assertThat(noOut.status()).isEqualTo(2);
        assertThat(noOut.err()).contains("Missing required option: '--out=DIR'");

        Path file = Files.writeString(dir.resolve("afile"), "x");
        CliRuns.Run outIsFile = run("export", "--db", db.toString(), "--out", file.toString());
        assertThat(outIsFile.status()).isEqualTo(2);
        assertThat(outIsFile.err()).contains("is a file; give a folder");
    }

    @Test
    void issueInvoicesEveryShippedShipment() {
        CliRuns.Run r = run("issue", "--db", db.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Issued 0 invoices.");
        CliRuns.Run bad = run("issue", "--db", db.toString(), "--shipment", "SH-1");
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).contains("SH-1 is not a shipped shipment waiting for its invoice");
    }

    @Test
    void withoutACommandItSaysWhichOnesThereAre() {
        CliRuns.Run r = run();
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("name a command: export or issue");
    }
}
