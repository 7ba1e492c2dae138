package com.orderdesk.gui.kpi;

import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.KpiReport;
import com.orderdesk.logic.kpi.OrderChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The period's figures as CSV, one row per figure and span: the period, the previous period, each
 * week and each month. Keys are the kpi contract's JSON keys; plain decimals with a point (rates as
 * fractions, as the contract has them) so a spreadsheet in any locale reads them.
 */
public final class DashboardCsv {
    private DashboardCsv() {
    }

    public static void write(Path file, KpiReport report) {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT.builder()
                     .setHeader("span", "from", "to", "figure", "value").get())) {
            rows(csv, "period", report.figures());
            rows(csv, "previous", report.previous());
            for (KpiFigures week : report.byWeek()) {
                rows(csv, "week", week);
            }
            for (KpiFigures month : report.byMonth()) {
                rows(csv, "month", month);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every figure of a span by its contract key, in the contract's order. */
    public static Map<String, BigDecimal> figures(KpiFigures f) {
        Map<String, BigDecimal> m = new LinkedHashMap<>();
        m.put("ar_total", f.arTotal());
        m.put("ar_current", f.arCurrent());
        for (AgingBucket b : AgingBucket.values()) {
            m.put("aging." + b.key(), f.aging().get(b));
        }
        m.put("dso", f.dso());
        m.put("best_possible_dso", f.bestPossibleDso());
        m.put("average_days_delinquent", f.averageDaysDelinquent());
        m.put("dso_countback", f.dsoCountback());
        m.put("cei", f.cei());
        m.put("touchless_order_rate", f.touchlessOrderRate());
        for (OrderChannel c : OrderChannel.values()) {
            m.put("touchless_by_channel." + c.name(), f.touchlessByChannel().get(c));
        }
        m.put("auto_cash_rate", f.autoCashRate());
        m.put("split_shipment_rate", f.splitShipmentRate());
        m.put("cost_per_order", f.costPerOrder());
        m.put("perfect_order_rate", f.perfectOrderRate());
        m.put("days_to_ship", f.daysToShip());
        m.put("days_to_pay", f.daysToPay());
        return m;
    }

    private static void rows(CSVPrinter csv, String span, KpiFigures f) throws IOException {
        for (Map.Entry<String, BigDecimal> e : figures(f).entrySet()) {
            csv.printRecord(span, f.period().first(), f.period().last(), e.getKey(),
                    e.getValue() == null ? "" : e.getValue().toPlainString());
        }
    }
}
