package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.main.OrderDeskCommand;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BankPaymentsCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Path copy(String resource) throws Exception {
        Path target = dir.resolve(resource);
        try (InputStream in = getClass().getResourceAsStream("/cash/intake/" + resource)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private int run(String... args) {
        CommandLine cli = OrderDeskCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] all = new String[args.length + 1];
        all[0] = "bank-payments";
        System.arraycopy(args, 0, all, 1, args.length);
        return cli.execute(all);
    }

    @Test
    void writesTheCreditsOfABai2FileAsPaymentsCsv() throws Exception {
        assertThat(run(copy("statement.bai").toString())).isZero();
        assertThat(out.toString().lines()).containsExactly(
                "payment_id,received_date,amount,currency,payer_name,payer_account,reference",
                "statement.bai:4,2026-11-19,1850.00,USD,ACME BUILDING SUPPLY,,INV-10023",
                "statement.bai:6,2026-11-19,980.36,USD,NORTHERN PAINT LLC,,INV-10024 980.36",
                "statement.bai:8,2026-11-19,5000.00,USD,PACIFIC HOLDINGS CORP,,\"INV 20001, 20002\"");
    }

    @Test
    void recognisesCamtByContentAndWritesTheOutFile() throws Exception {
        Path target = dir.resolve("payments.csv");
        assertThat(run(copy("statement-v8.xml").toString(), "--out", target.toString())).isZero();
        assertThat(Files.readAllLines(target)).hasSize(2).last().asString()
                .startsWith("statement-v8.xml:16,2026-11-19,640.00,EUR,Pacific Holdings Corp.,AGRIFRPP:FR76");
    }

    @Test
    void aMalformedFileWritesNothing() throws Exception {
        Path target = dir.resolve("payments.csv");
        assertThat(run(copy("bad-total.bai").toString(), "--out", target.toString())).isEqualTo(2);
        assertThat(target).doesNotExist();
        assertThat(err.toString().lines()).containsExactly(
                "bad-total.bai:10: account control total \"3461000\" does not match the sum of its amounts 3461236");
    }
    private void assertOneLineRefusal(int status, String line) {
        assertThat(status).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(line);
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aFolderAsInputIsOneLine() {
        assertOneLineRefusal(run(dir.toString()), dir.getFileName() + ": is a folder, not a file (give one bank file)");
    }

    @Test
    void anOutFileInAFolderThatDoesNotExistIsOneLine() throws Exception {
        Path target = dir.resolve("missing").resolve("payments.csv");
        assertOneLineRefusal(run(copy("statement.bai").toString(), "--out", target.toString()),
                "--out " + target + ": folder " + target.getParent() + " does not exist");
    }

    @Test
    void anOutFileThatIsAFolderIsOneLine() throws Exception {
        assertOneLineRefusal(run(copy("statement.bai").toString(), "--out", dir.toString()),
                "--out " + dir + ": is a folder; give the file to write, e.g. " + dir.resolve("payments.csv"));
    }

    @Test
    void utf16XmlIsReadAsCamtNotHandedToTheBai2Reader() throws Exception {
        String xml = Files.readString(copy("statement-v8.xml")).replaceFirst("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        Path utf16 = dir.resolve("statement-utf16.xml");
        Files.write(utf16, xml.getBytes(java.nio.charset.StandardCharsets.UTF_16)); // with a byte order mark
        assertThat(run(utf16.toString())).isZero();
        assertThat(out.toString().lines()).hasSize(2).last().asString().contains(",640.00,EUR,Pacific Holdings Corp.,");
        assertThat(err.toString()).contains("camt.053").contains("UTF-16");
    }

    @Test
    void randomBytesAreRefusedInOneLine() throws Exception {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        Path file = dir.resolve("noise.bin");
        Files.write(file, noise);
        assertThat(run(file.toString())).isEqualTo(2);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("noise.bin:1: a binary file, not a bank statement or remittance file");
        assertThat(out.toString()).isEmpty();
    }
}
