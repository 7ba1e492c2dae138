package com.orderdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.kpi.Ledgers;
import com.orderdesk.logic.kpi.OrderChannel;
import com.orderdesk.logic.kpi.SettlementKind;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one ledger writer ({@code simulate} and {@code kpi-bench}): what it writes {@link KpiLedgerFiles}
 * reads back to the same ledgers, amounts with two decimals, a field with a comma quoted.
 */
class KpiLedgerWriterTest {
    private static final LocalDate D = LocalDate.of(2026, 1, 5);

    @TempDir
    Path dir;

    @Test
    void writtenLedgersReadBackTheSameWithAmountsInCentsAndOddFieldsQuoted() throws IOException {
        Ledgers ledgers = new Ledgers(
                List.of(new Ledgers.Invoice("INV-1", "C-1, \"East\"", D, D.plusDays(30), new BigDecimal("100.5")),
                        new Ledgers.Invoice("INV-2", "C-2", D, D.plusDays(30), new BigDecimal("12.00"))),
                List.of(new Ledgers.Settlement("INV-1", D.plusDays(3), new BigDecimal("2.01"), SettlementKind.DISCOUNT),
                        new Ledgers.Settlement("INV-1", D.plusDays(3), new BigDecimal("98.49"), SettlementKind.CASH)),
                List.of(new Ledgers.Payment("PAY-1", D.plusDays(3), new BigDecimal("98.49"), true)),
                List.of(new Ledgers.Order("SO-1", "C-2", OrderChannel.EDI, D, false, D.plusDays(1), 2, new BigDecimal("7.1"),
                                new BigDecimal("4.30"), false, true, true, true),
                        new Ledgers.Order("SO-2", "C-2", OrderChannel.PHONE, D, true, null, 0, BigDecimal.ZERO, BigDecimal.ZERO,
                                false, false, false, false)));

        KpiLedgerWriter.write(ledgers, dir);

        assertThat(Files.readAllLines(dir.resolve("invoices.csv"))).containsExactly(
                "invoice_no,customer_no,invoice_date,due_date,amount",
                "INV-1,\"C-1, \"\"East\"\"\",2026-01-05,2026-02-04,100.50",
                "INV-2,C-2,2026-01-05,2026-02-04,12.00");
        assertThat(Files.readAllLines(dir.resolve("orders.csv"))).containsExactly(
                String.join(",", KpiLedgerFiles.ORDER_COLUMNS),
                "SO-1,C-2,EDI,2026-01-05,false,2026-01-06,2,7.10,4.30,false,true,true,true",
                "SO-2,C-2,PHONE,2026-01-05,true,,,,,,,,");
        KpiLedgerFiles.Result back = KpiLedgerFiles.read(dir);
        assertThat(back.problems()).isEmpty();
        assertThat(back.ledgers().invoices()).extracting(Ledgers.Invoice::customerNo).containsExactly("C-1, \"East\"", "C-2");
        assertThat(back.ledgers().invoices().get(0).amount()).isEqualByComparingTo("100.50");
        assertThat(back.ledgers().settlements()).hasSize(2);
        assertThat(back.ledgers().payments()).containsExactly(ledgers.payments().get(0));
        assertThat(back.ledgers().orders().get(0).shippingCost()).isEqualByComparingTo("7.10");
        assertThat(back.ledgers().orders().get(1).shipped()).isFalse();
    }
}
