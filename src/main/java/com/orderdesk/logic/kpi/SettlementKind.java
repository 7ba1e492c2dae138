package com.orderdesk.logic.kpi;

/** What reduced an invoice's open amount (contracts/kpi.md, settlements.csv). */
public enum SettlementKind {
    CASH, DISCOUNT, DEDUCTION, CREDIT_MEMO, WRITE_OFF
}
