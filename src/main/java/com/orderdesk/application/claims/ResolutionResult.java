package com.orderdesk.application.claims;

import com.orderdesk.model.claims.ClaimStatus;
import java.util.List;

/** The case's status after a resolution or its reversal, and the documents that made it. */
public record ResolutionResult(String caseNumber, ClaimStatus status, List<String> documents) {
    public ResolutionResult {
        documents = List.copyOf(documents);
    }
}
