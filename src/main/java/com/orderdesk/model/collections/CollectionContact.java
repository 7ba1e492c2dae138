package com.orderdesk.model.collections;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A call or email with a customer about its money, as the collector logged it. Never changed. */
@Entity
@Table(name = "collection_contact")
public class CollectionContact {
    public enum Channel { CALL, EMAIL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "customer_id", nullable = false, columnDefinition = "integer")
    private long customerId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "note", nullable = false, length = 2000)
    private String note;

    @Column(name = "next_action_on")
    private LocalDate nextActionOn;

    @Column(name = "contacted_at", nullable = false)
    private Instant contactedAt;

    @Column(name = "contacted_by", nullable = false, length = 40)
    private String contactedBy;

    protected CollectionContact() {
    }

    public CollectionContact(long customerId, Channel channel, String note, LocalDate nextActionOn, Instant at, String by) {
        this.customerId = customerId;
        this.channel = channel;
        this.note = note;
        this.nextActionOn = nextActionOn;
        this.contactedAt = at;
        this.contactedBy = by;
    }

    public Long id() { return id; }
    public long customerId() { return customerId; }
    public Channel channel() { return channel; }
    public String note() { return note; }
    public LocalDate nextActionOn() { return nextActionOn; }
    public Instant contactedAt() { return contactedAt; }
    public String contactedBy() { return contactedBy; }
}
