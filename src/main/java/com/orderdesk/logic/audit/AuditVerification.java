package com.orderdesk.logic.audit;

import java.util.List;
import java.util.Locale;

/** The verifier's report: how many entries were read and what is wrong, ordered by sequence. */
public record AuditVerification(long entriesChecked, List<AuditProblem> problems) {
    public AuditVerification {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }

    /** The problems to flag on one row of the viewer. */
    public List<AuditProblem> problemsFor(long sequence) {
        return problems.stream().filter(p -> p.sequence() == sequence).toList();
    }

    /** One line for the viewer's banner. */
    public String summary() {
        String checked = String.format(Locale.US, "%,d", entriesChecked) + (entriesChecked == 1 ? " entry" : " entries");
        if (intact()) {
            return "The audit trail is intact (" + checked + " checked).";
        }
        String first = problems.get(0).message();
        return problems.size() == 1
                ? "The audit trail was tampered with (" + checked + " checked): " + first
                : "The audit trail was tampered with: " + problems.size() + " problems in " + checked + "; the first: "
                        + first;
    }
}
