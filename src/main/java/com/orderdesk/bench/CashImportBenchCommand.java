package com.orderdesk.bench;

import com.orderdesk.app.AppServices;
import com.orderdesk.app.BookStart;
import com.orderdesk.bench.cash.Bai2Writer;
import com.orderdesk.cli.CashCommand;
import com.orderdesk.cli.Commands;
import com.orderdesk.cli.DatabaseOptions;
import com.orderdesk.logic.cash.matching.Payment;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.DatabaseConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times {@code cash import} of a generated BAI2 file into a real book: the file pays the book's own
 * open invoices (by reference, by amount only, partly, or from payers the book does not know), is
 * imported and auto-matched through the command exactly as a person runs it, then imported again
 * (which must add nothing). Writes payments into the book, so run it on a copy built by demo-data.
 */
@Command(name = "cash-import-bench", mixinStandardHelpOptions = true,
        description = "Generate a BAI2 file of --payments credits against the book's open invoices, import it with"
                + " 'cash import' (signed in: --user NAME, password from $ORDERDESK_PASSWORD) and report the time;"
                + " then import it again. Writes into the book: use a copy.")
public final class CashImportBenchCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DatabaseOptions database;

    @Option(names = "--user", required = true, paramLabel = "NAME", description = "The AR clerk who imports.")
    String user;

    @Option(names = "--payments", defaultValue = "10000", description = "Credits in the file (default ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the BAI2 file is written (default: a temporary folder).")
    Path outDir;

    private record Open(String invoiceNo, String customerName, BigDecimal open) {
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DatabaseConfig config;
        try {
            config = database.toConfig();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("cash-import-bench: " + e.getMessage());
            return 2;
        }
        if (config == null) {
            spec.commandLine().getErr().println("cash-import-bench: name the book with --db FILE or --db-url (build one with demo-data)");
            return 2;
        }
        List<Open> open;
        try (AppServices book = BookStart.openExisting(config, Clock.systemDefaultZone())) {
            open = book.unitOfWork().read(() -> CurrentSession.get().createSelectionQuery(
                    "select i.number, c.name, i.openAmount from Invoice i join i.customer c where i.openAmount > 0 order by i.number",
                    Object[].class).getResultList().stream()
                    .map(r -> new Open((String) r[0], (String) r[1], ((com.orderdesk.model.common.Money) r[2]).amount()))
                    .toList());
        }
        if (open.isEmpty()) {
            spec.commandLine().getErr().println("cash-import-bench: the book has no open invoices (build it with demo-data)");
            return 2;
        }
        LocalDate today = LocalDate.now();
        List<Payment> payments = generate(open, today);
        Path dir = outDir != null ? Files.createDirectories(outDir) : Files.createTempDirectory("cash-import-bench");
        Path file = dir.resolve("bench-" + seed + "-" + System.currentTimeMillis() + ".bai");
        Files.writeString(file, Bai2Writer.write(payments, today, "B" + Long.toString(System.currentTimeMillis() % 1_000_000, 36)
                + "-"), StandardCharsets.UTF_8);
        out.printf("book: %s, %,d open invoices; file %s: %,d credits, %,d bytes%n", config.displayName(), open.size(), file,
                payments.size(), Files.size(file));
        out.printf("machine: %d cores, load average %.2f%n", Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (String run : List.of("first import", "same file again")) {
            String[] args = cashImportArgs(file);
            StringWriter cmdOut = new StringWriter();
            StringWriter cmdErr = new StringWriter();
            CommandLine cli = Commands.create(new CashCommand());
            cli.setOut(new PrintWriter(cmdOut));
            cli.setErr(new PrintWriter(cmdErr));
            var threads = ManagementFactory.getThreadMXBean();
            long cpu0 = processCpuNanos();
            long thread0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            int status = cli.execute(args);
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (processCpuNanos() - cpu0) / 1e9;
            double threadCpu = (threads.getCurrentThreadCpuTime() - thread0) / 1e9;
            List<String> lines = cmdOut.toString().lines().toList();
            out.printf("%s: exit %d, %.2f s elapsed, %.2f s CPU on the importing thread, %.2f s CPU of all JVM threads"
                            + " (compiler and collector included), load average now %.2f%n", run, status, wall, threadCpu, cpu,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            if (!lines.isEmpty()) {
                out.println("  " + lines.get(0));
            }
            if (lines.size() > 1) {
                out.println("  " + lines.get(lines.size() - 1));
            }
            cmdErr.toString().lines().filter(l -> l.startsWith("timings:")).forEach(l -> out.println("  " + l));
            if (status != 0) {
                out.print(cmdErr);
                return status;
            }
        }
        out.flush();
        return 0;
    }

    private String[] cashImportArgs(Path file) {
        List<String> args = new ArrayList<>(List.of("import"));
        args.addAll(database.asArguments());
        args.addAll(List.of("--user", user, "--timings", file.toString()));
        return args.toArray(String[]::new);
    }

    /**
     * Mostly exact payments of one invoice naming it (as lockbox and ACH remittances do); some name
     * nothing, some pay part, some come from payers the book does not know.
     */
    private List<Payment> generate(List<Open> open, LocalDate day) {
        Random rnd = new Random(seed);
        List<Payment> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Open o = open.get(rnd.nextInt(open.size()));
            int kind = rnd.nextInt(100);
            BigDecimal amount = o.open();
            String payer = o.customerName();
            String ref = o.invoiceNo();
            if (kind < 10) {
                ref = "";
            } else if (kind < 15) {
                amount = amount.multiply(BigDecimal.valueOf(30 + rnd.nextInt(60))).divide(BigDecimal.valueOf(100), 2,
                        RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
            } else if (kind < 20) {
                payer = "UNKNOWN PAYER " + rnd.nextInt(100_000);
                ref = "";
                amount = BigDecimal.valueOf(100 + rnd.nextInt(500_000), 2);
            }
            out.add(new Payment("b" + i, day, amount, "USD", payer, "", ref));
        }
        return out;
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }
}
