package com.orderdesk.model.customer;

import com.orderdesk.model.common.Address;
import com.orderdesk.model.common.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A customer account: who buys, where it ships, on what terms and with what credit. */
@Entity
@Table(name = "customer")
public class Customer {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "customer_no", nullable = false, unique = true, length = 20)
    private String number;

    @Column(name = "name", nullable = false)
    private String name;

    /** Upper-cased name for case-insensitive prefix search that can use an index on every database. */
    @Column(name = "name_key", nullable = false)
    private String nameKey;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "phone", length = 30)
    private String phone;

    /** Digits of the phone only, so "(312) 555-0101" is found by typing "3125550101". */
    @Column(name = "phone_digits", length = 20)
    private String phoneDigits;

    @Column(name = "email")
    private String email;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "line1", column = @Column(name = "bill_line1")),
            @AttributeOverride(name = "line2", column = @Column(name = "bill_line2")),
            @AttributeOverride(name = "city", column = @Column(name = "bill_city")),
            @AttributeOverride(name = "state", column = @Column(name = "bill_state")),
            @AttributeOverride(name = "zip", column = @Column(name = "bill_zip")),
            @AttributeOverride(name = "lat", column = @Column(name = "bill_lat")),
            @AttributeOverride(name = "lon", column = @Column(name = "bill_lon"))
    })
    private Address billTo;

    @Column(name = "payment_terms", nullable = false, length = 30)
    private String paymentTerms;

    /** Null means no limit has been set (new or cash customers): the credit policy treats that itself. */
    @Column(name = "credit_limit_cents")
    private Money creditLimit;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_class", nullable = false, length = 10)
    private RiskClass riskClass;

    @Column(name = "tax_exempt", nullable = false)
    private boolean taxExempt;

    @Column(name = "tax_exempt_cert", length = 40)
    private String taxExemptCertificate;

    /** The last day the tax-exemption certificate is valid; null when it does not expire. */
    @Column(name = "tax_exempt_expires")
    private LocalDate taxExemptExpires;

    /** A switched-off customer takes no new orders; its history stays. */
    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** The interchange sender ID (ISA06) of the customer's EDI orders. */
    @Column(name = "edi_sender_id", length = 40)
    private String ediSenderId;

    @Column(name = "manual_hold", nullable = false)
    private boolean onManualHold;

    @Column(name = "credit_review_date")
    private LocalDate creditReviewDate;

    @Column(name = "customer_since", nullable = false)
    private LocalDate customerSince;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Customer parent;

    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    private List<ShipToAddress> shipTos = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Customer() {
    }

    public Customer(String number, String name, String paymentTerms, RiskClass riskClass, LocalDate customerSince) {
        this.number = number;
        this.name = name;
        this.nameKey = name.toUpperCase(java.util.Locale.ROOT);
        this.paymentTerms = paymentTerms;
        this.riskClass = riskClass;
        this.customerSince = customerSince;
    }

    public Long id() { return id; }
    public String number() { return number; }
    public String name() { return name; }
    public String contactName() { return contactName; }
    public String phone() { return phone; }
    public String email() { return email; }
    public Address billTo() { return billTo; }
    public String paymentTerms() { return paymentTerms; }
    public Optional<Money> creditLimit() { return Optional.ofNullable(creditLimit); }
    public RiskClass riskClass() { return riskClass; }
    public boolean taxExempt() { return taxExempt; }
    public String taxExemptCertificate() { return taxExemptCertificate; }
    public LocalDate taxExemptExpires() { return taxExemptExpires; }
    public boolean active() { return active; }
    public String ediSenderId() { return ediSenderId; }
    public boolean onManualHold() { return onManualHold; }
    public Optional<LocalDate> creditReviewDate() { return Optional.ofNullable(creditReviewDate); }
    public LocalDate customerSince() { return customerSince; }
    public Customer parent() { return parent; }
    public List<ShipToAddress> shipTos() { return shipTos; }
    public long version() { return version; }

    public void setName(String name) {
        this.name = name;
        this.nameKey = name == null ? null : name.toUpperCase(java.util.Locale.ROOT);
    }

    public void setContact(String contactName, String phone, String email) {
        this.contactName = contactName;
        this.phone = phone;
        this.phoneDigits = phone == null ? null : phone.replaceAll("\\D", "");
        this.email = email;
    }

    public void setBillTo(Address billTo) { this.billTo = billTo; }
    public void setPaymentTerms(String paymentTerms) { this.paymentTerms = paymentTerms; }
    public void setCreditLimit(Money creditLimit) { this.creditLimit = creditLimit; }
    public void setRiskClass(RiskClass riskClass) { this.riskClass = riskClass; }
    public void setOnManualHold(boolean onManualHold) { this.onManualHold = onManualHold; }
    public void setCreditReviewDate(LocalDate date) { this.creditReviewDate = date; }
    public void setParent(Customer parent) { this.parent = parent; }

    public void setTaxExempt(boolean taxExempt, String certificate) {
        this.taxExempt = taxExempt;
        this.taxExemptCertificate = certificate;
    }

    public void setTaxExempt(boolean taxExempt, String certificate, LocalDate expires) {
        setTaxExempt(taxExempt, certificate);
        this.taxExemptExpires = expires;
    }

    /**
     * True when a sale on {@code day} is tax-exempt: the customer is exempt and the certificate has
     * not expired (the expiry day itself still counts). An expired certificate means tax is charged.
     */
    public boolean taxExemptOn(LocalDate day) {
        return taxExempt && (taxExemptExpires == null || !day.isAfter(taxExemptExpires));
    }

    public void setActive(boolean active) { this.active = active; }

    /** A ship-to whose code is made from its label ("Main warehouse" gives MAIN), unique within the customer. */
    public ShipToAddress addShipTo(String label, Address address, boolean isDefault) {
        String base = label == null ? "" : label.strip().split("\\s+")[0].toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        base = base.isEmpty() ? "SHIP" : base.substring(0, Math.min(12, base.length()));
        String code = base;
        for (int n = 2; hasShipToCode(code); n++) {
            code = base + n;
        }
        return addShipTo(code, label, address, isDefault);
    }

    public ShipToAddress addShipTo(String code, String label, Address address, boolean isDefault) {
        ShipToAddress s = new ShipToAddress(this, code, label, address, isDefault);
        shipTos.add(s);
        return s;
    }

    private boolean hasShipToCode(String code) {
        return shipTos.stream().anyMatch(s -> code.equals(s.code()));
    }

    /** The default ship-to, else the first one (of those still in use). */
    public Optional<ShipToAddress> defaultShipTo() {
        return shipTos.stream().filter(s -> s.active() && s.isDefault()).findFirst()
                .or(() -> shipTos.stream().filter(ShipToAddress::active).findFirst());
    }

    @Override
    public String toString() {
        return number + " " + name;
    }
}
