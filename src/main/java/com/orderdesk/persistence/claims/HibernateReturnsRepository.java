package com.orderdesk.persistence.claims;

import com.orderdesk.application.claims.ClaimActions;
import com.orderdesk.application.claims.ReturnsRepository;
import com.orderdesk.logic.claims.NodeOption;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.store.DamagedRowException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.claims.ReturnAuthorization;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnReceipt;
import com.orderdesk.model.claims.ReturnStatus;
import com.orderdesk.model.common.GeoPoint;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import com.orderdesk.model.fulfillment.NodeType;
import com.orderdesk.model.order.SalesOrderLine;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@link ReturnsRepository} on return_authorization, return_receipt and what they are checked against. */
public final class HibernateReturnsRepository extends ClaimsDocumentsAdapter implements ReturnsRepository {
    private static final String LIST = "SELECT r.id, r.rma_no, cu.customer_no, cu.name, i.invoice_no, r.sku, r.description,"
            + " r.qty_authorized, r.qty_to_stock + r.qty_scrapped, r.qty_cancelled, r.reason, r.fee_pct, r.fee_waived, n.code,"
            + " r.status, r.authorized_on, r.expires_on, r.version FROM return_authorization r"
            + " LEFT JOIN customer cu ON cu.id = r.customer_id LEFT JOIN invoice i ON i.id = r.invoice_id"
            + " LEFT JOIN fulfillment_node n ON n.id = r.node_id ORDER BY r.id DESC";
    private static final String[] COLUMNS = {"id", "rma_no", "customer_no", "customer name", "invoice_no", "sku", "description",
            "qty_authorized", "received", "qty_cancelled", "reason", "fee_pct", "fee_waived", "node", "status", "authorized_on",
            "expires_on", "version"};

    @Override
    public Optional<String> cancelReason(String rmaNumber) {
        return s().createNativeQuery("SELECT reason FROM audit_entry WHERE action = :a AND doc_type = :t AND doc_id = :n"
                        + " ORDER BY seq DESC", String.class).setParameter("a", ClaimActions.RETURN_CANCEL)
                .setParameter("t", ClaimActions.RMA).setParameter("n", rmaNumber)
                .setMaxResults(1).getResultStream().filter(java.util.Objects::nonNull).findFirst();
    }

    @Override
    public Optional<Product> product(long productId) {
        return Optional.ofNullable(s().find(Product.class, productId));
    }

    @Override
    public Optional<Product> productOfLine(Long orderLineId, String sku) {
        if (orderLineId != null) {
            SalesOrderLine line = s().find(SalesOrderLine.class, orderLineId);
            if (line != null) {
                return Optional.of(line.product());
            }
        }
        return Optional.ofNullable(s().createSelectionQuery("from Product p where p.sku = :s", Product.class)
                .setParameter("s", sku).getSingleResultOrNull());
    }

    @Override
    public List<NodeOption> nodeOptions(long productId) {
        Set<Long> stocking = new HashSet<>(s().createSelectionQuery(
                "select i.node.id from InventoryItem i where i.product.id = :p", Long.class).setParameter("p", productId).getResultList());
        List<NodeOption> out = new ArrayList<>();
        for (FulfillmentNode n : s().createSelectionQuery("from FulfillmentNode n order by n.code", FulfillmentNode.class).getResultList()) {
            GeoPoint point = n.address() == null ? null : n.address().point();
            out.add(new NodeOption(n.id(), n.code(), n.name(), n.type() == null ? NodeType.DC : n.type(), point, n.active(),
                    stocking.contains(n.id())));
        }
        return out;
    }

    @Override
    public Optional<FulfillmentNode> node(long nodeId) {
        return Optional.ofNullable(s().find(FulfillmentNode.class, nodeId));
    }

    @Override
    public int alreadyAuthorized(long invoiceId, int lineNo) {
        Long n = s().createSelectionQuery("select coalesce(sum(r.quantityAuthorized - r.quantityCancelled), 0)"
                        + " from ReturnAuthorization r where r.invoice.id = :i and r.invoiceLineNo = :l", Long.class)
                .setParameter("i", invoiceId).setParameter("l", lineNo).getSingleResult();
        return n == null ? 0 : n.intValue();
    }

    @Override
    public Map<ReturnReason, BigDecimal> feePolicy() {
        Map<ReturnReason, BigDecimal> out = new EnumMap<>(ReturnReason.class);
        for (Object[] r : s().createNativeQuery("SELECT reason, fee_pct FROM return_fee_policy", Object[].class).getResultList()) {
            try {
                out.put(ReturnReason.valueOf((String) r[0]), new BigDecimal(((String) r[1]).strip()));
            } catch (IllegalArgumentException unknownOrUnreadable) {
                // a reason this version does not know, or a fee that is no number, charges nothing rather than failing
            }
        }
        return out;
    }

    @Override
    public void add(ReturnAuthorization rma) {
        s().persist(rma);
    }

    @Override
    public void add(ReturnReceipt receipt) {
        s().persist(receipt);
    }

    @Override
    public Optional<ReturnAuthorization> rma(long id) {
        return Optional.ofNullable(s().find(ReturnAuthorization.class, id));
    }

    @Override
    public Optional<ReturnAuthorization> rmaByNumber(String number) {
        return Optional.ofNullable(s().createSelectionQuery("from ReturnAuthorization r join fetch r.invoice join fetch r.node"
                + " where r.number = :n", ReturnAuthorization.class).setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public List<ReturnReceipt> receipts(long rmaId) {
        return s().createSelectionQuery("from ReturnReceipt r where r.rma.id = :r order by r.id", ReturnReceipt.class)
                .setParameter("r", rmaId).getResultList();
    }

    @Override
    public Optional<Money> creditMemoTotal(String number) {
        return Optional.ofNullable(s().createSelectionQuery("select m.total from CreditMemo m where m.number = :n", Money.class)
                .setParameter("n", number).getSingleResultOrNull());
    }

    @Override
    public Listing<ReturnRow> returns() {
        return DamagedRows.read(s().createNativeQuery(LIST, Object[].class).getResultList(), r -> {
            StoredValues row = new StoredValues("return", r[1] == null ? r[0] : r[1], r, COLUMNS);
            if (r[2] == null || r[4] == null) {
                throw new DamagedRowException(row.rowName(), "its customer or invoice is no longer in the book");
            }
            BigDecimal fee;
            try {
                fee = new BigDecimal(row.text(11));
            } catch (NumberFormatException e) {
                throw new DamagedRowException(row.rowName(), "its restocking fee is not a number");
            }
            return new ReturnRow(row.longValue(0), row.text(1), row.text(2), row.text(3), row.text(4), row.text(5), row.text(6),
                    row.integer(7), row.integer(8), row.integer(9), row.enumOf(10, ReturnReason.class), fee,
                    bool(r[12]), row.textOr(13, "?"), row.enumOf(14, ReturnStatus.class), row.date(15), row.date(16),
                    row.longValue(17));
        });
    }

    private static boolean bool(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    @Override
    public void flush() {
        s().flush();
    }
}
