package com.orderdesk.persistence.fulfillment;

import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.fulfillment.RoutingSettingsDesk;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.security.StoredPermissions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the routing settings (nodes, rate card, penalty) in one transaction, administrators only, audited. */
public final class RoutingSettingsService implements RoutingSettingsDesk {
    static final String SETTINGS_CHANGE = "ROUTING_SETTINGS_CHANGE";

    private final Database db;
    private final Clock clock;

    public RoutingSettingsService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public RoutingSettings load() {
        try (Connection c = db.openJdbcConnection()) {
            return read(c);
        } catch (SQLException e) {
            throw new StoreException("Reading the routing settings failed: " + e.getMessage(), e);
        }
    }

    private static RoutingSettings read(Connection c) throws SQLException {
        List<RoutingSettings.Node> nodes = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, node_type, handling_cents, pick_per_unit_cents, "
                + "capacity_shipments, active FROM fulfillment_node ORDER BY code"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int cap = rs.getInt(6);
                Integer capacity = rs.wasNull() ? null : cap;
                nodes.add(new RoutingSettings.Node(rs.getString(1), rs.getString(2), NodeType.valueOf(rs.getString(3)),
                        BigDecimal.valueOf(rs.getLong(4), 2), BigDecimal.valueOf(rs.getLong(5), 2), capacity, null, rs.getBoolean(7)));
            }
        }
        var card = RoutingData.rateCard(c);
        List<RoutingSettings.Zone> zones = new ArrayList<>();
        for (var z : card.zones()) {
            zones.add(new RoutingSettings.Zone(z.zone(), z.maxKm(),
                    card.prices().get(z.zone()).stream().map(p -> BigDecimal.valueOf(p).setScale(2, RoundingMode.HALF_UP)).toList(),
                    BigDecimal.valueOf(card.perKgAboveMax().get(z.zone())).setScale(2, RoundingMode.HALF_UP)));
        }
        return new RoutingSettings(nodes, card.weightBreaksKg(), zones,
                BigDecimal.valueOf(RoutingData.backorderPenalty(c)).setScale(2, RoundingMode.HALF_UP));
    }

    @Override
    public void save(RoutingSettings settings, String user) {
        List<String> problems = settings.problems();
        if (!problems.isEmpty()) {
            throw new StoreException("The settings were not saved: " + String.join("; ", problems) + ".");
        }
        db.write(s -> {
            s.doWork(c -> {
                requireAdministrator(c, user);
                RoutingSettings before = read(c);
                write(c, settings);
                RoutingAudit.append(s, new AuditEvent(user, SETTINGS_CHANGE, "SETTINGS", "routing",
                        summary(before), summary(settings), null), clock.instant());
            });
            return null;
        });
    }

    private static void requireAdministrator(Connection c, String user) throws SQLException {
        StoredPermissions.require(c, user, Permission.ADMIN_SETTINGS, "only an administrator changes routing settings.");
    }

    private static void write(Connection c, RoutingSettings st) throws SQLException {
        try (PreparedStatement node = c.prepareStatement("UPDATE fulfillment_node SET handling_cents = ?, pick_per_unit_cents = ?, "
                + "capacity_shipments = ?, active = ? WHERE code = ?");
             PreparedStatement safety = c.prepareStatement("UPDATE inventory SET safety_stock = ?, version = version + 1 "
                     + "WHERE node_id = (SELECT id FROM fulfillment_node WHERE code = ?)")) {
            for (RoutingSettings.Node n : st.nodes()) {
                node.setLong(1, cents(n.handling()));
                node.setLong(2, cents(n.pickPerUnit()));
                if (n.capacity() == null) {
                    node.setNull(3, java.sql.Types.INTEGER);
                } else {
                    node.setInt(3, n.capacity());
                }
                node.setBoolean(4, n.active());
                node.setString(5, n.code());
                node.executeUpdate();
                if (n.safetyStock() != null) {
                    safety.setInt(1, n.safetyStock());
                    safety.setString(2, n.code());
                    safety.executeUpdate();
                }
            }
        }
        try (PreparedStatement zone = c.prepareStatement("UPDATE rate_zone SET max_km = ?, per_kg_above_max_cents = ? WHERE zone = ?");
             PreparedStatement price = c.prepareStatement("UPDATE rate_price SET price_cents = ? WHERE zone = ? AND idx = ?")) {
            for (RoutingSettings.Zone z : st.zones()) {
                if (z.maxKm() == null) {
                    zone.setNull(1, java.sql.Types.DOUBLE);
                } else {
                    zone.setDouble(1, z.maxKm());
                }
                zone.setLong(2, cents(z.perKgAboveMax()));
                zone.setInt(3, z.zone());
                zone.executeUpdate();
                for (int i = 0; i < z.prices().size(); i++) {
                    price.setLong(1, cents(z.prices().get(i)));
                    price.setInt(2, z.zone());
                    price.setInt(3, i);
                    price.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE routing_setting SET value = ? WHERE name = 'backorder_penalty_per_unit'")) {
            ps.setString(1, st.backorderPenalty().setScale(2, RoundingMode.HALF_UP).toPlainString());
            ps.executeUpdate();
        }
    }

    private static long cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).movePointRight(2).longValueExact();
    }

    /** A compact, readable record of the settings for the audit trail's before and after. */
    static String summary(RoutingSettings st) {
        StringBuilder sb = new StringBuilder();
        for (RoutingSettings.Node n : st.nodes()) {
            sb.append(n.code()).append(' ').append(n.handling()).append('/').append(n.pickPerUnit()).append('/')
                    .append(n.capacity() == null ? "-" : n.capacity()).append(n.active() ? "" : " inactive")
                    .append(n.safetyStock() == null ? "" : " ss=" + n.safetyStock()).append("; ");
        }
        for (RoutingSettings.Zone z : st.zones()) {
            sb.append('z').append(z.zone()).append('<').append(z.maxKm() == null ? "-" : z.maxKm()).append(' ')
                    .append(z.prices()).append('+').append(z.perKgAboveMax()).append("; ");
        }
        String text = sb.append("penalty ").append(st.backorderPenalty()).toString();
        return text.length() > 4000 ? text.substring(0, 3999) : text;
    }
}
