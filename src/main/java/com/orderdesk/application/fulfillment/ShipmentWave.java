package com.orderdesk.application.fulfillment;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.fulfillment.ShipConfirmation;
import com.orderdesk.logic.fulfillment.ShipOutcome;
import com.orderdesk.logic.fulfillment.ShipWaveOutcome;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.NotSignedInException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.fulfillment.Shipment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Confirms a wave of shipments in one unit of work: the shipments read a chunk at a time in one
 * query, each confirmation checked before anything of it is written (a refused one is listed, the
 * others go on), and the session flushed and cleared after each chunk so it stays small. A failure
 * the checks did not foresee rolls the wave back and runs each confirmation in its own unit.
 */
final class ShipmentWave {
    /** Shipments per chunk: large enough to read in one query, small enough that flushes stay cheap. */
    static final int CHUNK = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ShipmentWave.class);

    private final UnitOfWork uow;
    private final FulfillmentRepository repository;
    private final BiFunction<ShipConfirmation, SignedInUser, ShipOutcome> confirmOne;

    ShipmentWave(UnitOfWork uow, FulfillmentRepository repository, BiFunction<ShipConfirmation, SignedInUser, ShipOutcome> confirmOne) {
        this.uow = uow;
        this.repository = repository;
        this.confirmOne = confirmOne;
    }

    ShipWaveOutcome run(SignedInUser user, List<ShipConfirmation> wave) {
        if (wave.isEmpty()) {
            return new ShipWaveOutcome(Map.of(), Map.of());
        }
        try {
            return uow.write("Confirming the wave of shipments", () -> inOneUnit(user, wave));
        } catch (NotAuthorizedException | NotSignedInException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("The wave of {} shipments was rolled back ({}); confirming each on its own", wave.size(), e.getMessage());
            return oneByOne(user, wave);
        }
    }

    private ShipWaveOutcome inOneUnit(SignedInUser user, List<ShipConfirmation> wave) {
        Map<Long, ShipOutcome> confirmed = new LinkedHashMap<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (int from = 0; from < wave.size(); from += CHUNK) {
            List<ShipConfirmation> chunk = wave.subList(from, Math.min(wave.size(), from + CHUNK));
            Map<Long, Shipment> loaded = repository.shipmentsById(chunk.stream().map(ShipConfirmation::shipmentId).toList());
            for (ShipConfirmation c : chunk) {
                Shipment sh = loaded.get(c.shipmentId());
                String problem = sh == null ? "No shipment with id " + c.shipmentId() + "." : ShippingUseCases.problem(sh, c);
                if (problem != null || confirmed.containsKey(c.shipmentId())) {
                    refused.put(c.shipmentId(), problem != null ? problem : sh.number() + " is twice in the wave.");
                    continue;
                }
                confirmed.put(c.shipmentId(), confirmOne.apply(c, user));
            }
            repository.flushAndClear();
        }
        return new ShipWaveOutcome(confirmed, refused);
    }

    private ShipWaveOutcome oneByOne(SignedInUser user, List<ShipConfirmation> wave) {
        Map<Long, ShipOutcome> confirmed = new LinkedHashMap<>();
        Map<Long, String> refused = new LinkedHashMap<>();
        for (ShipConfirmation c : wave) {
            try {
                confirmed.put(c.shipmentId(), uow.write("Confirming the shipment", () -> confirmOne.apply(c, user)));
            } catch (NotAuthorizedException | NotSignedInException e) {
                throw e;
            } catch (StoreException | IllegalArgumentException e) {
                refused.put(c.shipmentId(), e.getMessage());
            } catch (RuntimeException e) {
                refused.put(c.shipmentId(), "Confirming the shipment failed: " + e.getMessage());
            }
        }
        return new ShipWaveOutcome(confirmed, refused);
    }
}
