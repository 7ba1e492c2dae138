package com.orderdesk.bench;

import com.orderdesk.app.AppServices;
import com.orderdesk.application.customer.CustomerMaintenance;
import com.orderdesk.app.BookStart;
import com.orderdesk.cli.CustomersFile;
import com.orderdesk.cli.DatabaseOptions;
import com.orderdesk.cli.SignInOptions;
import com.orderdesk.logic.customer.CustomerList;
import com.orderdesk.logic.customer.CustomerRecord;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Times the customer screen's work on a book: opening the list (the first customers by name and
 * the count) and finding a customer by words typed as a clerk types them (a word of the name, two
 * words in either order, the number, the city with a name word, the last digits of the phone, the
 * e-mail domain), through the same use case as the screen. With {@code --write-new} it also writes
 * a customers file of customers the book does not have (for timing {@code customers import}).
 * Reads only, apart from that file.
 */
@Command(name = "customers-bench", mixinStandardHelpOptions = true,
        description = "Time the customer screen's list and any-word search on a book (median, p95, p99, max);"
                + " optionally write a file of new customers to time customers import with.")
public final class CustomersBenchCommand implements Callable<Integer> {
    /** The searching thread's own CPU time: on a shared machine, wall-clock time also counts waiting for a core. */
    private static final java.lang.management.ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    DatabaseOptions database;

    @Mixin
    SignInOptions signIn;

    @Option(names = "--queries", defaultValue = "2000", description = "Searches to time (default ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--seed", defaultValue = "11", description = "Which customers the searches look for (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--write-new", paramLabel = "FILE.csv",
            description = "Also write a customers file of as many new customers as the book holds (numbers N-..., no bank"
                    + " accounts or EDI IDs, which must stay one customer's), for timing customers import.")
    Path newFile;

    @Override
    public Integer call() {
        com.orderdesk.persistence.DatabaseConfig config;
        try {
            config = database.toConfig();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("customers-bench: " + e.getMessage());
            return 2;
        }
        if (config == null || config.vendor() == com.orderdesk.persistence.DatabaseConfig.Vendor.SQLITE
                && !java.nio.file.Files.exists(Path.of(config.displayName()))) {
            spec.commandLine().getErr().println("customers-bench: name an existing database with --db FILE or --db-url"
                    + " (build one with demo-data)");
            return 2;
        }
        try (AppServices book = BookStart.openExisting(config, Clock.systemDefaultZone())) {
            SignedInUser user = signIn.signIn(book.signIn(), book.authorizer(), Permission.VIEW_ORDERS);
            PrintWriter out = spec.commandLine().getOut();
            CustomerMaintenance customers = book.customerMaintenance();
            List<CustomerRecord> sample = sample(book, user);
            CustomerList first = customers.list(user, "", 200);
            out.printf("book: %,d customers; %d sampled; load average %.1f on %d cores%n", first.customersInBook(), sample.size(),
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                    Runtime.getRuntime().availableProcessors());
            double[] open = new double[50];
            double[] openCpu = new double[50];
            for (int i = -10; i < open.length; i++) {
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                customers.list(user, "", 200);
                if (i >= 0) {
                    open[i] = (System.nanoTime() - t0) / 1e6;
                    openCpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                }
            }
            report(out, "open the list (first 200 by name + count)", open);
            report(out, "  the same, CPU time of the thread", openCpu);
            Random rnd = new Random(seed);
            List<String> typed = new ArrayList<>();
            for (int i = 0; i < queries + 200; i++) {
                typed.add(query(sample.get(rnd.nextInt(sample.size())), rnd));
            }
            for (String q : typed.subList(0, 200)) {
                customers.list(user, q, 200); // warm-up
            }
            double[] ms = new double[queries];
            double[] cpu = new double[queries];
            int found = 0;
            double worst = 0;
            String worstQuery = "";
            for (int i = 0; i < queries; i++) {
                String q = typed.get(200 + i);
                long c0 = CPU.getCurrentThreadCpuTime();
                long t0 = System.nanoTime();
                CustomerList l = customers.list(user, q, 200);
                ms[i] = (System.nanoTime() - t0) / 1e6;
                cpu[i] = (CPU.getCurrentThreadCpuTime() - c0) / 1e6;
                found += l.rows().isEmpty() ? 0 : 1;
                if (ms[i] > worst) {
                    worst = ms[i];
                    worstQuery = q;
                }
            }
            report(out, "find by any words (200 rows at most)", ms);
            report(out, "  the same, CPU time of the thread", cpu);
            out.printf("  %,d of %,d searches found the customer's words; slowest: \"%s\"%n", found, queries, worstQuery);
            if (newFile != null) {
                long t0 = System.nanoTime();
                int n = CustomersFile.write(newFile, each -> book.customerImport().export(user, r -> each.accept(asNew(r))));
                out.printf("wrote %,d new customers to %s in %.1f s%n", n, newFile, (System.nanoTime() - t0) / 1e9);
            }
            out.flush();
            return 0;
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            spec.commandLine().getErr().println("customers-bench: could not write " + newFile + ": " + e.getMessage());
            return 1;
        } catch (com.orderdesk.persistence.BadDatabaseException | com.orderdesk.logic.store.StoreException e) {
            spec.commandLine().getErr().println("customers-bench: " + e.getMessage());
            return 2;
        }
    }

    /** Every 50th customer (about 2,000 on the 100,000-customer book), read as the export reads them. */
    private static List<CustomerRecord> sample(AppServices book, SignedInUser user) {
        List<CustomerRecord> all = new ArrayList<>();
        int[] n = {0};
        book.customerImport().export(user, r -> {
            if (n[0]++ % 50 == 0) {
                all.add(r);
            }
        });
        Collections.shuffle(all, new Random(3));
        return all;
    }

    /** What a clerk might type to find {@code c}. */
    static String query(CustomerRecord c, Random rnd) {
        List<String> nameWords = Arrays.stream(c.name().split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 1).toList();
        String name1 = nameWords.isEmpty() ? c.number() : nameWords.get(rnd.nextInt(nameWords.size()));
        String name2 = nameWords.size() < 2 ? name1 : nameWords.get(rnd.nextInt(nameWords.size()));
        String phoneDigits = c.phone().replaceAll("\\D", "");
        String query = switch (rnd.nextInt(7)) {
            case 0 -> name1;
            case 1 -> name2 + " " + name1; // words in any order
            case 2 -> c.number();
            case 3 -> c.billTo().city() + " " + name1;
            case 4 -> phoneDigits.length() >= 4 ? phoneDigits.substring(phoneDigits.length() - 4) + " " + name1 : name1;
            case 5 -> c.email().contains("@") ? c.email().substring(c.email().indexOf('@') + 1) : name1;
            default -> name1.substring(0, Math.min(name1.length(), 3)) + " " + c.billTo().city().toLowerCase(Locale.ROOT);
        };
        return rnd.nextBoolean() ? query.toLowerCase(Locale.ROOT) : query;
    }

    /** The same customer as a new one: its own number, and no bank account or EDI ID (those name one customer). */
    private static CustomerRecord asNew(CustomerRecord r) {
        CustomerRecord n = new CustomerRecord(null, 0, "N-" + r.number(), r.name() + " West", r.active(), r.phone(), r.email(),
                r.contacts(), r.billTo(), r.paymentTerms(), r.taxExemption(), r.orderEmails(), "", List.of(), r.partNumbers(),
                r.shipTos().stream().map(s -> s.withId(null)).toList());
        return n;
    }

    private static void report(PrintWriter out, String what, double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        out.printf("%-42s n=%d  median %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms%n", what, sorted.length,
                pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), sorted[sorted.length - 1]);
    }

    private static double pct(double[] sorted, double p) {
        int i = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
