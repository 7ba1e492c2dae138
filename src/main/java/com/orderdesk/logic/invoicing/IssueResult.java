package com.orderdesk.logic.invoicing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an issuing run did: invoice numbers issued, and per shipment number why it was not invoiced. */
public record IssueResult(List<String> issued, Map<String, String> failures) {
    public IssueResult {
        issued = List.copyOf(issued);
        failures = Collections.unmodifiableMap(new LinkedHashMap<>(failures));
    }
}
