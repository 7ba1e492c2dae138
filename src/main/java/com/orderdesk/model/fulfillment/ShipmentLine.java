package com.orderdesk.model.fulfillment;

import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.order.SalesOrderLine;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** How much of one order line a shipment carries: planned by the router, then confirmed as shipped. */
@Entity
@Table(name = "shipment_line")
public class ShipmentLine {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", nullable = false)
    private Shipment shipment;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_line_id", nullable = false)
    private SalesOrderLine orderLine;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "qty_planned", nullable = false)
    private int quantityPlanned;

    /** Null until pack-and-ship confirms it; less than planned after a short pick. */
    @Column(name = "qty_shipped")
    private Integer quantityShipped;

    protected ShipmentLine() {
    }

    public ShipmentLine(SalesOrderLine orderLine, Product product, int quantityPlanned) {
        this.orderLine = orderLine;
        this.product = product;
        this.quantityPlanned = quantityPlanned;
    }

    void attachTo(Shipment shipment) {
        this.shipment = shipment;
    }

    public Long id() { return id; }
    public Shipment shipment() { return shipment; }
    public SalesOrderLine orderLine() { return orderLine; }
    public Product product() { return product; }
    public int quantityPlanned() { return quantityPlanned; }
    public Integer quantityShipped() { return quantityShipped; }

    public void confirmShipped(int quantity) {
        if (quantity < 0 || quantity > quantityPlanned) {
            throw new IllegalArgumentException("Shipped quantity must be between 0 and " + quantityPlanned + ", not " + quantity);
        }
        this.quantityShipped = quantity;
    }
}
