package com.orderdesk.model.cash;

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

/** A bank account (routing and account number, as on a cheque's MICR line) known to belong to a customer. */
@Entity
@Table(name = "customer_bank_account")
public class CustomerBankAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false)
    private Customer customer;

    @Column(name = "routing_no", nullable = false, length = 20)
    private String routing;

    @Column(name = "account_no", nullable = false, length = 40)
    private String account;

    protected CustomerBankAccount() {
    }

    public CustomerBankAccount(Customer customer, String routing, String account) {
        this.customer = customer;
        this.routing = routing;
        this.account = account;
    }

    public Long id() { return id; }
    public Customer customer() { return customer; }
    public String routing() { return routing; }
    public String account() { return account; }
}
