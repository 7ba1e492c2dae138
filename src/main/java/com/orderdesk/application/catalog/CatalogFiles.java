package com.orderdesk.application.catalog;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.catalog.ContractPriceData;
import com.orderdesk.logic.catalog.FileRow;
import com.orderdesk.logic.catalog.Gtin;
import com.orderdesk.logic.catalog.InputProblem;
import com.orderdesk.logic.catalog.InputRefusedException;
import com.orderdesk.logic.catalog.PriceFile;
import com.orderdesk.logic.catalog.ProductData;
import com.orderdesk.logic.catalog.ProductFile;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The products and contract-prices files. An export writes the import's columns, so a round trip
 * changes nothing. An import (IMPORT_MASTER_DATA) is all or nothing: every row is read and
 * checked against the file and the book first, and one problem anywhere (each located by line and
 * column; a key given twice is one) stores nothing. Then it updates rows by key and adds the new
 * ones in one unit of work, each change audited as if made on the screen, plus one entry for the
 * file itself.
 *
 * <p>Exports read only, but check a permission like every other use case (VIEW_ORDERS, as the
 * product screen's search and contract prices do): the house rule is that the use case, not its
 * caller, guards the door, and the command line signs in like the window.
 */
public final class CatalogFiles {
    /** Rows applied between two flushes of the session: keeps a 100,000-row import's memory and flushes flat. */
    private static final int CHUNK = 500;

    /** How an import went: rows added, changed, and found as they were. */
    public record ImportResult(int added, int changed, int unchanged) {
        public String summary(String what) {
            return String.format("%,d %s added, %,d changed, %,d unchanged", added, what, changed, unchanged);
        }
    }

    private final UnitOfWork uow;
    private final AccessControl access;
    private final ProductRepository products;
    private final ContractPriceRepository prices;
    private final ProductMaintenance maintenance;
    private final ContractPriceUseCases contracts;
    private final AuditRecorder audit;

    public CatalogFiles(UnitOfWork uow, AccessControl access, ProductRepository products, ContractPriceRepository prices,
                        ProductMaintenance maintenance, ContractPriceUseCases contracts, AuditRecorder audit) {
        this.uow = uow;
        this.access = access;
        this.products = products;
        this.prices = prices;
        this.maintenance = maintenance;
        this.contracts = contracts;
        this.audit = audit;
    }

    /** Every product, by SKU, as the file's rows ({@link ProductFile#COLUMNS}). */
    public List<List<String>> exportProducts(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> products.all().stream().map(ProductFile::values).toList());
    }

    /** Every contract price, by customer, SKU and valid-from ({@link PriceFile#COLUMNS}). */
    public List<List<String>> exportPrices(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> prices.all().stream().map(PriceFile::values).toList());
    }

    /**
     * Imports a products file's rows ({@code alreadyFound}: problems its reader found, such as a
     * row with too many fields, refused with the rest).
     */
    public ImportResult importProducts(SignedInUser user, String fileName, String digest, List<FileRow> rows,
                                       List<InputProblem> alreadyFound) {
        access.require(user, Permission.IMPORT_MASTER_DATA);
        List<InputProblem> problems = new ArrayList<>(alreadyFound);
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, ProductData> bySku = new LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        for (FileRow r : rows) {
            ProductData p = ProductFile.read(r, problems);
            String sku = new ProductData(r.get("sku"), "", "", 1, 0, null, null, null, null, true, true).sku();
            Long first = sku.isEmpty() ? null : firstLine.putIfAbsent(sku, r.line());
            if (first != null) {
                problems.add(new InputProblem(r.line(), "sku", sku + " is also on line " + first
                        + "; a file gives each product once"));
            } else if (p != null) {
                bySku.put(p.sku(), p);
                lineOf.put(p.sku(), r.line());
            }
        }
        return uow.write("Importing the products", () -> {
            Map<String, Long> ids = products.idsBySku();
            checkGtins(bySku, lineOf, products.skusByGtin(), problems);
            refuseIfAny(problems);
            int added = 0;
            int changed = 0;
            List<String> skus = new ArrayList<>(bySku.keySet());
            for (int from = 0; from < skus.size(); from += CHUNK) {
                List<String> chunk = skus.subList(from, Math.min(skus.size(), from + CHUNK));
                Map<String, Product> stored = products.byIds(chunk.stream().map(ids::get).filter(java.util.Objects::nonNull)
                        .toList());
                for (String sku : chunk) {
                    ProductData p = bySku.get(sku);
                    Product existing = stored.get(sku);
                    String reason = "imported from " + fileName + " line " + lineOf.get(sku);
                    if (existing == null) {
                        addProduct(user, p, reason);
                        added++;
                    } else if (maintenance.change(user, existing, p, reason)) {
                        changed++;
                    }
                }
                products.flushAndForget();
            }
            ImportResult result = new ImportResult(added, changed, bySku.size() - added - changed);
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRODUCTS_IMPORT, AuditActions.IMPORT_FILE, fileName)
                    .withChange(null, AuditValues.json(Map.of("rows", bySku.size(), "added", added, "changed", changed,
                            "sha256", digest))));
            return result;
        });
    }

    /** Imports a contract-prices file's rows, as {@link #importProducts}. */
    public ImportResult importPrices(SignedInUser user, String fileName, String digest, List<FileRow> rows,
                                     List<InputProblem> alreadyFound) {
        access.require(user, Permission.IMPORT_MASTER_DATA);
        List<InputProblem> problems = new ArrayList<>(alreadyFound);
        Map<String, Long> firstLine = new HashMap<>();
        Map<String, ContractPriceData> byKey = new LinkedHashMap<>();
        Map<String, Long> lineOf = new HashMap<>();
        for (FileRow r : rows) {
            ContractPriceData c = PriceFile.read(r, problems);
            if (c == null) {
                continue;
            }
            String key = ContractPriceRepository.key(c.customerNumber(), c.sku(), c.validFrom());
            Long first = firstLine.putIfAbsent(key, r.line());
            if (first != null) {
                problems.add(new InputProblem(r.line(), "valid_from", c.key() + " is also on line " + first
                        + "; a file gives each contract once"));
            } else {
                byKey.put(key, c);
                lineOf.put(key, r.line());
            }
        }
        return uow.write("Importing the contract prices", () -> {
            Map<String, Long> customers = prices.customerIds();
            Map<String, Long> productIds = prices.productIds();
            for (var e : byKey.entrySet()) {
                long line = lineOf.get(e.getKey());
                if (!customers.containsKey(e.getValue().customerNumber())) {
                    problems.add(new InputProblem(line, "customer_no", "there is no customer " + e.getValue().customerNumber()));
                }
                if (!productIds.containsKey(e.getValue().sku())) {
                    problems.add(new InputProblem(line, "sku", "there is no product " + e.getValue().sku()));
                }
            }
            refuseIfAny(problems);
            Map<String, Long> ids = prices.idsByKey();
            int added = 0;
            int changed = 0;
            List<String> keys = new ArrayList<>(byKey.keySet());
            for (int from = 0; from < keys.size(); from += CHUNK) {
                List<String> chunk = keys.subList(from, Math.min(keys.size(), from + CHUNK));
                Map<Long, CustomerPrice> stored = prices.byIds(chunk.stream().map(ids::get)
                        .filter(java.util.Objects::nonNull).toList());
                for (String key : chunk) {
                    ContractPriceData c = byKey.get(key);
                    String reason = "imported from " + fileName + " line " + lineOf.get(key);
                    Long id = ids.get(key);
                    if (id == null) {
                        prices.add(new CustomerPrice(prices.customerReference(customers.get(c.customerNumber())),
                                prices.productReference(productIds.get(c.sku())), c.price(), c.validFrom(), c.validTo()));
                        audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRICE_ADD, AuditActions.CONTRACT_PRICE,
                                        c.key()).withChange(null, AuditValues.json(ContractPriceUseCases.values(c.price(), c.validTo())))
                                .withReason(reason));
                        added++;
                    } else if (contracts.change(user, stored.get(id), c, reason)) {
                        changed++;
                    }
                }
                prices.flushAndForget();
            }
            ImportResult result = new ImportResult(added, changed, byKey.size() - added - changed);
            audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRICES_IMPORT, AuditActions.IMPORT_FILE, fileName)
                    .withChange(null, AuditValues.json(Map.of("rows", byKey.size(), "added", added, "changed", changed,
                            "sha256", digest))));
            return result;
        });
    }

    private void addProduct(SignedInUser user, ProductData p, String reason) {
        Product product = new Product(p.sku(), p.description(), p.category(), p.unit(), p.weightGrams(), p.listPrice(), p.cost());
        product.update(p.description(), p.category(), p.unit(), p.caseQuantity(), p.weightGrams(),
                Gtin.normalize(p.gtin()).orElse(null), p.listPrice(), p.cost(), p.taxable());
        product.setActive(p.active());
        products.add(product);
        audit.record(user, AuditEvent.of(user.userName(), AuditActions.PRODUCT_ADD, AuditActions.PRODUCT, p.sku())
                .withChange(null, AuditValues.json(com.orderdesk.logic.catalog.ProductChanges.values(
                        p.withActive(p.active())))).withReason(reason));
    }

    /** Each GTIN belongs to one product once the file is applied: the file's own and the book's others. */
    private static void checkGtins(Map<String, ProductData> bySku, Map<String, Long> lineOf, Map<String, String> stored,
                                   List<InputProblem> problems) {
        Map<String, String> owner = new HashMap<>();
        stored.forEach((gtin, sku) -> {
            if (!bySku.containsKey(sku)) {
                owner.put(gtin, sku);
            }
        });
        for (ProductData p : bySku.values()) {
            String gtin = Gtin.normalize(p.gtin()).orElse(null);
            if (gtin == null) {
                continue;
            }
            String other = owner.putIfAbsent(gtin, p.sku());
            if (other != null) {
                Long otherLine = lineOf.get(other);
                problems.add(new InputProblem(lineOf.get(p.sku()), "gtin", "GTIN " + gtin + " is already " + other + "'s"
                        + (otherLine == null ? "" : " (line " + otherLine + ")")));
            }
        }
    }

    private static void refuseIfAny(List<InputProblem> problems) {
        if (!problems.isEmpty()) {
            List<InputProblem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingLong(InputProblem::line));
            throw new InputRefusedException(sorted);
        }
    }
}
