package com.orderdesk.application.simulation;

import com.orderdesk.logic.credit.HeldOrderRow;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipWaveOutcome;
import com.orderdesk.logic.simulation.DueShipment;
import com.orderdesk.logic.simulation.LedgerRecorder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The credit manager and the warehouse. The manager looks at the holds each morning and decides
 * each one a day or three after it came in: most are released (routed by the release itself),
 * some rejected. The warehouse ships each planned shipment on its day: now and then a pick comes
 * up short (the use case routes the rest again or backorders it), a carrier is late or goods
 * arrive damaged.
 */
final class Warehouse {
    /** Picking and packing one shipment, and one more line of it: what a shipment costs besides the carrier. */
    static final BigDecimal HANDLING_PER_SHIPMENT = new BigDecimal("3.50");
    static final BigDecimal HANDLING_PER_LINE = new BigDecimal("0.40");

    private final SimulationParts parts;
    private final LedgerRecorder ledger;
    private final SimulationCounts counts;
    private final Map<Long, LocalDate> decideOn = new HashMap<>();
    private int tracking = 1;

    Warehouse(SimulationParts parts, LedgerRecorder ledger, SimulationCounts counts) {
        this.parts = parts;
        this.ledger = ledger;
        this.counts = counts;
    }

    void creditReview(LocalDate day, Random r) {
        List<HeldOrderRow> held = parts.credit().heldOrders(parts.cast().creditManager()).rows();
        for (HeldOrderRow h : held) {
            if (!ledger.knows(h.orderId())) {
                continue;
            }
            LocalDate when = decideOn.computeIfAbsent(h.orderId(),
                    id -> LocalDate.ofInstant(h.enteredAt(), ZoneOffset.UTC).plusDays(1 + r.nextInt(3)));
            if (when.isAfter(day)) {
                continue;
            }
            ledger.touched(h.orderId());
            if (r.nextInt(100) < 88) {
                parts.credit().release(parts.cast().creditManager(), h.orderId(), "Customer confirmed payment plan (simulated)");
                counts.released++;
            } else {
                parts.credit().reject(parts.cast().creditManager(), h.orderId(), "Over limit and past due (simulated)");
                ledger.cancelled(h.orderId());
                counts.rejected++;
            }
            decideOn.remove(h.orderId());
        }
    }

    /** What the floor decided about one due shipment before the wave is confirmed. */
    private record Floor(DueShipment shipment, BigDecimal handling, boolean late, boolean damaged) {
    }

    /**
     * The day's due shipments confirmed as one wave (the desk's "confirm today's shipments"). The
     * floor's draws (short picks, late carriers, damage) are made per shipment in the order they
     * always were, before the wave; a shipment the wave refuses stays due for the next day.
     */
    void ship(LocalDate day, Random r) {
        List<DueShipment> due = parts.uow().read(() -> parts.book().shipmentsDue(day));
        List<ShipConfirmation> wave = new ArrayList<>();
        Map<Long, Floor> floor = new HashMap<>();
        for (DueShipment s : due) {
            if (!ledger.knows(s.orderId())) {
                continue;
            }
            Map<Long, Integer> shipped = new HashMap<>();
            boolean shortPick = r.nextInt(100) < 3;
            if (shortPick) {
                DueShipment.Line l = s.lines().get(r.nextInt(s.lines().size()));
                shipped.put(l.id(), Math.max(0, l.quantity() - 1 - r.nextInt(Math.max(1, l.quantity()))));
                counts.shortPicks++;
            }
            String carrier = s.carrier() == null || s.carrier().isBlank() ? "UPS" : s.carrier();
            wave.add(new ShipConfirmation(s.id(), s.version(), carrier, "SIM" + (tracking++), day, shipped));
            BigDecimal handling = HANDLING_PER_SHIPMENT.add(HANDLING_PER_LINE.multiply(BigDecimal.valueOf(s.lines().size())));
            boolean late = (s.plannedShipDate() != null && day.isAfter(s.plannedShipDate())) || r.nextInt(100) < 4;
            boolean damaged = r.nextInt(200) == 0;
            floor.put(s.id(), new Floor(s, handling, late, damaged));
        }
        ShipWaveOutcome outcome = parts.shipping().confirmWave(parts.cast().clerk(), wave);
        counts.refusedInBatches += outcome.refused().size();
        outcome.confirmed().forEach((id, out) -> {
            Floor f = floor.get(id);
            counts.shipmentsLeft++;
            ledger.shipmentLeft(f.shipment().orderId(), day, f.shipment().plannedCost(), f.handling(), out.backorderedUnits() > 0,
                    f.late(), f.damaged(), out.orderShipped());
        });
    }
}
