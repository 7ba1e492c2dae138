package com.orderdesk.application.claims;

import com.orderdesk.logic.claims.NodeOption;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.claims.ReturnAuthorization;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.claims.ReturnReceipt;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Return authorizations, their receipts and what they are checked against, in the open unit of work (a port). */
public interface ReturnsRepository extends ClaimsDocuments {
    Optional<Product> product(long productId);

    /** The product an invoice line bills: its order line's product, else the product with its SKU. */
    Optional<Product> productOfLine(Long orderLineId, String sku);

    /** Every node as a return destination for the product (active or not; whether it stocks the product). */
    List<NodeOption> nodeOptions(long productId);

    Optional<FulfillmentNode> node(long nodeId);

    /** Units already authorized on the invoice line by returns not cancelled (received or on their way). */
    int alreadyAuthorized(long invoiceId, int lineNo);

    /** The restocking fee per reason, in percent (a reason missing from the policy has none). */
    Map<ReturnReason, BigDecimal> feePolicy();

    void add(ReturnAuthorization rma);

    void add(ReturnReceipt receipt);

    Optional<ReturnAuthorization> rma(long id);

    Optional<ReturnAuthorization> rmaByNumber(String number);

    List<ReturnReceipt> receipts(long rmaId);

    /** The total of a credit memo just issued (tax included). */
    Optional<com.orderdesk.model.common.Money> creditMemoTotal(String number);

    /** Every return, newest first. */
    Listing<ReturnRow> returns();

    /** The reason given when the rest of {@code rmaNumber} was last cancelled (kept with its audit entry), if it was. */
    Optional<String> cancelReason(String rmaNumber);

    void flush();
}
