package com.orderdesk.bench.prediction;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One invoice of a simulated customer with the day it was (or will be) paid; {@code paid} null: never. */
record SimulatedInvoice(String customerNo, LocalDate invoiceDate, LocalDate dueDate, BigDecimal amount, String terms,
                        LocalDate paid) {
}
