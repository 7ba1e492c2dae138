package com.orderdesk.logic.kpi;

/** How an order reached the desk (contracts/kpi.md, orders.csv). */
public enum OrderChannel {
    PHONE, EMAIL, EDI, FILE
}
