package com.orderdesk.bench.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.orderdesk.main.OrderDeskCommand;
import com.orderdesk.cli.KpiLedgerFiles;
import com.orderdesk.logic.kpi.KpiBook;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.Ledgers;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class KpiBenchCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesTimesAndWritesLedgersTheKpiCommandReadsBackToTheSameFigures() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine bench = OrderDeskCommand.commandLine();
        bench.setOut(new PrintWriter(out, true));
        int status = bench.execute("kpi-bench", "--customers", "200", "--invoices", "3000", "--orders", "1500",
                "--runs", "1", "--as-of", "2026-12-31", "--write", dir.toString());
        assertThat(status).isZero();
        assertThat(out.toString()).contains("Generated 3,000 invoices", "index the ledgers (KpiBook.of), one thread",
                "dashboard report (period, previous, weeks, months)", "drill-down: touched orders", "series: 14 weeks, 3 months");

        KpiLedgerFiles.Result read = KpiLedgerFiles.read(dir);
        assertThat(read.problems()).isEmpty();
        Ledgers generated = KpiLedgerGenerator.generate(200, 3000, 1500, 1, LocalDate.of(2026, 12, 31));
        assertThat(read.ledgers().invoices()).hasSize(3000).isEqualTo(generated.invoices());
        assertThat(read.ledgers().settlements()).isEqualTo(generated.settlements());
        assertThat(read.ledgers().payments()).isEqualTo(generated.payments());
        assertThat(read.ledgers().orders()).hasSize(1500).isEqualTo(generated.orders());

        StringWriter json = new StringWriter();
        CommandLine kpi = OrderDeskCommand.commandLine();
        kpi.setOut(new PrintWriter(json, true));
        assertThat(kpi.execute("kpi", "--ledger", dir.toString(), "--as-of", "2026-12-31")).isZero();
        JsonNode figures = new ObjectMapper().readTree(json.toString());
        KpiFigures expected = KpiBook.of(generated).figures(LocalDate.of(2026, 12, 31), 90);
        assertThat(figures.get("ar_total").decimalValue()).isEqualByComparingTo(expected.arTotal());
        assertThat(figures.get("dso").decimalValue()).isEqualByComparingTo(expected.dso());
        assertThat(figures.get("touchless_order_rate").decimalValue()).isEqualByComparingTo(expected.touchlessOrderRate());
        // A plausible book: some of everything
        assertThat(expected.dso()).isBetween(new java.math.BigDecimal("10"), new java.math.BigDecimal("120"));
        assertThat(expected.aging().over90().signum()).isPositive();
        assertThat(expected.splitShipmentRate().signum()).isPositive();
        assertThat(expected.daysToPay()).isNotNull();
    }
}
