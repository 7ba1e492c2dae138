package com.orderdesk.persistence.fulfillment;

import com.orderdesk.application.fulfillment.RoutingSettingsUseCases;
import com.orderdesk.model.security.Role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.orderdesk.logic.fulfillment.RoutingSettings;
import com.orderdesk.logic.fulfillment.ServiceSetting;
import com.orderdesk.model.audit.AuditRecord;
import com.orderdesk.persistence.TestBook;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Administrators change nodes, rate card and penalty; others are refused; bad values are named and nothing is stored. */
class RoutingSettingsServiceTest {
    @TempDir
    Path dir;
    TestBook book;
    RoutingSettingsUseCases settings;

    @BeforeEach
    void open() {
        book = TestBook.create(dir);
        settings = book.services().routingSettings();
    }

    @Test
    void theDefaultsAreTheSpecsRateCardAndTheDemoNodes() {
        RoutingSettings st = settings.load(book.admin());
        assertThat(st.weightBreaksKg()).containsExactly(0.5, 1.0, 2.0, 5.0, 10.0, 20.0, 30.0);
        assertThat(st.zones()).hasSize(8);
        assertThat(st.zones().get(0).prices()).extracting(BigDecimal::toPlainString)
                .containsExactly("7.10", "7.60", "8.40", "10.20", "12.90", "17.80", "22.50");
        assertThat(st.zones().get(7).maxKm()).isNull();
        assertThat(st.backorderPenalty()).isEqualByComparingTo("25.00");
        assertThat(st.nodes()).extracting(RoutingSettings.Node::code).containsExactly("DC-ATL", "ST-CHI");
        assertThat(st.problems()).isEmpty();
    }

    @Test
    void anAdministratorSavesAndTheChangeIsAuditedAndUsedByRouting() {
        RoutingSettings st = settings.load(book.admin());
        List<RoutingSettings.Node> nodes = new ArrayList<>();
        for (RoutingSettings.Node n : st.nodes()) {
            nodes.add(n.code().equals("ST-CHI")
                    ? new RoutingSettings.Node(n.code(), n.name(), n.type(), new BigDecimal("9.00"), n.pickPerUnit(), 5, 3, false)
                    : n);
        }
        settings.save(book.user("admin", Role.ADMINISTRATOR), new RoutingSettings(nodes, st.weightBreaksKg(), st.zones(), new BigDecimal("40.00")),
                "Chicago store closes for refitting");

        RoutingSettings after = settings.load(book.admin());
        assertThat(after.backorderPenalty()).isEqualByComparingTo("40.00");
        assertThat(after.nodes().get(1).handling()).isEqualByComparingTo("9.00");
        assertThat(after.nodes().get(1).active()).isFalse();
        assertThat(FulfillmentFixture.onHand(book.db, "ST-CHI", book.gloveId)).isEqualTo(30);
        int safety = book.db.read(s -> s.createSelectionQuery("select i.safetyStock from InventoryItem i where i.node.code = 'ST-CHI'",
                Integer.class).getSingleResult());
        assertThat(safety).isEqualTo(3);
        AuditRecord audit = book.db.read(s -> s.createSelectionQuery("from AuditRecord a", AuditRecord.class).getSingleResult());
        assertThat(audit.action()).isEqualTo("ROUTING_SETTINGS_CHANGE");
        assertThat(audit.after()).contains("ST-CHI 9.00").contains("inactive").contains("penalty 40.00");
        // the inactive store no longer ships: a released order routes from Atlanta only
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        desk.route(id, "olivia");
        assertThat(desk.load(id).activeShipments()).extracting(s -> s.nodeCode()).containsExactly("DC-ATL");
    }

    /** As the users screen's decisions: the administrator says why, a blank reason is refused, the trail keeps it (tour14). */
    @Test
    void aChangeNeedsAReasonAndTheAuditTrailKeepsIt() {
        RoutingSettings st = settings.load(book.admin());
        RoutingSettings changed = new RoutingSettings(st.nodes(), st.weightBreaksKg(), st.zones(), new BigDecimal("30.00"));
        for (String blank : new String[] {null, "", "   "}) {
            assertThatThrownBy(() -> settings.save(book.admin(), changed, blank))
                    .hasMessage("Reason: say why the routing settings change; it is kept in the audit trail.");
        }
        assertThat(settings.load(book.admin()).backorderPenalty()).isEqualByComparingTo("25.00");
        long audited = book.db.read(s -> s.createSelectionQuery("select count(a) from AuditRecord a", Long.class).getSingleResult());
        assertThat(audited).isZero();

        settings.save(book.admin(), changed, "  Backorders cost us less since the new supplier  ");
        AuditRecord audit = book.db.read(s -> s.createSelectionQuery("from AuditRecord a", AuditRecord.class).getSingleResult());
        assertThat(audit.action()).isEqualTo("ROUTING_SETTINGS_CHANGE");
        assertThat(audit.reason()).isEqualTo("Backorders cost us less since the new supplier");
        assertThat(settings.load(book.admin()).backorderPenalty()).isEqualByComparingTo("30.00");
    }

    @Test
    void othersAreRefusedAndBadValuesAreNamedWithNothingStored() {
        RoutingSettings st = settings.load(book.admin());
        assertThatThrownBy(() -> settings.save(book.user("olivia", Role.ORDER_CLERK), st, "I think so"))
                .isInstanceOf(com.orderdesk.logic.security.NotAuthorizedException.class)
                .hasMessageContaining("may not change application settings");
        List<RoutingSettings.Zone> zones = new ArrayList<>(st.zones());
        RoutingSettings.Zone z2 = zones.get(1);
        List<BigDecimal> prices = new ArrayList<>(z2.prices());
        prices.set(3, new BigDecimal("1.00"));
        zones.set(1, new RoutingSettings.Zone(2, 50.0, prices, z2.perKgAboveMax()));
        RoutingSettings bad = new RoutingSettings(st.nodes(), st.weightBreaksKg(), zones, new BigDecimal("-1"));
        assertThat(bad.problems()).containsExactly(
                "zone 2 max km: must be more than the zone before (80.0)",
                "zone 2 up to 5.0 kg: must not be less than the lighter break",
                "backorder penalty: must be 0 or more");
        assertThatThrownBy(() -> settings.save(book.user("admin", Role.ADMINISTRATOR), bad, "New rates")).hasMessageContaining("not saved");
        assertThat(settings.load(book.admin()).backorderPenalty()).isEqualByComparingTo("25.00");
    }

    @Test
    void handlingDaysAndCarrierServicesAreRoutingSettingsAndRoutedShipmentsCarryServiceAndDates() {
        RoutingSettings st = settings.load(book.admin());
        assertThat(st.services()).extracting(ServiceSetting::name).containsExactly("GROUND", "TWO_DAY", "OVERNIGHT");
        List<RoutingSettings.Node> nodes = st.nodes().stream().map(n -> n.code().equals("ST-CHI")
                ? new RoutingSettings.Node(n.code(), n.name(), n.type(), n.handling(), n.pickPerUnit(), n.capacity(), null,
                n.active(), 2) : n).toList();
        List<ServiceSetting> services = st.services().stream().map(sv -> switch (sv.name()) {
            case "OVERNIGHT" -> new ServiceSetting(sv.name(), "Next day", new BigDecimal("3.0"), "1:1,*:1", true);
            case "TWO_DAY" -> new ServiceSetting(sv.name(), sv.label(), sv.priceFactor(), sv.transitDays(), false);
            default -> sv;
        }).toList();
        RoutingSettings changed = new RoutingSettings(nodes, st.weightBreaksKg(), st.zones(), st.backorderPenalty(), services);
        assertThatThrownBy(() -> settings.save(book.user("olivia", Role.ORDER_CLERK), changed, "I think so"))
                .isInstanceOf(com.orderdesk.logic.security.NotAuthorizedException.class);
        List<ServiceSetting> bad = List.of(new ServiceSetting("GROUND", "Ground", BigDecimal.ONE, "1:x", true));
        assertThat(new RoutingSettings(nodes, st.weightBreaksKg(), st.zones(), st.backorderPenalty(), bad).problems())
                .containsExactly("GROUND transit days: 'x' is not a whole number of days");

        settings.save(book.user("admin", Role.ADMINISTRATOR), changed, "Overnight is next day now");
        RoutingSettings after = settings.load(book.admin());
        assertThat(after.nodes()).extracting(RoutingSettings.Node::handlingDays).containsExactly(0, 2);
        assertThat(after.services()).extracting(sv -> sv.name() + " " + sv.label() + " " + sv.priceFactor().toPlainString()
                + " " + sv.transitDays() + " " + sv.active())
                .containsExactly("GROUND Ground 1 1:1,2:2,3:3,4:4,5:5,6:5,7:6,8:7 true", "TWO_DAY Two-day 1.9 *:2 false",
                        "OVERNIGHT Next day 3 1:1,*:1 true");
        AuditRecord audit = book.db.read(s -> s.createSelectionQuery("from AuditRecord a", AuditRecord.class).getSingleResult());
        assertThat(audit.after()).contains("ST-CHI").contains(" 2d;").contains("OVERNIGHT x3.0 [1:1,*:1]").contains("TWO_DAY x1.9 [*:2] inactive");

        // routed without a date to meet: each shipment by ground (the cheapest), leaving after its node's handling days
        long id = FulfillmentFixture.releasedOrder(book, book.gloveId, "GLV-NIT-L", 2);
        FulfillmentAsUsers desk = new FulfillmentAsUsers(book);
        desk.route(id, "olivia");
        var shipment = desk.load(id).activeShipments().get(0);
        java.time.LocalDate today = java.time.LocalDate.now(TestBook.CLOCK);
        assertThat(shipment.planned().service()).isEqualTo("GROUND");
        assertThat(shipment.planned().shipDate()).isEqualTo(shipment.nodeCode().equals("ST-CHI") ? today.plusDays(2) : today);
        assertThat(shipment.planned().deliveryDate()).isAfter(shipment.planned().shipDate());
    }
}
