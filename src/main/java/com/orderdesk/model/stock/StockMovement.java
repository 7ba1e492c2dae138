package com.orderdesk.model.stock;

import com.orderdesk.model.catalog.Product;
import com.orderdesk.model.fulfillment.FulfillmentNode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * One change of stock on hand of one product at one node, as a person made it: a receipt (with
 * the supplier's delivery note as reference), an adjustment with its reason, or one half of a
 * transfer (the other node named). Kept as made: the table refuses updates and deletes.
 */
@Entity
@Immutable
@Table(name = "stock_movement")
public class StockMovement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private FulfillmentNode node;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 12)
    private MovementKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", length = 10)
    private AdjustmentReason reason;

    /** Signed change of on hand. */
    @Column(name = "qty", nullable = false)
    private int quantity;

    @Column(name = "on_hand_after", nullable = false)
    private int onHandAfter;

    @Column(name = "reference", length = 60)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "other_node_id")
    private FulfillmentNode otherNode;

    @Column(name = "note", length = 500)
    private String note;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Column(name = "moved_by", nullable = false, length = 40)
    private String movedBy;

    protected StockMovement() {
    }

    public StockMovement(Product product, FulfillmentNode node, MovementKind kind, AdjustmentReason reason, int quantity,
                         int onHandAfter, String reference, FulfillmentNode otherNode, String note, Instant movedAt,
                         String movedBy) {
        this.product = product;
        this.node = node;
        this.kind = kind;
        this.reason = reason;
        this.quantity = quantity;
        this.onHandAfter = onHandAfter;
        this.reference = reference;
        this.otherNode = otherNode;
        this.note = note;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
    }

    public Long id() { return id; }
    public Product product() { return product; }
    public FulfillmentNode node() { return node; }
    public MovementKind kind() { return kind; }
    public AdjustmentReason reason() { return reason; }
    public int quantity() { return quantity; }
    public int onHandAfter() { return onHandAfter; }
    public String reference() { return reference; }
    public FulfillmentNode otherNode() { return otherNode; }
    public String note() { return note; }
    public Instant movedAt() { return movedAt; }
    public String movedBy() { return movedBy; }
}
