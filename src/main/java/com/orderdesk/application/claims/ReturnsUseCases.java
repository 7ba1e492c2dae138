package com.orderdesk.application.claims;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.invoicing.InvoiceCorrections;
import com.orderdesk.application.invoicing.StoredDocuments;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.claims.ClaimSettings;
import com.orderdesk.logic.claims.RestockingFee;
import com.orderdesk.logic.claims.ReturnNodes;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.logic.claims.RmaDocument;
import com.orderdesk.logic.invoicing.CreditRefusedException;
import com.orderdesk.logic.invoicing.CreditRequest;
import com.orderdesk.logic.invoicing.print.AddressBlock;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.common.PaperMoney;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.claims.ReturnAuthorization;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnReceipt;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.invoicing.Invoice;
import com.orderdesk.model.invoicing.InvoiceLine;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Returns (RMAs): a clerk authorizes units of an invoiced line (never more than billed less already
 * returned), with the fee of its reason and the nearest node that takes it back; receipt at the node
 * puts good units back in stock (the router sees them in the same transaction), scraps the rest, and
 * credits what was received less the fee through the invoicing desk's credit memo rules.
 */
public final class ReturnsUseCases {
    static final String SERIES = "RMA";

    private final UnitOfWork uow;
    private final AccessControl access;
    private final ReturnsRepository returns;
    private final ReturnedStock stock;
    private final InvoiceCorrections corrections;
    private final AuditRecorder audit;
    private final Clock clock;

    public ReturnsUseCases(UnitOfWork uow, AccessControl access, ReturnsRepository returns, ReturnedStock stock,
                           InvoiceCorrections corrections, AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.returns = returns;
        this.stock = stock;
        this.corrections = corrections;
        this.audit = audit;
        this.clock = clock;
    }

    /** The invoice's lines with what may still come back and the nodes that could take it (proposal first). */
    public List<ReturnableLine> returnable(SignedInUser user, String invoiceNumber) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> {
            Invoice inv = invoice(invoiceNumber);
            GeoPoint from = shipFrom(inv);
            List<ReturnableLine> lines = new ArrayList<>();
            for (InvoiceLine l : inv.lines()) {
                Product p = returns.productOfLine(l.orderLineId(), l.sku()).orElse(null);
                if (p == null || l.quantity() <= 0) {
                    continue; // a line without a product (freight, a charge) cannot come back
                }
                lines.add(new ReturnableLine(inv.number(), inv.customer().number(), inv.customer().name(), l.lineNo(), p.id(),
                        l.sku(), l.description(), l.unit(), l.quantity(), returns.alreadyAuthorized(inv.id(), l.lineNo()),
                        l.net(), ReturnNodes.choices(from, returns.nodeOptions(p.id()))));
            }
            return lines;
        });
    }

    public Map<ReturnReason, BigDecimal> feePolicy(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(returns::feePolicy);
    }

    /** Authorizes the return and gives it the next RMA number; returns the number. */
    public String authorize(SignedInUser user, ReturnRequest r) {
        access.require(user, Permission.AUTHORIZE_RETURN);
        if (r.reason() == null) {
            throw new IllegalArgumentException("Choose why the goods come back.");
        }
        if (r.quantity() <= 0) {
            throw new IllegalArgumentException("The quantity to return must be at least 1.");
        }
        String waive = r.waiveReason() == null || r.waiveReason().isBlank() ? null : r.waiveReason().strip();
        return uow.write("Authorizing the return", () -> {
            Invoice inv = invoice(r.invoiceNumber());
            InvoiceLine line = inv.lines().stream().filter(l -> l.lineNo() == r.lineNo()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Invoice " + inv.number() + " has no line " + r.lineNo() + "."));
            Product product = returns.productOfLine(line.orderLineId(), line.sku()).orElseThrow(() ->
                    new IllegalArgumentException("Line " + r.lineNo() + " of " + inv.number() + " bills no product; nothing can come back."));
            int already = returns.alreadyAuthorized(inv.id(), line.lineNo());
            int left = line.quantity() - already;
            if (r.quantity() > left) {
                throw new IllegalArgumentException("Cannot authorize " + r.quantity() + " " + line.unit() + " of " + line.sku()
                        + ": " + line.quantity() + " shipped and invoiced on " + inv.number() + ", " + already
                        + " already returned or authorized, " + Math.max(0, left) + " left.");
            }
            List<ReturnNodes.Choice> choices = ReturnNodes.choices(shipFrom(inv), returns.nodeOptions(product.id()));
            ReturnNodes.Choice proposed = ReturnNodes.proposal(shipFrom(inv), returns.nodeOptions(product.id()))
                    .orElseThrow(() -> new IllegalArgumentException("No active warehouse or store can take returns."));
            ReturnNodes.Choice chosen = r.nodeId() == null ? proposed : choices.stream()
                    .filter(c -> c.node().nodeId() == r.nodeId()).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("That node does not take returns (inactive, or a drop-ship supplier)."));
            FulfillmentNode node = returns.node(chosen.node().nodeId()).orElseThrow();
            FulfillmentNode proposedNode = returns.node(proposed.node().nodeId()).orElseThrow();
            BigDecimal pct = returns.feePolicy().getOrDefault(r.reason(), BigDecimal.ZERO);
            ClaimSettings settings = returns.settings();
            LocalDate today = LocalDate.now(clock);
            String number = returns.nextNumber(SERIES);
            ReturnAuthorization rma = new ReturnAuthorization(number, inv, line.lineNo(), product, line.sku(),
                    line.description(), r.quantity(), r.reason(), pct, pct.signum() == 0 ? null : waive, node, proposedNode,
                    chosen.distanceKm(), blankToNull(r.note()), today, today.plusDays(settings.rmaValidDays()),
                    user.userName(), clock.instant());
            returns.add(rma);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("invoice", inv.number());
            after.put("line", line.lineNo());
            after.put("sku", line.sku());
            after.put("quantity", r.quantity());
            after.put("reason", r.reason().name());
            after.put("feePercent", pct.toPlainString());
            after.put("node", node.code());
            if (node.id().longValue() != proposedNode.id().longValue()) {
                after.put("proposedNode", proposedNode.code());
            }
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.RETURN_AUTHORIZE, ClaimActions.RMA, number)
                    .withChange(null, AuditValues.json(after)).withReason(rma.waiveReason() == null ? null
                            : "fee waived: " + rma.waiveReason()));
            return number;
        });
    }

    /**
     * Units arrived at the node and inspected: good ones back to stock, the rest scrapped; a credit
     * memo for all of them less the restocking fee, in the same transaction.
     */
    public ReceiptResult receive(SignedInUser user, long rmaId, long expectedVersion, int toStock, int scrapped, String note) {
        access.require(user, Permission.RECEIVE_RETURN);
        return uow.write("Receiving the return", () -> {
            ReturnAuthorization rma = rma(rmaId, expectedVersion);
            rma.receive(toStock, scrapped);
            int units = toStock + scrapped;
            Invoice inv = rma.invoice();
            InvoiceLine line = inv.lines().stream().filter(l -> l.lineNo() == rma.invoiceLineNo()).findFirst().orElseThrow();
            if (toStock > 0) {
                stock.putBack(rma.node().id(), rma.product().id(), toStock, rma.number());
            }
            Money value = RestockingFee.valueOf(line.net(), line.quantity(), units);
            Money fee = RestockingFee.fee(value, rma.feePercent(), rma.feeWaived());
            String reason = "Return " + rma.number() + ": " + units + " " + line.unit() + " of " + rma.sku() + " received ("
                    + toStock + " to stock, " + scrapped + " scrapped)" + (fee.isPositive() ? "; restocking fee "
                    + rma.feePercent().stripTrailingZeros().toPlainString() + "% = " + PaperMoney.withCode(fee) + " kept" : "") + ".";
            CreditRequest.LineCredit credit = fee.isPositive()
                    ? CreditRequest.LineCredit.ofQuantityLess(line.lineNo(), BigDecimal.valueOf(units), fee)
                    : CreditRequest.LineCredit.ofQuantity(line.lineNo(), BigDecimal.valueOf(units));
            String memo;
            try {
                memo = corrections.creditAsStep(user, inv.number(), new CreditRequest.ByLines(List.of(credit), reason));
            } catch (CreditRefusedException e) {
                throw new IllegalArgumentException("The receipt was not recorded: the credit memo was refused. "
                        + String.join(" ", e.problems()));
            }
            returns.flush();
            Money total = returns.creditMemoTotal(memo).orElseThrow();
            returns.add(new ReturnReceipt(rma, LocalDate.now(clock), toStock, scrapped, fee, total, memo, blankToNull(note),
                    user.userName(), clock.instant()));
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("toStock", toStock);
            after.put("scrapped", scrapped);
            after.put("node", rma.node().code());
            after.put("creditMemo", memo);
            after.put("credit", total.toString());
            after.put("fee", fee.toString());
            after.put("status", rma.status().name());
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.RETURN_RECEIVE, ClaimActions.RMA, rma.number())
                    .withChange(null, AuditValues.json(after)).withReason(blankToNull(note)));
            return new ReceiptResult(rma.number(), memo, total, fee, rma.status());
        });
    }

    /** The units not yet received will not come (the customer kept them); refused once all arrived. */
    public void cancelRest(SignedInUser user, long rmaId, long expectedVersion, String reason) {
        access.require(user, Permission.AUTHORIZE_RETURN);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Say why the rest of the return will not come.");
        }
        uow.run("Cancelling the return", () -> {
            ReturnAuthorization rma = rma(rmaId, expectedVersion);
            int rest = rma.quantityOutstanding();
            rma.cancelRest();
            audit.record(user, AuditEvent.of(user.userName(), ClaimActions.RETURN_CANCEL, ClaimActions.RMA, rma.number())
                    .withChange(null, AuditValues.json(Map.of("cancelled", rest, "status", rma.status().name())))
                    .withReason(reason.strip()));
        });
    }

    public Listing<ReturnRow> list(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(returns::returns);
    }

    /**
     * Records that {@code user} printed RMA {@code number} to {@code file}: audited (who, when, which
     * RMA, where, whether a copy) and kept as an invoice's print is, since the paper goes to the
     * customer; a second print is a copy.
     */
    public void recordPrint(SignedInUser user, String number, java.nio.file.Path file) {
        access.require(user, Permission.VIEW_ORDERS);
        uow.run("Recording the print of " + number, () -> {
            ReturnAuthorization rma = returns.rmaByNumber(number.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("There is no return " + number + "."));
            ClaimPrints.record(returns, audit, clock, user, ClaimActions.RMA, rma.number(), file);
        });
    }

    /** The printable RMA for the customer, with the receipts so far; marked as a copy once printed before. */
    public RmaDocument document(SignedInUser user, String number) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> {
            ReturnAuthorization rma = returns.rmaByNumber(number.strip().toUpperCase(Locale.ROOT))
                    .orElseThrow(() -> new IllegalArgumentException("There is no return " + number + "."));
            Invoice inv = rma.invoice();
            InvoiceLine line = inv.lines().stream().filter(l -> l.lineNo() == rma.invoiceLineNo()).findFirst().orElseThrow();
            List<RmaDocument.Receipt> receipts = returns.receipts(rma.id()).stream()
                    .map(r -> new RmaDocument.Receipt(r.receivedOn(), r.quantityToStock(), r.quantityScrapped(), r.fee(),
                            r.credit(), r.creditMemoNumber())).toList();
            FulfillmentNode n = rma.node();
            AddressBlock returnTo = new AddressBlock(n.name() + " (" + n.code() + ") - Returns",
                    StoredDocuments.addressLines(n.address()));
            AddressBlock from = inv.order() == null ? StoredDocuments.billTo(inv.customer()) : StoredDocuments.shipTo(inv.order());
            return new RmaDocument(rma.number(), rma.authorizedOn(), rma.expiresOn(), inv.customer().number(),
                    StoredDocuments.billTo(inv.customer()), from, returnTo, inv.number(),
                    inv.order() == null ? null : inv.order().number(), inv.order() == null ? null : inv.order().customerPo(),
                    rma.sku(), rma.description(), line.unit(), rma.quantityAuthorized(), rma.reason().label(), rma.feePercent(),
                    rma.feeWaived(), rma.waiveReason(), RestockingFee.valueOf(line.net(), line.quantity(), 1), rma.note(),
                    rma.authorizedBy(), rma.status().label(),
                    rma.status() == com.orderdesk.model.claims.ReturnStatus.CANCELLED ? returns.cancelReason(rma.number()).orElse(null) : null,
                    receipts, LocalDate.now(clock), returns.printedBefore(rma.number()));
        });
    }

    private Invoice invoice(String number) {
        String n = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        return returns.invoice(n).orElseThrow(() -> new IllegalArgumentException("There is no invoice " + number + "."));
    }

    private ReturnAuthorization rma(long id, long expectedVersion) {
        ReturnAuthorization rma = returns.rma(id).orElseThrow(() -> new IllegalArgumentException("There is no such return."));
        if (rma.version() != expectedVersion) {
            throw new ConcurrentEditException("Return " + rma.number() + " was changed at another desk since it was shown;"
                    + " reload it and look again.");
        }
        return rma;
    }

    private static GeoPoint shipFrom(Invoice inv) {
        if (inv.order() != null && inv.order().shipToAddress() != null && inv.order().shipToAddress().point() != null) {
            return inv.order().shipToAddress().point();
        }
        return inv.customer().billTo() == null ? null : inv.customer().billTo().point();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
