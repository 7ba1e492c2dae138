package com.orderdesk.model.order;

import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.DecimalTextConverter;
import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import com.orderdesk.model.customer.ShipToAddress;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A sales order. Totals are computed by the pricing and tax engines and stored with the order, so
 * the order keeps the prices and tax it was taken at. The version column gives optimistic locking
 * for two desks amending the same order.
 */
@Entity
@Table(name = "sales_order")
public class SalesOrder {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "order_no", nullable = false, unique = true, length = 20)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private OrderChannel channel;

    @Column(name = "customer_po", length = 40)
    private String customerPo;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @Column(name = "requested_date")
    private LocalDate requestedDate;

    /** The date routing must meet (V14): the requested delivery date, or the faster way the clerk picked. */
    @Column(name = "deliver_by")
    private LocalDate deliverBy;

    /** What the clerk picked at order entry (for example "Overnight from DC-ATL, 1 shipment"); null: the cheapest way. */
    @Column(name = "delivery_choice", length = 200)
    private String deliveryChoice;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ship_to_id")
    private ShipToAddress shipTo;

    /** The ship-to as it was when the order was taken (addresses change; orders keep theirs). */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "line1", column = @Column(name = "ship_line1")),
            @AttributeOverride(name = "line2", column = @Column(name = "ship_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "ship_city")),
            @AttributeOverride(name = "state", column = @Column(name = "ship_state")),
            @AttributeOverride(name = "zip", column = @Column(name = "ship_zip")),
            @AttributeOverride(name = "lat", column = @Column(name = "ship_lat")),
            @AttributeOverride(name = "lon", column = @Column(name = "ship_lon"))
    })
    private Address shipToAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status = OrderStatus.ENTERED;

    @Column(name = "notes", length = 2000)
    private String notes;

    @Column(name = "subtotal_cents", nullable = false)
    private Money subtotal = Money.ZERO;

    @Column(name = "discount_cents", nullable = false)
    private Money discountTotal = Money.ZERO;

    @Convert(converter = DecimalTextConverter.class)
    @Column(name = "tax_rate", nullable = false, length = 20)
    private BigDecimal taxRate = BigDecimal.ZERO;

    @Column(name = "tax_cents", nullable = false)
    private Money tax = Money.ZERO;

    @Column(name = "total_cents", nullable = false)
    private Money total = Money.ZERO;

    @Column(name = "entered_by", nullable = false, length = 40)
    private String enteredBy;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "changed_by", length = 40)
    private String lastChangedBy;

    @Column(name = "changed_at")
    private Instant lastChangedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNo")
    private List<SalesOrderLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected SalesOrder() {
    }

    public SalesOrder(String number, Customer customer, OrderChannel channel, LocalDate orderDate,
                      String enteredBy, Instant enteredAt) {
        this.number = number;
        this.customer = customer;
        this.channel = channel;
        this.orderDate = orderDate;
        this.enteredBy = enteredBy;
        this.enteredAt = enteredAt;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public Customer customer() { return customer; }
    public OrderChannel channel() { return channel; }
    public String customerPo() { return customerPo; }
    public LocalDate orderDate() { return orderDate; }
    public LocalDate requestedDate() { return requestedDate; }
    public LocalDate deliverBy() { return deliverBy; }
    public String deliveryChoice() { return deliveryChoice; }
    public ShipToAddress shipTo() { return shipTo; }
    public Address shipToAddress() { return shipToAddress; }
    public OrderStatus status() { return status; }
    public String notes() { return notes; }
    public Money subtotal() { return subtotal; }
    public Money discountTotal() { return discountTotal; }
    public BigDecimal taxRate() { return taxRate; }
    public Money tax() { return tax; }
    public Money total() { return total; }
    public String enteredBy() { return enteredBy; }
    public Instant enteredAt() { return enteredAt; }
    public String lastChangedBy() { return lastChangedBy; }
    public Instant lastChangedAt() { return lastChangedAt; }
    public List<SalesOrderLine> lines() { return lines; }
    public long version() { return version; }

    public void setHeader(OrderChannel channel, String customerPo, LocalDate requestedDate, String notes) {
        this.channel = channel;
        this.customerPo = customerPo;
        this.requestedDate = requestedDate;
        this.notes = notes;
    }

    /** The delivery promise the plan must keep; {@code deliverBy} null: no date to meet. */
    public void setDelivery(LocalDate deliverBy, String choice) {
        this.deliverBy = deliverBy;
        this.deliveryChoice = choice;
    }

    public void setCustomer(Customer customer) { this.customer = customer; }

    public void shipTo(ShipToAddress shipTo) {
        this.shipTo = shipTo;
        this.shipToAddress = shipTo == null ? null : shipTo.address();
    }

    public void setStatus(OrderStatus status) { this.status = status; }

    public void setTotals(Money subtotal, Money discountTotal, BigDecimal taxRate, Money tax, Money total) {
        this.subtotal = subtotal;
        this.discountTotal = discountTotal;
        this.taxRate = taxRate;
        this.tax = tax;
        this.total = total;
    }

    public void markChanged(String user, Instant at) {
        this.lastChangedBy = user;
        this.lastChangedAt = at;
    }

    public SalesOrderLine addLine(SalesOrderLine line) {
        line.attachTo(this, lines.size() + 1);
        lines.add(line);
        return line;
    }

    public void clearLines() {
        lines.clear();
    }

    /** Forces the version a desk loaded, so a save from a stale screen is refused by the database. */
    public void expectVersion(long version) {
        this.version = version;
    }
}
