package com.orderdesk.application.simulation;

/** What happened in a run beyond the ledgers: for the report and the consistency checks. */
public final class SimulationCounts {
    int ordersEntered;
    int capturedTouchless;
    int capturedWrong;
    int capturedForReview;
    int creditHolds;
    int released;
    int rejected;
    int shipmentsLeft;
    int shortPicks;
    int invoicesIssued;
    int bankFiles;
    int paymentsReceived;
    int paymentsAuto;
    int paymentsByClerk;
    int stockReceipts;
    int letters;
    int calls;
    int promises;
    int promisesKept;
    int invoicesBroughtForward;
    /** Documents a batch use case refused (listed, left as they were; tried again the next day). */
    int refusedInBatches;

    public int ordersEntered() { return ordersEntered; }
    public int capturedTouchless() { return capturedTouchless; }
    public int capturedWrong() { return capturedWrong; }
    public int capturedForReview() { return capturedForReview; }
    public int creditHolds() { return creditHolds; }
    public int released() { return released; }
    public int rejected() { return rejected; }
    public int shipmentsLeft() { return shipmentsLeft; }
    public int shortPicks() { return shortPicks; }
    public int invoicesIssued() { return invoicesIssued; }
    public int bankFiles() { return bankFiles; }
    public int paymentsReceived() { return paymentsReceived; }
    public int paymentsAuto() { return paymentsAuto; }
    public int paymentsByClerk() { return paymentsByClerk; }
    public int stockReceipts() { return stockReceipts; }
    public int letters() { return letters; }
    public int calls() { return calls; }
    public int promises() { return promises; }
    public int promisesKept() { return promisesKept; }
    public int invoicesBroughtForward() { return invoicesBroughtForward; }
    public int refusedInBatches() { return refusedInBatches; }
}
