package com.orderdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RouteBenchCommandTest {
    record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new RouteBenchCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void badOptionsAreEachNamedWithExitStatusTwoAndNothingIsRouted() {
        Run r = run("--threads", "0", "--max-lines", "0", "--mode", "fast", "--stock-factor", "-1");

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).containsExactly(
                "route-bench: --mode: must be independent, sequential or batch (was 'fast')",
                "route-bench: --max-lines: must be at least --min-lines (1), was 0",
                "route-bench: --stock-factor: must be 0 or more, was -1.0",
                "route-bench: --threads: must be at least 1, was 0");
    }

    @Test
    void aSmallRunPrintsTheRouterBesideTheBaselineWithEveryOrderProven() {
        Run r = run("--orders", "300", "--nodes", "12", "--skus", "200", "--warmup", "50", "--seed", "5");

        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("warm-up: 50 orders of seed 6 routed first", "1 thread(s)");
        assertThat(r.out()).containsPattern("orders proven optimal\\s+100\\.00% \\(300 of 300\\)");
        String cost = r.out().lines().filter(l -> l.startsWith("total cost")).findFirst().orElseThrow();
        String[] parts = cost.trim().split("\\s+");
        double router = Double.parseDouble(parts[2]);
        double baseline = Double.parseDouble(parts[3]);
        assertThat(router).isPositive().isLessThanOrEqualTo(baseline);
    }

    @Test
    void bySizePrintsThePercentilesAndTheShareProvenWithinFiftyMs() {
        Run r = run("--by-size", "--sizes", "5", "--size-nodes", "10", "--size-orders", "40", "--skus", "200", "--seed", "5");

        assertThat(r.status()).isZero();
        String header = r.out().lines().filter(l -> l.trim().startsWith("lines")).findFirst().orElseThrow();
        assertThat(header.trim().split("\\s+")).startsWith("lines", "nodes", "orders", "proven", "median", "p90", "p95",
                "p99", "max", "<=50ms");
        String row = r.out().lines().filter(l -> l.trim().startsWith("5 ")).findFirst().orElseThrow();
        String[] f = row.trim().split("\\s+");
        // 5, 10, 40, 100.0%, then five times in ms (each "x ms"), then the share proven within 50 ms
        assertThat(f[3]).isEqualTo("100.0%");
        double[] ms = {Double.parseDouble(f[4]), Double.parseDouble(f[6]), Double.parseDouble(f[8]),
                Double.parseDouble(f[10]), Double.parseDouble(f[12])};
        assertThat(ms).isSorted();
        // five-line orders over ten nodes take well under a millisecond each: all proven within 50 ms
        assertThat(f[14]).isEqualTo("100.0%");
        assertThat(row).endsWith("-");
    }
}
