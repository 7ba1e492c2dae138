package com.orderdesk.model.customer;

import com.orderdesk.model.common.Address;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One of a customer's delivery addresses (a branch, a job site, a store). */
@Entity
@Table(name = "ship_to")
public class ShipToAddress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    /** Names the ship-to in EDI and order files ("DAL"); unique within the customer. */
    @Column(name = "code", nullable = false, length = 20)
    private String code;

    /** A removed ship-to is switched off, not deleted: orders that went there still point at it. */
    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "label", nullable = false)
    private String label;

    @Embedded
    private Address address;

    @Column(name = "is_default", nullable = false)
    private boolean isDefault;

    protected ShipToAddress() {
    }

    ShipToAddress(Customer customer, String code, String label, Address address, boolean isDefault) {
        this.customer = customer;
        this.code = code;
        this.label = label;
        this.address = address;
        this.isDefault = isDefault;
    }

    public Long id() { return id; }
    public Customer customer() { return customer; }
    public String code() { return code; }
    public boolean active() { return active; }
    public String label() { return label; }
    public Address address() { return address; }
    public boolean isDefault() { return isDefault; }

    @Override
    public String toString() {
        return label + " - " + address.oneLine();
    }
}
