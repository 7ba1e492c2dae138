package com.orderdesk.logic.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.cli.KpiLedgerFiles;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;

/** The hand-computed ledgers under src/test/resources/kpi, read by the same reader as the command. */
final class KpiTestLedgers {
    /** The as-of date of every hand-computed set. */
    static final LocalDate D = LocalDate.of(2026, 6, 30);

    private KpiTestLedgers() {
    }

    static Path folder(String name) {
        try {
            return Path.of(KpiTestLedgers.class.getResource("/kpi/" + name + "/invoices.csv").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Ledgers load(String name) {
        KpiLedgerFiles.Result result = KpiLedgerFiles.read(folder(name));
        assertThat(result.problems()).as("problems reading " + name).isEmpty();
        return result.ledgers();
    }

    static KpiBook book(String name) {
        return KpiBook.of(load(name));
    }

    /** A BigDecimal with its scale, so that assertions check "87.2", not just the value. */
    static BigDecimal d(String text) {
        return new BigDecimal(text);
    }
}
