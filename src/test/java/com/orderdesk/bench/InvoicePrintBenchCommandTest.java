package com.orderdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.TestFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The benchmark as a command: does it write what it says? (Its timing is measured by running it, not here.) */
class InvoicePrintBenchCommandTest {

    @Test
    void writesOnePdfPerInvoiceAndReportsTimeAndHeap(@TempDir Path dir) throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new InvoicePrintBenchCommand());
        cli.setOut(new PrintWriter(out));
        int status = cli.execute("--out", dir.resolve("pdf").toString(), "--count", "3", "--threads", "2", "--seed", "9");

        assertThat(status).isZero();
        assertThat(TestFiles.names(dir.resolve("pdf")))
                .containsExactly("INV-000001.pdf", "INV-000002.pdf", "INV-000003.pdf");
        assertThat(out.toString())
                .containsPattern("Wrote 3 invoices \\(\\d+ pages, [\\d.]+ MB\\) to .* in [\\d.]+ s")
                .contains("2 threads", "Template loaded (precompiled at build) once in", "Heap: peak used")
                .containsPattern("CPU: [\\d.]+ s in the export threads");
    }

    @Test
    void refusesABadCountWithAClearMessage(@TempDir Path dir) {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new InvoicePrintBenchCommand());
        cli.setErr(new PrintWriter(err));
        int status = cli.execute("--out", dir.toString(), "--count", "0");
        assertThat(status).isEqualTo(2);
        assertThat(err.toString()).contains("--count must be at least 1, was 0");
        assertThat(dir).isEmptyDirectory();
    }
}
