package com.orderdesk.application.stock;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.stock.MovementOutcome;
import com.orderdesk.logic.stock.MovementRow;
import com.orderdesk.logic.stock.NodeStockLine;
import com.orderdesk.logic.stock.StockLedger;
import com.orderdesk.logic.stock.StockRules;
import com.orderdesk.logic.stock.StockView;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.stock.AdjustmentReason;
import com.orderdesk.model.stock.MovementKind;
import com.orderdesk.model.stock.StockMovement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Receiving, adjusting and transferring stock (MOVE_STOCK: order clerks and administrators), and
 * the stock view and history everyone who sees orders may read. Each movement is one unit of work
 * with its ledger row and its audit entry; it joins a write already open on the thread, so a
 * receipt and the routing that uses it can be one transaction (and the router sees the receipt).
 * Transfers are immediate: no goods in transit are tracked.
 */
public final class StockUseCases {
    /** Receipts per chunk of a delivery, after which the session is flushed and cleared (as the other batches do). */
    static final int CHUNK = 5;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StockUseCases.class);
    public static final int HISTORY_LIMIT = 500;

    /** A node to choose in a form: id, code and name. */
    public record NodeChoice(long id, String code, String name, boolean active) {
        @Override
        public String toString() {
            return code + "  " + name;
        }
    }

    private final UnitOfWork uow;
    private final AccessControl access;
    private final StockRepository stock;
    private final AuditRecorder audit;
    private final Clock clock;

    public StockUseCases(UnitOfWork uow, AccessControl access, StockRepository stock, AuditRecorder audit, Clock clock) {
        this.uow = uow;
        this.access = access;
        this.stock = stock;
        this.audit = audit;
        this.clock = clock;
    }

    public StockView view(SignedInUser user, long productId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> stock.view(productId));
    }

    /** The stock views of several products, read in one unit of work (the buyer's weekly look), by product id. */
    public Map<Long, StockView> views(SignedInUser user, java.util.Collection<Long> productIds) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> {
            Map<Long, StockView> views = new LinkedHashMap<>();
            productIds.forEach(id -> views.put(id, stock.view(id)));
            return views;
        });
    }

    public List<MovementRow> history(SignedInUser user, long productId, Long nodeId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> {
            Map<String, Integer> onHandNow = new LinkedHashMap<>();
            stock.view(productId).nodes().forEach(n -> onHandNow.put(n.nodeCode(), n.onHand()));
            return StockLedger.withCountsAfter(stock.history(productId, nodeId, HISTORY_LIMIT), onHandNow);
        });
    }

    public List<NodeChoice> nodes(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> stock.nodes().stream().map(n -> new NodeChoice(n.id(), n.code(), n.name(), n.active())).toList());
    }

    /** Goods arrived at a node (a supplier's delivery, a return to stock): on hand rises by {@code qty}. */
    public MovementOutcome receive(SignedInUser user, long productId, long nodeId, int qty, String reference, String note) {
        access.require(user, Permission.MOVE_STOCK);
        requireQuantity(qty);
        return uow.write("Receiving the stock", () -> receiveIn(user, productId, nodeId, qty, reference, note));
    }

    /** One line of a delivery: {@code qty} of a product arrived at a node. */
    public record Receipt(long productId, long nodeId, int qty, String reference, String note) {
    }

    /**
     * A delivery of many lines (the buyer's weekly receipts) with one access check and in one unit of
     * work, each receipt audited as on its own. Each is checked before it is written (quantity,
     * product, active node): a refused one is returned (its index in {@code receipts} to why) and
     * the others are received. A failure the checks did not foresee rolls the delivery back and
     * receives each line in its own unit.
     */
    public Map<Integer, String> receiveAll(SignedInUser user, List<Receipt> receipts) {
        access.require(user, Permission.MOVE_STOCK);
        if (receipts.isEmpty()) {
            return Map.of();
        }
        try {
            return uow.write("Receiving the deliveries", () -> {
                Map<Integer, String> refused = new LinkedHashMap<>();
                for (int i = 0; i < receipts.size(); i++) {
                    Receipt r = receipts.get(i);
                    String why = receiptProblem(r);
                    if (why != null) {
                        refused.put(i, why);
                        continue;
                    }
                    receiveIn(user, r.productId(), r.nodeId(), r.qty(), r.reference(), r.note());
                    if ((i + 1) % CHUNK == 0) {
                        stock.flushAndClear(); // the session stays small however long the delivery
                    }
                }
                return refused;
            });
        } catch (com.orderdesk.logic.security.NotSignedInException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("Receiving a delivery of {} lines in one unit was rolled back ({}); receiving each on its own",
                    receipts.size(), e.getMessage());
            Map<Integer, String> refused = new LinkedHashMap<>();
            for (int i = 0; i < receipts.size(); i++) {
                Receipt r = receipts.get(i);
                try {
                    receive(user, r.productId(), r.nodeId(), r.qty(), r.reference(), r.note());
                } catch (StoreException | IllegalArgumentException each) {
                    refused.put(i, each.getMessage());
                }
            }
            return refused;
        }
    }

    private String receiptProblem(Receipt r) {
        String why = StockRules.quantityProblem(r.qty());
        if (why != null) {
            return why;
        }
        if (stock.product(r.productId()).isEmpty()) {
            return "The product no longer exists.";
        }
        FulfillmentNode n = stock.node(r.nodeId()).orElse(null);
        if (n == null) {
            return "The node no longer exists.";
        }
        return n.active() ? null : n.code() + " is switched off in the routing settings; it takes no stock.";
    }

    private MovementOutcome receiveIn(SignedInUser user, long productId, long nodeId, int qty, String reference, String note) {
        Product p = product(productId);
        FulfillmentNode n = activeNode(nodeId);
        int after = stock.changeOnHand(productId, nodeId, qty);
        stock.add(new StockMovement(p, n, MovementKind.RECEIPT, null, qty, after, clean(reference, 60), null,
                clean(note, 500), clock.instant(), user.userName()));
        stock.flush();
        audit.record(user, AuditEvent.of(user.userName(), AuditActions.STOCK_RECEIPT, AuditActions.STOCK, p.sku())
                .withChange(AuditValues.json(Map.of("onHand", after - qty)),
                        AuditValues.json(values("node", n.code(), "onHand", after, "received", qty, "reference",
                        clean(reference, 60))))
                .withReason(clean(note, 500)));
        return new MovementOutcome("Received " + qty + " " + p.unit() + " of " + p.sku() + " at " + n.code()
                + ": " + after + " on hand" + (reference == null || reference.isBlank() ? "" : " (" + reference.strip() + ")")
                + ".", null);
    }

    /**
     * A person's correction of the count: a stock count ({@code quantity} is the number counted),
     * damage ({@code quantity} units written off) or goods found ({@code quantity} units added).
     * The note (optional) says more, e.g. which count or what broke.
     */
    public MovementOutcome adjust(SignedInUser user, long productId, long nodeId, AdjustmentReason reason, int quantity,
                                  String note) {
        access.require(user, Permission.MOVE_STOCK);
        if (reason == null) {
            throw new IllegalArgumentException("Reason: count, damage or found.");
        }
        return uow.write("Adjusting the stock", () -> {
            Product p = product(productId);
            FulfillmentNode n = node(nodeId);
            NodeStockLine level = stock.level(productId, nodeId).orElse(null);
            int onHand = level == null ? 0 : level.onHand();
            int delta = StockRules.adjustmentDelta(reason, quantity, onHand, n.code());
            if (delta == 0) {
                throw new IllegalArgumentException("The count agrees with the book (" + onHand + " on hand at " + n.code()
                        + "): nothing to adjust.");
            }
            int after = stock.changeOnHand(productId, nodeId, delta);
            stock.add(new StockMovement(p, n, MovementKind.ADJUSTMENT, reason, delta, after, null, null, clean(note, 500),
                    clock.instant(), user.userName()));
            stock.flush();
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.STOCK_ADJUST, AuditActions.STOCK, p.sku())
                    .withChange(AuditValues.json(Map.of("onHand", onHand)),
                            AuditValues.json(values("node", n.code(), "onHand", after, "reason", reason.name())))
                    .withReason(clean(note, 500)));
            String warning = StockRules.shortfallWarning(after, level == null ? 0 : level.reserved(), p.sku(), n.code());
            return new MovementOutcome(reason.label() + " at " + n.code() + ": " + p.sku() + " "
                    + (delta > 0 ? "+" : "") + delta + ", " + after + " on hand.", warning);
        });
    }

    /** Moves {@code qty} units from one node to another at once (not more than is on hand and not reserved). */
    public MovementOutcome transfer(SignedInUser user, long productId, long fromNodeId, long toNodeId, int qty,
                                    String reference, String note) {
        access.require(user, Permission.MOVE_STOCK);
        requireQuantity(qty);
        if (fromNodeId == toNodeId) {
            throw new IllegalArgumentException("To: choose another node than the one the goods leave.");
        }
        return uow.write("Transferring the stock", () -> {
            Product p = product(productId);
            FulfillmentNode from = node(fromNodeId);
            FulfillmentNode to = activeNode(toNodeId);
            NodeStockLine level = stock.level(productId, fromNodeId).orElse(null);
            int free = level == null ? 0 : Math.max(0, level.onHand() - level.reserved());
            if (qty > free) {
                throw new IllegalArgumentException("Only " + free + " of " + p.sku() + " at " + from.code()
                        + " are on hand and not reserved for orders; " + qty + " cannot leave.");
            }
            String ref = clean(reference, 60);
            int fromAfter = stock.changeOnHand(productId, fromNodeId, -qty);
            int toAfter = stock.changeOnHand(productId, toNodeId, qty);
            var now = clock.instant();
            stock.add(new StockMovement(p, from, MovementKind.TRANSFER_OUT, null, -qty, fromAfter, ref, to, clean(note, 500),
                    now, user.userName()));
            stock.add(new StockMovement(p, to, MovementKind.TRANSFER_IN, null, qty, toAfter, ref, from, clean(note, 500),
                    now, user.userName()));
            stock.flush();
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.STOCK_TRANSFER, AuditActions.STOCK, p.sku())
                    .withChange(AuditValues.json(Map.of(from.code(), fromAfter + qty, to.code(), toAfter - qty)),
                            AuditValues.json(values(from.code(), fromAfter, to.code(), toAfter, "reference", ref)))
                    .withReason(clean(note, 500)));
            return new MovementOutcome("Moved " + qty + " " + p.unit() + " of " + p.sku() + " from " + from.code() + " ("
                    + fromAfter + " left) to " + to.code() + " (" + toAfter + " on hand).", null);
        });
    }

    private static void requireQuantity(int qty) {
        String why = StockRules.quantityProblem(qty);
        if (why != null) {
            throw new IllegalArgumentException(why);
        }
    }

    private Product product(long productId) {
        return stock.product(productId).orElseThrow(() -> new StoreException("The product no longer exists."));
    }

    private FulfillmentNode node(long nodeId) {
        return stock.node(nodeId).orElseThrow(() -> new StoreException("The node no longer exists."));
    }

    private FulfillmentNode activeNode(long nodeId) {
        FulfillmentNode n = node(nodeId);
        if (!n.active()) {
            throw new IllegalArgumentException(n.code() + " is switched off in the routing settings; it takes no stock.");
        }
        return n;
    }

    private static Map<String, Object> values(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            if (kv[i + 1] != null) {
                m.put((String) kv[i], kv[i + 1]);
            }
        }
        return m;
    }

    private static String clean(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        return t.length() > max ? t.substring(0, max) : t;
    }
}
