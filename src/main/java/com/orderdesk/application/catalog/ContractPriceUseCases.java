package com.orderdesk.application.catalog;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.catalog.ContractPrices;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.customer.Customer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Customers' contract prices with their validity (administrators: MAINTAIN_PRODUCTS). Order
 * entry prices a line with the contract valid on the order date ({@link ContractPrices}); a
 * contract's key is customer, product and valid-from, so a new price from a later day is a new
 * contract and the old one stays as history.
 */
public final class ContractPriceUseCases {
    private final UnitOfWork uow;
    private final AccessControl access;
    private final ContractPriceRepository prices;
    private final AuditRecorder audit;

    public ContractPriceUseCases(UnitOfWork uow, AccessControl access, ContractPriceRepository prices, AuditRecorder audit) {
        this.uow = uow;
        this.access = access;
        this.prices = prices;
        this.audit = audit;
    }

    /** Every customer's contracts for a product. */
    public Listing<ContractPriceRow> forProduct(SignedInUser user, long productId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> prices.list(productId, null));
    }

    /** Every contract of a customer. */
    public Listing<ContractPriceRow> forCustomer(SignedInUser user, long customerId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> prices.list(null, customerId));
    }

    /** Adds a contract (its key must be new) and returns it as listed. */
    public ContractPriceRow add(SignedInUser user, long productId, ContractPriceData data) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        refuseIfWrong(ContractPrices.check(data, 0));
        return uow.write("Adding the contract price", () -> {
            Customer customer = prices.customerByNumber(data.customerNumber()).orElseThrow(() -> new InputRefusedException(
                    List.of(new InputProblem(0, "customer_no", "there is no customer " + data.customerNumber()))));
            var product = prices.productReference(productId);
            if (prices.byKey(customer.id(), productId, data.validFrom()).isPresent()) {
                throw new InputRefusedException(List.of(new InputProblem(0, "valid_from", customer.number()
                        + " already has a contract for this product from " + ReadableDates.format(data.validFrom()) + "; change that one")));
            }
            CustomerPrice cp = new CustomerPrice(customer, product, data.price(), data.validFrom(), data.validTo());
            prices.add(cp);
            prices.flush();
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRICE_ADD, AuditActions.CONTRACT_PRICE,
                            data.key()).withChange(null, AuditValues.json(values(data.price(), data.validTo()))));
            return rowOf(cp.id());
        });
    }

    /** A new price or last day for a stored contract (customer, product and valid-from stay). */
    public ContractPriceRow change(SignedInUser user, long priceId, com.orderdesk.model.common.Money price, LocalDate validTo,
                                   String reason) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        return uow.write("Changing the contract price", () -> {
            CustomerPrice cp = find(priceId);
            ContractPriceData after = new ContractPriceData(cp.customer().number(), cp.product().sku(), cp.validFrom(),
                    validTo, price);
            refuseIfWrong(ContractPrices.check(after, 0));
            change(user, cp, after, reason);
            prices.flush();
            return rowOf(cp.id());
        });
    }

    /** Removes a contract entered by mistake (orders already priced keep their prices). */
    public void remove(SignedInUser user, long priceId, String reason) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        uow.run("Removing the contract price", () -> {
            CustomerPrice cp = find(priceId);
            String key = new ContractPriceData(cp.customer().number(), cp.product().sku(), cp.validFrom(), null, null).key();
            Map<String, Object> before = values(cp.price(), cp.validTo());
            prices.remove(cp);
            prices.flush();
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRICE_REMOVE, AuditActions.CONTRACT_PRICE, key)
                    .withChange(AuditValues.json(before), null).withReason(reason == null || reason.isBlank() ? null : reason.strip()));
        });
    }

    /** Applies a new price and last day to a stored contract, audited; false when neither changed. */
    boolean change(SignedInUser user, CustomerPrice cp, ContractPriceData after, String reason) {
        Map<String, Object> before = values(cp.price(), cp.validTo());
        Map<String, Object> now = values(after.price(), after.validTo());
        if (before.equals(now)) {
            return false;
        }
        cp.change(after.price(), after.validTo());
        audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRICE_CHANGE, AuditActions.CONTRACT_PRICE, after.key())
                .withChange(AuditValues.json(before), AuditValues.json(now)).withReason(reason));
        return true;
    }

    static Map<String, Object> values(com.orderdesk.model.common.Money price, LocalDate validTo) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("price", price.toString());
        m.put("validTo", validTo == null ? "open" : validTo.toString());
        return m;
    }

    private ContractPriceRow rowOf(long id) {
        return prices.row(id).orElseThrow(() -> new StoreException("The contract price could not be read back."));
    }

    private CustomerPrice find(long id) {
        return prices.byId(id).orElseThrow(() -> new StoreException("The contract price no longer exists."));
    }

    private static void refuseIfWrong(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRefusedException(problems);
        }
    }
}
