package com.orderdesk.application.claims;

import com.orderdesk.application.AuditRecorder;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.invoicing.DocumentPrint;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A print of an RMA or a chargeback, kept and audited the way an invoice's is (InvoicingUseCases):
 * a print row says which prints were copies, and the audit entry says {@code copy: yes} for a
 * reprint, so a customer holding two papers of one document can be told which was the original.
 * Runs inside the caller's unit of work.
 */
final class ClaimPrints {
    private ClaimPrints() {
    }

    static void record(ClaimsDocuments documents, AuditRecorder audit, Clock clock, SignedInUser user, String documentType,
                       String number, Path file) {
        boolean copy = documents.printedBefore(number);
        documents.add(new DocumentPrint(number, copy, file.toString(), user.userName(), clock.instant()));
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("copy", copy);
        after.put("file", file.toString());
        audit.record(user, AuditEvent.of(user.userName(), ClaimActions.DOCUMENT_PRINT, documentType, number)
                .withChange(null, AuditValues.json(after)));
    }
}
