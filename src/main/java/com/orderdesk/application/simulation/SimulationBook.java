package com.orderdesk.application.simulation;

import com.orderdesk.logic.simulation.DueShipment;
import java.time.LocalDate;
import java.util.List;

/**
 * What the simulated warehouse reads from the book in one query a day (a port: persistence
 * implements it), where the desk's own screens go order by order.
 */
public interface SimulationBook {
    /** Planned or released shipments whose planned ship date is {@code day} or earlier (or not set), by id. */
    List<DueShipment> shipmentsDue(LocalDate day);
}
