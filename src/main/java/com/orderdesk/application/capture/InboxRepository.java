package com.orderdesk.application.capture;

import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.common.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The order inbox's messages and what capturing reads from the book, in the open unit of work (a port). */
public interface InboxRepository {
    /** A message as stored: its file, when and by whom it was taken in, its bytes. */
    record StoredMessage(long id, String fileName, Instant receivedAt, String receivedBy, byte[] content) {
    }

    /** What a new inbox row holds. */
    record NewItem(long messageId, int draftIndex, String source, String channel, InboxStatus status, String customerNo,
                   String poNumber, Money total, String reasons, Long orderId, String decidedBy) {
    }

    boolean hasMessage(String fileName, String sha256);

    /**
     * Keeps a message taken in; empty when the book holds the same file (name and bytes) already: another
     * desk took it in at the same moment (it waits for that desk's unit of work to end, then yields).
     */
    java.util.OptionalLong addMessage(String fileName, String sha256, Instant receivedAt, String receivedBy, byte[] content);

    long addItem(NewItem item);

    /** Sets an item's status, order and decider; false when another desk decided it first. */
    boolean decide(long itemId, InboxStatus from, InboxStatus to, Long orderId, String decidedBy);

    /** The newest {@code limit} rows, newest first; damaged rows named and left out. */
    Listing<InboxRow> list(int limit);

    Optional<InboxRow> item(long itemId);

    Optional<StoredMessage> message(long messageId);

    /** The message an order was captured from. */
    Optional<Long> messageOfOrder(long orderId);

    /** Customer number to the PO numbers of its orders in the book (for duplicates across runs). */
    Map<String, Set<String>> usedPoNumbers();

    /** The active catalogue, as the engine knows it. */
    List<MasterData.Product> products();

    /** Contract prices valid on {@code day} (the newest where several are). */
    List<MasterData.Price> prices(LocalDate day);

    Optional<Long> customerId(String customerNo);

    /** The ship-to with {@code code} of the customer, or its default when {@code code} is null. */
    Optional<Long> shipToId(long customerId, String code);

    /** Product ids by SKU. */
    Map<String, Long> productIds(Collection<String> skus);

    /** Open backordered quantity by SKU for the order (what the 855 reports as backordered). */
    Map<String, Integer> backordered(long orderId);

    /** Unit of measure by SKU. */
    Map<String, String> units(Collection<String> skus);

    /** The next value of an X12 control number series (X12_ISA, X12_GS), taken in this unit of work. */
    int nextControlNumber(String series);

    /**
     * When the X12 interchange of this sender (ISA05, ISA06) and control number (ISA13) was taken in
     * before, and in which file ("2026-11-26 09:12 UTC in acme.edi"), or null when it never was.
     */
    String interchangeTakenBefore(String senderQualifier, String senderId, String controlNumber);

    /**
     * Records that message {@code messageId} takes the X12 interchange of this sender and control
     * number; false when the book has it already, from another message or from another desk that
     * took it at the same moment (the call then waits for that desk's unit of work to end).
     */
    boolean claimInterchange(String senderQualifier, String senderId, String controlNumber, String date, String time,
                             Instant receivedAt, long messageId);

    /** A company setting, or null. */
    String setting(String key);

    /** Stores a company setting (added or replaced). */
    void putSetting(String key, String value);
}
