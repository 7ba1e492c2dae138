package com.orderdesk.model.fulfillment;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.order.SalesOrder;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One node's part of one order: what it picks, packs and ships, and what that was planned to cost. */
@Entity
@Table(name = "shipment")
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "shipment_no", nullable = false, unique = true, length = 24)
    private String number;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    private SalesOrder order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "node_id", nullable = false)
    private FulfillmentNode node;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ShipmentStatus status = ShipmentStatus.PLANNED;

    @Column(name = "planned_cost_cents", nullable = false)
    private Money plannedCost;

    @Column(name = "distance_km")
    private Double distanceKm;

    @Column(name = "zone")
    private Integer zone;

    @Column(name = "weight_grams", nullable = false)
    private int weightGrams;

    @Column(name = "units", nullable = false)
    private int units;

    @Column(name = "carrier", length = 40)
    private String carrier;

    @Column(name = "tracking_no", length = 60)
    private String trackingNumber;

    @Column(name = "ship_date")
    private LocalDate shipDate;

    /** The carrier service routing chose, with the planned ship and delivery dates (V14; null before). */
    @Column(name = "service", length = 20)
    private String service;

    @Column(name = "planned_ship_date")
    private LocalDate plannedShipDate;

    @Column(name = "delivery_date")
    private LocalDate deliveryDate;

    /** When routing (or an override) planned it; null for shipments older than this column. */
    @Column(name = "planned_at")
    private Instant plannedAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    @Column(name = "shipped_at")
    private Instant shippedAt;

    @Column(name = "shipped_by", length = 40)
    private String shippedBy;

    @OneToMany(mappedBy = "shipment", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ShipmentLine> lines = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Shipment() {
    }

    public Shipment(String number, SalesOrder order, FulfillmentNode node, Money plannedCost, Double distanceKm,
                    Integer zone, int weightGrams, int units) {
        this.number = number;
        this.order = order;
        this.node = node;
        this.plannedCost = plannedCost;
        this.distanceKm = distanceKm;
        this.zone = zone;
        this.weightGrams = weightGrams;
        this.units = units;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public SalesOrder order() { return order; }
    public FulfillmentNode node() { return node; }
    public ShipmentStatus status() { return status; }
    public Money plannedCost() { return plannedCost; }
    public Double distanceKm() { return distanceKm; }
    public Integer zone() { return zone; }
    public int weightGrams() { return weightGrams; }
    public int units() { return units; }
    public String carrier() { return carrier; }
    public String trackingNumber() { return trackingNumber; }
    public LocalDate shipDate() { return shipDate; }
    public String service() { return service; }
    public LocalDate plannedShipDate() { return plannedShipDate; }
    public LocalDate deliveryDate() { return deliveryDate; }
    public Instant plannedAt() { return plannedAt; }
    public Instant releasedAt() { return releasedAt; }
    public Instant shippedAt() { return shippedAt; }
    public String shippedBy() { return shippedBy; }
    public List<ShipmentLine> lines() { return lines; }
    public long version() { return version; }

    public ShipmentLine addLine(ShipmentLine line) {
        line.attachTo(this);
        lines.add(line);
        return line;
    }

    public void setStatus(ShipmentStatus status) { this.status = status; }

    public void plan(String service, LocalDate shipDate, LocalDate deliveryDate) {
        this.service = service;
        this.plannedShipDate = shipDate;
        this.deliveryDate = deliveryDate;
    }

    public void markPlanned(Instant at) {
        this.plannedAt = at;
    }

    public void markReleased(Instant at) {
        this.status = ShipmentStatus.RELEASED;
        this.releasedAt = at;
    }

    public void markShipped(String carrier, String trackingNumber, LocalDate shipDate, String user, Instant at) {
        this.status = ShipmentStatus.SHIPPED;
        this.carrier = carrier;
        this.trackingNumber = trackingNumber;
        this.shipDate = shipDate;
        this.shippedBy = user;
        this.shippedAt = at;
    }
}
