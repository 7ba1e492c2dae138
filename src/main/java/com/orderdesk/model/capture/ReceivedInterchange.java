package com.orderdesk.model.capture;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/**
 * An X12 interchange whose orders the inbox took: its sender (ISA05, ISA06), control number (ISA13),
 * date and time as sent (ISA09, ISA10), when it came and in which inbox message. X12 names an
 * interchange by its sender and control number, so a second one of the same pair is a repeat
 * (TA1 note code 025). Never changed once written.
 */
@Entity
@Immutable
@Table(name = "received_interchange")
public class ReceivedInterchange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id", columnDefinition = "integer")
    private Long id;

    @Column(name = "sender_qualifier", nullable = false, length = 2)
    private String senderQualifier;

    @Column(name = "sender_id", nullable = false, length = 15)
    private String senderId;

    @Column(name = "control_number", nullable = false, length = 9)
    private String controlNumber;

    @Column(name = "interchange_date", nullable = false, length = 8)
    private String interchangeDate;

    @Column(name = "interchange_time", nullable = false, length = 4)
    private String interchangeTime;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "message_id", nullable = false)
    private long messageId;

    protected ReceivedInterchange() {
    }

    public ReceivedInterchange(String senderQualifier, String senderId, String controlNumber, String interchangeDate,
                               String interchangeTime, Instant receivedAt, long messageId) {
        this.senderQualifier = senderQualifier;
        this.senderId = senderId;
        this.controlNumber = controlNumber;
        this.interchangeDate = interchangeDate;
        this.interchangeTime = interchangeTime;
        this.receivedAt = receivedAt;
        this.messageId = messageId;
    }

    public Long id() { return id; }
    public String senderQualifier() { return senderQualifier; }
    public String senderId() { return senderId; }
    public String controlNumber() { return controlNumber; }
    public String interchangeDate() { return interchangeDate; }
    public String interchangeTime() { return interchangeTime; }
    public Instant receivedAt() { return receivedAt; }
    public long messageId() { return messageId; }
}
