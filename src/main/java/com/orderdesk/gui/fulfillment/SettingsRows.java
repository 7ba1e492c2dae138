package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.fulfillment.ServiceSetting;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Editable rows of the routing settings tables: text as typed (so nothing typed is lost), turned
 * into {@link RoutingSettings} on save, where each unreadable cell is named in a problem.
 */
final class SettingsRows {
    private SettingsRows() {
    }

    static final class NodeRow {
        final RoutingSettings.Node original;
        final StringProperty handling;
        final StringProperty pick;
        final StringProperty capacity;
        final StringProperty safety = new SimpleStringProperty("");
        final StringProperty handlingDays;
        final BooleanProperty active;

        NodeRow(RoutingSettings.Node n) {
            original = n;
            handling = new SimpleStringProperty(n.handling().toPlainString());
            pick = new SimpleStringProperty(n.pickPerUnit().toPlainString());
            capacity = new SimpleStringProperty(n.capacity() == null ? "" : n.capacity().toString());
            active = new SimpleBooleanProperty(n.active());
            handlingDays = new SimpleStringProperty(String.valueOf(n.handlingDays()));
        }

        RoutingSettings.Node toNode(List<String> problems) {
            String where = original.code() + " ";
            return new RoutingSettings.Node(original.code(), original.name(), original.type(),
                    money(handling.get(), where + "handling", problems), money(pick.get(), where + "picking per unit", problems),
                    whole(capacity.get(), where + "capacity", problems), whole(safety.get(), where + "safety stock", problems),
                    active.get(), days(handlingDays.get(), where + "handling days", problems));
        }
    }

    /** One carrier service: label, price factor and transit days as typed. */
    static final class ServiceRow {
        final ServiceSetting original;
        final StringProperty label;
        final StringProperty factor;
        final StringProperty transit;
        final BooleanProperty active;

        ServiceRow(ServiceSetting s) {
            original = s;
            label = new SimpleStringProperty(s.label());
            factor = new SimpleStringProperty(s.priceFactor().toPlainString());
            transit = new SimpleStringProperty(s.transitDays());
            active = new SimpleBooleanProperty(s.active());
        }

        ServiceSetting toService(List<String> problems) {
            BigDecimal f = null;
            try {
                f = new BigDecimal(factor.get().strip());
            } catch (NumberFormatException e) {
                problems.add(original.name() + " price factor: \"" + factor.get() + "\" is not a number (e.g. 1.9)");
            }
            String l = label.get() == null || label.get().isBlank() ? original.label() : label.get().strip();
            return new ServiceSetting(original.name(), l, f, transit.get(), active.get());
        }
    }

    private static int days(String text, String where, List<String> problems) {
        Integer d = whole(text, where, problems);
        return d == null ? 0 : d;
    }

    static final class ZoneRow {
        final int zone;
        final StringProperty maxKm;
        final List<StringProperty> prices = new ArrayList<>();
        final StringProperty perKg;

        ZoneRow(RoutingSettings.Zone z) {
            zone = z.zone();
            maxKm = new SimpleStringProperty(z.maxKm() == null ? "" : String.valueOf(z.maxKm()));
            z.prices().forEach(p -> prices.add(new SimpleStringProperty(p.toPlainString())));
            perKg = new SimpleStringProperty(z.perKgAboveMax().toPlainString());
        }

        RoutingSettings.Zone toZone(List<Double> breaks, List<String> problems) {
            String where = "zone " + zone + " ";
            Double km = null;
            if (!maxKm.get().isBlank()) {
                try {
                    km = Double.valueOf(maxKm.get().strip());
                } catch (NumberFormatException e) {
                    problems.add(where + "max km: \"" + maxKm.get() + "\" is not a number");
                }
            }
            List<BigDecimal> p = new ArrayList<>();
            for (int i = 0; i < prices.size(); i++) {
                // an unreadable price stands in as 0 (a zone holds no empty price): its problem is already named
                p.add(java.util.Objects.requireNonNullElse(money(prices.get(i).get(), where + "up to " + breaks.get(i) + " kg",
                        problems), BigDecimal.ZERO));
            }
            return new RoutingSettings.Zone(zone, km, p, money(perKg.get(), where + "per kg above max", problems));
        }
    }

    static BigDecimal money(String text, String where, List<String> problems) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": \"" + text + "\" is not an amount (e.g. 2.50)");
            return null;
        }
    }

    static Integer whole(String text, String where, List<String> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(where + ": \"" + text + "\" is not a whole number");
            return null;
        }
    }
}
