package com.orderdesk.model.fulfillment;

import com.orderdesk.model.catalog.Product;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Stock of one product at one node. Available = on hand - reserved - safety stock (never below 0). */
@Entity
@Table(name = "inventory")
public class InventoryItem {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private FulfillmentNode node;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(name = "reserved", nullable = false)
    private int reserved;

    @Column(name = "safety_stock", nullable = false)
    private int safetyStock;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected InventoryItem() {
    }

    public InventoryItem(FulfillmentNode node, Product product, int onHand, int reserved, int safetyStock) {
        this.node = node;
        this.product = product;
        this.onHand = onHand;
        this.reserved = reserved;
        this.safetyStock = safetyStock;
    }

    public Long id() { return id; }
    public FulfillmentNode node() { return node; }
    public Product product() { return product; }
    public int onHand() { return onHand; }
    public int reserved() { return reserved; }
    public int safetyStock() { return safetyStock; }

    public int available() {
        return Math.max(0, onHand - reserved - safetyStock);
    }

    public void reserve(int qty) {
        if (qty > available()) {
            throw new IllegalStateException("Only " + available() + " of " + product.sku() + " available at " + node.code());
        }
        reserved += qty;
    }

    public void release(int qty) {
        reserved = Math.max(0, reserved - qty);
    }

    public void setSafetyStock(int safetyStock) { this.safetyStock = safetyStock; }
}
