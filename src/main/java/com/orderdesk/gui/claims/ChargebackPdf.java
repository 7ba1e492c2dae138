package com.orderdesk.gui.claims;

import java.nio.file.Path;

/**
 * Writes a chargeback (or its cancellation) as the customer's PDF at {@code target} and returns
 * where; called off the FX thread. The application wires it to the claims use case and the report
 * renderer, so the desk's widgets know neither.
 */
@FunctionalInterface
public interface ChargebackPdf {
    Path write(String documentNumber, Path target);
}
