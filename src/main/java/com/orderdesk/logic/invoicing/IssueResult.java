package com.orderdesk.logic.invoicing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an issuing run did: invoice numbers issued, per shipment number why it was not invoiced, and
 * whether the run was stopped (Cancel) before the last shipment asked; the shipments it did not
 * reach are still waiting for their invoice.
 */
public record IssueResult(List<String> issued, Map<String, String> failures, boolean stopped) {
    public IssueResult {
        issued = List.copyOf(issued);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }

    /** A run that went through every shipment asked. */
    public IssueResult(List<String> issued, Map<String, String> failures) {
        this(issued, failures, false);
    }
}
