package com.orderdesk.model.fulfillment;

import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A place that can ship: warehouse, store or supplier, with its location and its costs. */
@Entity
@Table(name = "fulfillment_node")
public class FulfillmentNode {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "node_type", nullable = false, length = 10)
    private NodeType type;

    @Embedded
    private Address address;

    @Column(name = "handling_cents", nullable = false)
    private Money handlingCost;

    @Column(name = "pick_per_unit_cents", nullable = false)
    private Money pickCostPerUnit;

    /** Shipments per day this node can make; null means no limit. */
    @Column(name = "capacity_shipments")
    private Integer capacityShipments;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    protected FulfillmentNode() {
    }

    public FulfillmentNode(String code, String name, NodeType type, Address address,
                           Money handlingCost, Money pickCostPerUnit, Integer capacityShipments) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.address = address;
        this.handlingCost = handlingCost;
        this.pickCostPerUnit = pickCostPerUnit;
        this.capacityShipments = capacityShipments;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public NodeType type() { return type; }
    public Address address() { return address; }
    public Money handlingCost() { return handlingCost; }
    public Money pickCostPerUnit() { return pickCostPerUnit; }
    public Integer capacityShipments() { return capacityShipments; }
    public boolean active() { return active; }

    public void setCosts(Money handlingCost, Money pickCostPerUnit, Integer capacityShipments) {
        this.handlingCost = handlingCost;
        this.pickCostPerUnit = pickCostPerUnit;
        this.capacityShipments = capacityShipments;
    }

    public void setActive(boolean active) { this.active = active; }

    @Override
    public String toString() {
        return code + " " + name;
    }
}
