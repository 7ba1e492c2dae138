package com.orderdesk.application.catalog;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.catalog.Gtin;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.ProductChanges;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductRow;
import com.orderdesk.logic.catalog.ProductRules;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.ConcurrentEditException;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.store.StoreException;
import com.orderdesk.model.catalog.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adding, changing, discontinuing and reinstating products (administrators: MAINTAIN_PRODUCTS),
 * and the product list everyone who sees orders may read. A discontinued product takes no new
 * orders (order entry does not offer it and a save refuses it) but keeps its history, stock and
 * prices. Each change is one unit of work with its audit entry.
 */
public final class ProductMaintenance {
    /** The product list shows at most this many rows; a search narrows it. */
    public static final int LIST_LIMIT = 5_000;

    private final UnitOfWork uow;
    private final AccessControl access;
    private final ProductRepository products;
    private final AuditRecorder audit;

    public ProductMaintenance(UnitOfWork uow, AccessControl access, ProductRepository products, AuditRecorder audit) {
        this.uow = uow;
        this.access = access;
        this.products = products;
        this.audit = audit;
    }

    public Listing<ProductRow> list(SignedInUser user, String search, boolean includeDiscontinued) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> products.list(search, includeDiscontinued, LIST_LIMIT));
    }

    public ProductRow load(SignedInUser user, long productId) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> row(find(productId)));
    }

    public ProductRow create(SignedInUser user, ProductData data) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        refuseIfWrong(ProductRules.check(data, 0));
        return uow.write("Adding the product", () -> {
            if (products.bySku(data.sku()).isPresent()) {
                throw new InputRefusedException(List.of(new InputProblem(0, "sku", "there is already a product "
                        + data.sku() + "; open it to change it")));
            }
            String gtin = uniqueGtin(data, null);
            Product p = new Product(data.sku(), data.description(), data.category(), data.unit(), data.weightGrams(),
                    data.listPrice(), data.cost());
            p.update(data.description(), data.category(), data.unit(), data.caseQuantity(), data.weightGrams(), gtin,
                    data.listPrice(), data.cost(), data.taxable());
            p.setActive(data.active());
            products.add(p);
            products.flush();
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRODUCT_ADD, AuditActions.PRODUCT, p.sku())
                    .withChange(null, AuditValues.json(ProductChanges.values(row(p).data()))));
            return row(p);
        });
    }

    /**
     * Changes a product opened at {@code expectedVersion} (refused when another desk changed it
     * since, keeping what was typed on screen). The SKU is the key and cannot change; whether the
     * product is discontinued is changed by {@link #discontinue} / {@link #reinstate}.
     */
    public ProductRow edit(SignedInUser user, long productId, long expectedVersion, ProductData data) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        refuseIfWrong(ProductRules.check(data, 0));
        return uow.write("Saving the product", () -> {
            Product p = find(productId);
            if (p.version() != expectedVersion) {
                throw new ConcurrentEditException(p.sku() + " was changed at another desk after you opened it. What you"
                        + " typed is still on screen; reload the product to see the other change, then type yours again.");
            }
            if (!p.sku().equals(data.sku())) {
                throw new InputRefusedException(List.of(new InputProblem(0, "sku", "the SKU is the product's key and"
                        + " cannot change (" + p.sku() + "); add a new product and discontinue this one")));
            }
            change(user, p, data.withActive(p.active()), null);
            products.flush();
            return row(p);
        });
    }

    public ProductRow discontinue(SignedInUser user, long productId, String reason) {
        return setActive(user, productId, false, reason);
    }

    public ProductRow reinstate(SignedInUser user, long productId, String reason) {
        return setActive(user, productId, true, reason);
    }

    private ProductRow setActive(SignedInUser user, long productId, boolean active, String reason) {
        access.require(user, Permission.MAINTAIN_PRODUCTS);
        return uow.write(active ? "Reinstating the product" : "Discontinuing the product", () -> {
            Product p = find(productId);
            if (p.active() != active) {
                p.setActive(active);
                products.flush();
                audit.record(user, AuditEvent.of(user.userName(), active ? AuditActions.PRODUCT_REINSTATE
                                : AuditActions.PRODUCT_DISCONTINUE, AuditActions.PRODUCT, p.sku())
                        .withChange(AuditValues.json(Map.of("active", !active)), AuditValues.json(Map.of("active", active)))
                        .withReason(reason == null || reason.isBlank() ? null : reason.strip()));
            }
            return row(p);
        });
    }

    /** Applies {@code data} to {@code p} and audits the fields that changed; false when nothing did. */
    boolean change(SignedInUser user, Product p, ProductData data, String reason) {
        ProductData before = row(p).data();
        String gtin = uniqueGtin(data, p.id());
        ProductData after = new ProductData(p.sku(), data.description(), data.unit(), data.caseQuantity(), data.weightGrams(),
                gtin, data.listPrice(), data.cost(), data.category(), data.taxable(), data.active());
        Map<String, Object>[] diff = ProductChanges.diff(before, after);
        if (diff[0].isEmpty()) {
            return false;
        }
        p.update(after.description(), after.category(), after.unit(), after.caseQuantity(), after.weightGrams(), gtin,
                after.listPrice(), after.cost(), after.taxable());
        p.setActive(after.active());
        String action = before.active() == after.active() ? AuditActions.PRODUCT_CHANGE
                : after.active() ? AuditActions.PRODUCT_REINSTATE : AuditActions.PRODUCT_DISCONTINUE;
        audit.record(user, AuditEvent.of(user.userName(), action, AuditActions.PRODUCT, p.sku())
                .withChange(AuditValues.json(diff[0]), AuditValues.json(diff[1])).withReason(reason));
        return true;
    }

    /** The GTIN as stored (14 digits), refused when another product already has it. */
    private String uniqueGtin(ProductData data, Long selfId) {
        String gtin = Gtin.normalize(data.gtin()).orElse(null);
        if (gtin != null) {
            products.byGtin(gtin).filter(other -> !other.id().equals(selfId)).ifPresent(other -> {
                throw new InputRefusedException(List.of(new InputProblem(0, "gtin", "GTIN " + gtin + " is already "
                        + other.sku() + "'s")));
            });
        }
        return gtin;
    }

    private Product find(long productId) {
        return products.byId(productId).orElseThrow(() -> new StoreException("The product no longer exists."));
    }

    static ProductRow row(Product p) {
        return new ProductRow(p.id(), p.sku(), p.description(), p.unit(), p.caseQuantity(), p.weightGrams(), p.gtin(),
                p.listPrice(), p.unitCost(), p.category(), p.taxable(), p.active(), p.version());
    }

    private static void refuseIfWrong(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRefusedException(new ArrayList<>(problems));
        }
    }
}
