package com.orderdesk.logic.audit;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Reading the stored audit trail (implemented by the persistence layer). Read-only by design:
 * entries are only ever written by the services that act, inside their own transactions.
 */
public interface AuditTrail {
    /** Entries matching the query, newest first, at most {@link AuditQuery#limit()}. */
    List<AuditEntry> find(AuditQuery query);

    /**
     * Checks the whole stored chain in storage order against the head recorded outside the
     * table. Can take a while on a long trail: run it off the FX thread.
     *
     * @throws java.util.concurrent.CancellationException when {@code cancelled} turns true
     */
    AuditVerification verify(DoubleConsumer progress, BooleanSupplier cancelled);
}
