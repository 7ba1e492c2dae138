package com.orderdesk.persistence.simulation;

import com.orderdesk.application.simulation.SimulationBook;
import com.orderdesk.logic.simulation.DueShipment;
import com.orderdesk.model.fulfillment.Shipment;
import com.orderdesk.model.fulfillment.ShipmentStatus;
import com.orderdesk.persistence.CurrentSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** {@link SimulationBook} on the shipment tables, in the open unit of work. */
public final class HibernateSimulationBook implements SimulationBook {
    @Override
    public List<DueShipment> shipmentsDue(LocalDate day) {
        List<Shipment> due = CurrentSession.get().createSelectionQuery("select distinct sh from Shipment sh left join fetch sh.lines"
                        + " where sh.status in (:open) and (sh.plannedShipDate is null or sh.plannedShipDate <= :day)"
                        + " order by sh.id", Shipment.class)
                .setParameter("open", List.of(ShipmentStatus.PLANNED, ShipmentStatus.RELEASED))
                .setParameter("day", day).getResultList();
        return due.stream().map(sh -> new DueShipment(sh.id(), sh.version(), sh.order().id(), sh.carrier(),
                sh.plannedCost() == null ? BigDecimal.ZERO : sh.plannedCost().amount(), sh.plannedShipDate(),
                sh.lines().stream().map(l -> new DueShipment.Line(l.id(), l.quantityPlanned())).toList())).toList();
    }
}
