package com.orderdesk.persistence.fulfillment;

import com.orderdesk.application.fulfillment.RoutingSettingsRepository;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.fulfillment.ServiceSetting;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.StoredValues;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/** {@link RoutingSettingsRepository} on fulfillment_node, inventory's safety stock, the rate card tables, carrier_service and routing_setting. */
public final class HibernateRoutingSettingsRepository implements RoutingSettingsRepository {

    @Override
    public RoutingSettings read() {
        Session s = CurrentSession.get();
        List<RoutingSettings.Node> nodes = new ArrayList<>();
        for (Object[] r : s.createNativeQuery("SELECT id, code, name, node_type, handling_cents, pick_per_unit_cents, "
                + "capacity_shipments, active, handling_days FROM fulfillment_node ORDER BY code", Object[].class).getResultList()) {
            StoredValues row = new StoredValues("fulfillment_node", r[0], r, "id", "code", "name", "node_type");
            Integer capacity = r[6] == null ? null : ((Number) r[6]).intValue();
            nodes.add(new RoutingSettings.Node(row.text(1), row.text(2), row.enumOf(3, NodeType.class),
                    BigDecimal.valueOf(row.longValue(4), 2), BigDecimal.valueOf(row.longValue(5), 2), capacity, null,
                    bool(r[7]), ((Number) r[8]).intValue()));
        }
        var card = RoutingTables.rateCard(s);
        List<RoutingSettings.Zone> zones = new ArrayList<>();
        for (var z : card.zones()) {
            zones.add(new RoutingSettings.Zone(z.zone(), z.maxKm(),
                    card.prices().get(z.zone()).stream().map(p -> BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP)).toList(),
                    BigDecimal.valueOf(card.perKgAboveMax().get(z.zone())).setScale(2, RoundingMode.HALF_UP)));
        }
        return new RoutingSettings(nodes, card.weightBreaksKg(), zones,
                BigDecimal.valueOf(RoutingTables.backorderPenalty(s)).setScale(2, RoundingMode.HALF_UP), RoutingTables.services(s, false));
    }

    /** Booleans come back as Boolean from PostgreSQL and as 0/1 from SQLite. */
    private static boolean bool(Object v) {
        return v instanceof Boolean b ? b : ((Number) v).intValue() != 0;
    }

    @Override
    public void write(RoutingSettings st) {
        Session s = CurrentSession.get();
        for (RoutingSettings.Node n : st.nodes()) {
            s.createNativeMutationQuery("UPDATE fulfillment_node SET handling_cents = :h, pick_per_unit_cents = :p, "
                            + "capacity_shipments = :cap, active = :a, handling_days = :hd WHERE code = :code")
                    .setParameter("hd", n.handlingDays())
                    .setParameter("h", cents(n.handling())).setParameter("p", cents(n.pickPerUnit()))
                    .setParameter("cap", n.capacity(), Integer.class).setParameter("a", n.active()).setParameter("code", n.code())
                    .executeUpdate();
            if (n.safetyStock() != null) {
                s.createNativeMutationQuery("UPDATE inventory SET safety_stock = :ss, version = version + 1 "
                                + "WHERE node_id = (SELECT id FROM fulfillment_node WHERE code = :code)")
                        .setParameter("ss", n.safetyStock()).setParameter("code", n.code()).executeUpdate();
            }
        }
        for (RoutingSettings.Zone z : st.zones()) {
            s.createNativeMutationQuery("UPDATE rate_zone SET max_km = :km, per_kg_above_max_cents = :kg WHERE zone = :z")
                    .setParameter("km", z.maxKm(), Double.class).setParameter("kg", cents(z.perKgAboveMax()))
                    .setParameter("z", z.zone()).executeUpdate();
            for (int i = 0; i < z.prices().size(); i++) {
                s.createNativeMutationQuery("UPDATE rate_price SET price_cents = :c WHERE zone = :z AND idx = :i")
                        .setParameter("c", cents(z.prices().get(i))).setParameter("z", z.zone()).setParameter("i", i)
                        .executeUpdate();
            }
        }
        for (ServiceSetting sv : st.services()) {
            s.createNativeMutationQuery("UPDATE carrier_service SET label = :l, price_factor = :f, transit_days = :t, active = :a "
                            + "WHERE name = :n")
                    .setParameter("l", sv.label()).setParameter("f", sv.priceFactor().doubleValue())
                    .setParameter("t", sv.transitDays().strip()).setParameter("a", sv.active()).setParameter("n", sv.name())
                    .executeUpdate();
        }
        s.createNativeMutationQuery("UPDATE routing_setting SET value = :v WHERE name = 'backorder_penalty_per_unit'")
                .setParameter("v", st.backorderPenalty().setScale(2, RoundingMode.HALF_UP).toPlainString()).executeUpdate();
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }
}
