package com.orderdesk.persistence.catalog;

import com.orderdesk.application.catalog.ContractPriceRepository;
import com.orderdesk.logic.catalog.ContractPriceRow;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.catalog.CustomerPrice;
import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.persistence.CurrentSession;
import com.orderdesk.persistence.DamagedRows;
import com.orderdesk.persistence.StoredValues;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/** {@link ContractPriceRepository} on the customer_price table, in the open unit of work. */
public final class HibernateContractPriceRepository implements ContractPriceRepository {
    private static final String ROW = "SELECT cp.id, cp.customer_id, c.customer_no, c.name, cp.product_id, p.sku, "
            + "p.description, p.list_price_cents, cp.price_cents, cp.valid_from, cp.valid_to FROM customer_price cp "
            + "JOIN customer c ON c.id = cp.customer_id JOIN product p ON p.id = cp.product_id";
    private static final String ORDER = " ORDER BY c.customer_no, p.sku, cp.valid_from";
    private static final String[] COLUMNS = {"id", "customer_id", "customer_no", "name", "product_id", "sku", "description",
            "list_price_cents", "price_cents", "valid_from", "valid_to"};

    private static Session s() {
        return CurrentSession.get();
    }

    @Override
    public Listing<ContractPriceRow> list(Long productId, Long customerId) {
        StringBuilder sql = new StringBuilder(ROW).append(" WHERE 1 = 1");
        if (productId != null) {
            sql.append(" AND cp.product_id = :p");
        }
        if (customerId != null) {
            sql.append(" AND cp.customer_id = :c");
        }
        NativeQuery<Object[]> q = s().createNativeQuery(sql.append(ORDER).toString(), Object[].class);
        if (productId != null) {
            q.setParameter("p", productId);
        }
        if (customerId != null) {
            q.setParameter("c", customerId);
        }
        return DamagedRows.read(q.getResultList(), HibernateContractPriceRepository::row);
    }

    private static ContractPriceRow row(Object[] r) {
        StoredValues v = new StoredValues("customer_price", r[0], r, COLUMNS);
        return new ContractPriceRow(v.id(), v.longValue(1), v.text(2), v.text(3), v.longValue(4), v.text(5), v.text(6),
                Money.ofCents(v.longValue(7)), Money.ofCents(v.longValue(8)), v.date(9), v.dateOrNull(10));
    }

    @Override
    public List<ContractPriceRow> all() {
        return DamagedRows.read(s().createNativeQuery(ROW + ORDER, Object[].class).getResultList(),
                HibernateContractPriceRepository::row).rows();
    }

    @Override
    public Optional<CustomerPrice> byId(long id) {
        return Optional.ofNullable(s().get(CustomerPrice.class, id));
    }

    @Override
    public Optional<ContractPriceRow> row(long id) {
        return DamagedRows.read(s().createNativeQuery(ROW + " WHERE cp.id = :id", Object[].class).setParameter("id", id)
                .getResultList(), HibernateContractPriceRepository::row).rows().stream().findFirst();
    }

    @Override
    public Optional<CustomerPrice> byKey(long customerId, long productId, LocalDate validFrom) {
        return s().createSelectionQuery("from CustomerPrice cp where cp.customer.id = :c and cp.product.id = :p "
                        + "and cp.validFrom = :f", CustomerPrice.class)
                .setParameter("c", customerId).setParameter("p", productId).setParameter("f", validFrom)
                .uniqueResultOptional();
    }

    @Override
    public Map<String, Long> idsByKey() {
        Map<String, Long> out = new HashMap<>();
        for (Object[] r : s().createNativeQuery("SELECT c.customer_no, p.sku, cp.valid_from, cp.id FROM customer_price cp "
                + "JOIN customer c ON c.id = cp.customer_id JOIN product p ON p.id = cp.product_id", Object[].class).getResultList()) {
            out.put(ContractPriceRepository.key((String) r[0], (String) r[1], r[2] == null ? null : LocalDate.parse(r[2].toString())),
                    ((Number) r[3]).longValue());
        }
        return out;
    }

    @Override
    public Map<Long, CustomerPrice> byIds(Collection<Long> ids) {
        Map<Long, CustomerPrice> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (CustomerPrice cp : s().createSelectionQuery("from CustomerPrice cp join fetch cp.customer join fetch cp.product "
                + "where cp.id in :ids", CustomerPrice.class).setParameter("ids", ids).getResultList()) {
            out.put(cp.id(), cp);
        }
        return out;
    }

    @Override
    public Optional<Customer> customerByNumber(String customerNumber) {
        return s().createSelectionQuery("from Customer c where c.number = :n", Customer.class)
                .setParameter("n", customerNumber).uniqueResultOptional();
    }

    @Override
    public Map<String, Long> customerIds() {
        return CatalogQueries.keyed("select c.number, c.id from Customer c", Long.class);
    }

    @Override
    public Map<String, Long> productIds() {
        return CatalogQueries.productIdsBySku();
    }

    @Override
    public Customer customerReference(long id) {
        return s().getReference(Customer.class, id);
    }

    @Override
    public Product productReference(long id) {
        return s().getReference(Product.class, id);
    }

    @Override
    public void add(CustomerPrice price) {
        s().persist(price);
    }

    @Override
    public void remove(CustomerPrice price) {
        s().remove(price);
    }

    @Override
    public void flush() {
        s().flush();
    }

    @Override
    public void flushAndForget() {
        CatalogQueries.flushAndForget();
    }
}
