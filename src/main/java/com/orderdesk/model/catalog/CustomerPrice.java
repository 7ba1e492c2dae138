package com.orderdesk.model.catalog;

import com.orderdesk.model.common.Money;
import com.orderdesk.model.customer.Customer;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A contract price for one customer and product, valid in a date range (open-ended when null). */
@Entity
@Table(name = "customer_price")
public class CustomerPrice {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false)
    private Product product;

    @Column(name = "price_cents", nullable = false)
    private Money price;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    protected CustomerPrice() {
    }

    public CustomerPrice(Customer customer, Product product, Money price, LocalDate validFrom, LocalDate validTo) {
        this.customer = customer;
        this.product = product;
        this.price = price;
        this.validFrom = validFrom;
        this.validTo = validTo;
    }

    public Long id() { return id; }
    public Customer customer() { return customer; }
    public Product product() { return product; }
    public Money price() { return price; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }

    /** A new price or end date for the same customer, product and start (the contract's key). */
    public void change(Money price, LocalDate validTo) {
        this.price = price;
        this.validTo = validTo;
    }

    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
