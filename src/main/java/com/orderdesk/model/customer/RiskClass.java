package com.orderdesk.model.customer;

/** The customer's credit risk class; the credit policy's thresholds are set per class. */
public enum RiskClass {
    LOW, MEDIUM, HIGH
}
