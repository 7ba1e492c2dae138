package com.orderdesk.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.orderdesk.logic.kpi.AgingBucket;
import com.orderdesk.logic.kpi.Basis;
import com.orderdesk.logic.kpi.KpiFigures;
import com.orderdesk.logic.kpi.OrderChannel;
import java.io.IOException;

/**
 * The {@code kpi} command's JSON (src/site/markdown/contracts/kpi.md, "JSON shape"): the
 * contract's keys at the top level, {@code aging} and {@code touchless_by_channel} as nested
 * objects, numbers as JSON numbers with their scale kept (45.0, 0.8125, 1234.50), null for a
 * figure whose denominator is zero; then {@code basis}, the counts behind the figures.
 */
public final class KpiJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private KpiJson() {
    }

    public static String write(KpiFigures f) throws IOException {
        return JSON.writeValueAsString(toJson(f)) + System.lineSeparator();
    }

    static ObjectNode toJson(KpiFigures f) {
        ObjectNode root = JSON.createObjectNode();
        root.put("as_of", f.period().last().toString());
        root.put("days", f.period().days());
        root.put("period_start", f.period().first().toString());
        root.put("ar_total", f.arTotal());
        root.put("ar_current", f.arCurrent());
        ObjectNode aging = root.putObject("aging");
        for (AgingBucket bucket : AgingBucket.values()) {
            aging.put(bucket.key(), f.aging().get(bucket));
        }
        root.put("dso", f.dso());
        root.put("best_possible_dso", f.bestPossibleDso());
        root.put("average_days_delinquent", f.averageDaysDelinquent());
        root.put("dso_countback", f.dsoCountback());
        root.put("cei", f.cei());
        root.put("touchless_order_rate", f.touchlessOrderRate());
        ObjectNode byChannel = root.putObject("touchless_by_channel");
        for (OrderChannel channel : OrderChannel.values()) {
            byChannel.put(channel.name(), f.touchlessByChannel().get(channel));
        }
        root.put("auto_cash_rate", f.autoCashRate());
        root.put("split_shipment_rate", f.splitShipmentRate());
        root.put("cost_per_order", f.costPerOrder());
        root.put("perfect_order_rate", f.perfectOrderRate());
        root.put("days_to_ship", f.daysToShip());
        root.put("days_to_pay", f.daysToPay());
        Basis b = f.basis();
        ObjectNode basis = root.putObject("basis");
        basis.put("sales", b.sales());
        basis.put("opening_ar", b.openingReceivables());
        basis.put("orders_entered", b.ordersEntered());
        basis.put("orders_touched", b.ordersTouched());
        basis.put("payments_received", b.paymentsReceived());
        basis.put("payments_auto_applied", b.paymentsAutoApplied());
        basis.put("orders_shipped", b.ordersShipped());
        basis.put("orders_split", b.ordersSplit());
        basis.put("orders_perfect", b.ordersPerfect());
        basis.put("shipping_and_handling", b.shippingAndHandling());
        basis.put("invoices_paid", b.invoicesPaid());
        return root;
    }
}
