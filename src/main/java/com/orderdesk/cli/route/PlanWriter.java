package com.orderdesk.cli.route;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.OrderPlan;
import com.orderdesk.logic.fulfillment.routing.RoutingPlan;
import com.orderdesk.logic.fulfillment.routing.RunStats;
import com.orderdesk.logic.fulfillment.routing.Shipment;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Writes a {@link RoutingPlan} in the JSON shape of src/site/markdown/contracts/route.md (costs with 2 decimals, half-up). */
public final class PlanWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private PlanWriter() {
    }

    public static void write(RoutingPlan plan, Writer out) throws IOException {
        JSON.writeValue(new NonClosing(out), toJson(plan));
        out.write(System.lineSeparator());
        out.flush();
    }

    static ObjectNode toJson(RoutingPlan plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", plan.mode().label());
        root.put("totalCost", money(plan.totalCost()));
        ArrayNode orders = root.putArray("orders");
        for (OrderPlan o : plan.orders()) {
            ObjectNode on = orders.addObject();
            on.put("id", o.orderId());
            on.put("cost", money(o.cost()));
            on.put("optimal", o.optimal());
            ArrayNode shipments = on.putArray("shipments");
            for (Shipment s : o.shipments()) {
                ObjectNode sn = shipments.addObject();
                sn.put("node", s.node());
                sn.put("distanceKm", decimal(s.distanceKm(), 1));
                sn.put("zone", s.zone());
                sn.put("weightKg", decimal(s.weightKg(), 3));
                sn.put("units", s.units());
                sn.put("cost", money(s.cost()));
                lines(sn.putArray("lines"), s.lines());
            }
            lines(on.putArray("backordered"), o.backordered());
        }
        RunStats st = plan.stats();
        ObjectNode stats = root.putObject("stats");
        stats.put("orders", st.orders());
        stats.put("shipments", st.shipments());
        stats.put("splitOrders", st.splitOrders());
        stats.put("backorderedUnits", st.backorderedUnits());
        stats.put("elapsedMs", decimal(st.elapsedMs(), 1));
        if (st.provenOptimal() != null) {
            stats.put("provenOptimal", st.provenOptimal());
        }
        if (st.lowerBound() != null) {
            stats.put("lowerBound", money(st.lowerBound()));
        }
        return root;
    }

    private static void lines(ArrayNode array, List<OrderLine> lines) {
        for (OrderLine line : lines) {
            ObjectNode ln = array.addObject();
            ln.put("sku", line.sku());
            ln.put("qty", line.qty());
        }
    }

    static BigDecimal money(double amount) {
        return BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal decimal(double value, int decimals) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Jackson closes its target; standard output must stay open. */
    private static final class NonClosing extends java.io.FilterWriter {
        NonClosing(Writer out) {
            super(out);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
