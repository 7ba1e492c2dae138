package com.orderdesk.logic.kpi;

/** What reduced an invoice's open amount (specs/kpis.md, settlements.csv). */
public enum SettlementKind {
    CASH, DISCOUNT, DEDUCTION, CREDIT_MEMO, WRITE_OFF
}
