package com.orderdesk.cli.route;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.orderdesk.logic.fulfillment.routing.CarrierService;
import com.orderdesk.logic.fulfillment.routing.FulfillmentNode;
import com.orderdesk.logic.fulfillment.routing.OrderLine;
import com.orderdesk.logic.fulfillment.routing.RateCard;
import com.orderdesk.logic.fulfillment.routing.RoutingOrder;
import com.orderdesk.logic.fulfillment.routing.Scenario;
import com.orderdesk.logic.fulfillment.routing.SkuInfo;
import com.orderdesk.logic.fulfillment.routing.StockLevel;
import com.orderdesk.logic.fulfillment.routing.ZoneBand;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a {@link Scenario} as a scenario file that {@code route --scenario} reads back. */
public final class ScenarioWriter {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ScenarioWriter() {
    }

    public static void write(Scenario s, Path file) throws IOException {
        JSON.writeValue(file.toFile(), toJson(s));
    }

    static ObjectNode toJson(Scenario s) {
        ObjectNode root = JSON.createObjectNode();
        RateCard card = s.rateCard();
        ObjectNode rc = root.putObject("rateCard");
        ArrayNode zones = rc.putArray("zones");
        for (ZoneBand z : card.zones()) {
            ObjectNode zn = zones.addObject();
            zn.put("zone", z.zone());
            if (z.maxKm() == null) {
                zn.putNull("maxKm");
            } else {
                zn.put("maxKm", z.maxKm());
            }
        }
        ArrayNode breaks = rc.putArray("weightBreaksKg");
        card.weightBreaksKg().forEach(breaks::add);
        ObjectNode prices = rc.putObject("prices");
        ObjectNode perKg = rc.putObject("perKgAboveMax");
        for (ZoneBand z : card.zones()) {
            ArrayNode row = prices.putArray(String.valueOf(z.zone()));
            card.prices().get(z.zone()).forEach(row::add);
            perKg.put(String.valueOf(z.zone()), card.perKgAboveMax().get(z.zone()));
        }
        if (card.hasServices()) {
            ArrayNode services = rc.putArray("services");
            for (CarrierService c : card.services()) {
                ObjectNode sn = services.addObject().put("service", c.name()).put("priceFactor", c.priceFactor());
                ObjectNode transit = sn.putObject("transitDays");
                if (c.transitDaysAnyZone() != null) {
                    transit.put("*", c.transitDaysAnyZone());
                }
                c.transitDaysByZone().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                        .forEach(e -> transit.put(String.valueOf(e.getKey()), e.getValue()));
            }
        }
        if (s.today() != null) {
            root.put("today", s.today().toString());
        }
        ArrayNode nodes = root.putArray("nodes");
        for (FulfillmentNode n : s.nodes()) {
            ObjectNode nn = nodes.addObject();
            nn.put("id", n.id());
            nn.put("type", n.type().name());
            nn.put("lat", n.location().lat());
            nn.put("lon", n.location().lon());
            nn.put("handlingCost", n.handlingCost());
            nn.put("pickCostPerUnit", n.pickCostPerUnit());
            if (n.capacityShipments() == null) {
                nn.putNull("capacityShipments");
            } else {
                nn.put("capacityShipments", n.capacityShipments());
            }
            if (n.handlingDays() != 0) {
                nn.put("handlingDays", n.handlingDays());
            }
        }
        ArrayNode skus = root.putArray("skus");
        for (SkuInfo k : s.skus()) {
            skus.addObject().put("sku", k.sku()).put("weightKg", k.weightKg());
        }
        ArrayNode inventory = root.putArray("inventory");
        for (StockLevel l : s.inventory()) {
            inventory.addObject().put("node", l.node()).put("sku", l.sku()).put("qty", l.qty())
                    .put("safetyStock", l.safetyStock());
        }
        ArrayNode orders = root.putArray("orders");
        for (RoutingOrder o : s.orders()) {
            ObjectNode on = orders.addObject();
            on.put("id", o.id());
            on.putObject("shipTo").put("lat", o.shipTo().lat()).put("lon", o.shipTo().lon());
            ArrayNode lines = on.putArray("lines");
            for (OrderLine l : o.lines()) {
                lines.addObject().put("sku", l.sku()).put("qty", l.qty());
            }
            on.put("shipComplete", o.shipComplete());
            if (o.maxShipments() == null) {
                on.putNull("maxShipments");
            } else {
                on.put("maxShipments", o.maxShipments());
            }
            if (o.releaseDate() != null) {
                on.put("releaseDate", o.releaseDate().toString());
            }
            if (o.deliverBy() != null) {
                on.put("deliverBy", o.deliverBy().toString());
            }
        }
        root.put("backorderPenaltyPerUnit", s.backorderPenaltyPerUnit());
        return root;
    }
}
