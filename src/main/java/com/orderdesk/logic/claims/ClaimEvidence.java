package com.orderdesk.logic.claims;

import com.orderdesk.model.claims.ClaimKind;
import com.orderdesk.model.claims.ClaimOrigin;
import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ClaimStatus;
import com.orderdesk.model.claims.SettlementKind;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything beside the selected case at once: the case, what was ordered, shipped (with short
 * picks), invoiced, the contract price valid on the order date (in the lines), the payment it came
 * from, the customer's earlier cases, its history and settlement documents, and the book's proposal.
 */
public record ClaimEvidence(Case claim, Invoice invoice, Order order, List<EvidenceLine> lines, List<Shipment> shipments,
                            Payment payment, List<Earlier> earlier, List<Note> history, List<Settlement> settlements,
                            Proposal proposal) {
    public ClaimEvidence {
        lines = List.copyOf(lines);
        shipments = List.copyOf(shipments);
        earlier = List.copyOf(earlier);
        history = List.copyOf(history);
        settlements = List.copyOf(settlements);
    }

    public record Case(long id, String number, ClaimKind kind, ClaimOrigin origin, ClaimStatus status, ClaimReason reason,
                       Money amount, Money parked, Money valid, String owner, LocalDate openedOn, LocalDate dueOn,
                       String openedBy, String remittanceNote, String customerNumber, String customerName, long version) {
    }

    public record Invoice(String number, LocalDate issueDate, LocalDate dueDate, Money total, Money open, Money credited,
                          Money tax, String terms) {
    }

    /** Null fields when the invoice has no order behind it. */
    public record Order(String number, LocalDate orderDate, String customerPo, String channel, String shipTo) {
    }

    public record Shipment(String number, String nodeCode, String nodeName, String status, String carrier, String tracking,
                           LocalDate shipDate, boolean billedHere, List<ShippedLine> lines) {
        public Shipment {
            lines = List.copyOf(lines);
        }
    }

    /** A shipment line: planned and confirmed units (a short pick when confirmed is below planned). */
    public record ShippedLine(String sku, int planned, Integer shipped) {
        public boolean shortPick() {
            return shipped != null && shipped < planned;
        }
    }

    public record Payment(String number, LocalDate received, Money amount, String payer, String reference,
                          Money deduction, String reasonCode) {
    }

    public record Earlier(String number, ClaimReason reason, Money amount, ClaimStatus status, LocalDate openedOn,
                         String invoiceNumber, Money valid) {
    }

    public record Note(Instant at, String user, String kind, String text) {
    }

    public record Settlement(String documentNumber, SettlementKind kind, Money amount, LocalDate issuedOn, String issuedBy,
                             String note, String reverses, boolean reversed) {
    }
}
