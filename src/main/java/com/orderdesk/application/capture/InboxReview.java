package com.orderdesk.application.capture;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.audit.AuditEvent;
import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StoreException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a clerk does with a draft to review: open it beside its message (the engine reads the
 * stored message again, so the words of each field and line can be highlighted), save it as an
 * order after fixing it, or mark it "not an order" with a reason; and the original message of an
 * order captured from one.
 */
public final class InboxReview {
    public static final String NOT_AN_ORDER = "INBOX_NOT_AN_ORDER";
    public static final String INBOX_ITEM = "INBOX_ITEM";

    private final InboxUseCases inbox;
    private final UnitOfWork uow;
    private final AccessControl access;
    private final InboxRepository repo;
    private final OrderUseCases orders;
    private final AuditRecorder audit;

    InboxReview(InboxUseCases inbox, UnitOfWork uow, AccessControl access, InboxRepository repo, OrderUseCases orders,
                AuditRecorder audit) {
        this.inbox = inbox;
        this.uow = uow;
        this.access = access;
        this.repo = repo;
        this.orders = orders;
        this.audit = audit;
    }

    /** The item and its draft as read again from the stored message (the reasons are those of the import). */
    public ReviewItem open(SignedInUser user, long itemId) {
        access.require(user, Permission.VIEW_ORDERS);
        InboxRow row = uow.read(() -> repo.item(itemId)).orElseThrow(() -> new StoreException("No inbox item " + itemId));
        InboundMessage m = message(row.messageId());
        CaptureEngine engine = inbox.engine(user);
        List<Draft> drafts = engine.capture(m, LocalDate.ofInstant(row.receivedAt(), java.time.ZoneOffset.UTC), PoRegister.empty());
        if (row.draftIndex() >= drafts.size()) {
            throw new StoreException("The message " + row.fileName() + " no longer reads as it did; open it as text.");
        }
        Draft draft = drafts.get(row.draftIndex());
        return new ReviewItem(row, draft, uow.read(() -> inbox.draftOrders().proposal(draft)));
    }

    /**
     * Saves the fixed draft as a new order through order entry's use case (credit check, routing,
     * audit "captured from FILE, reviewed by", the review a person's touch of the order), and the
     * item becomes "saved after review"; an EDI order gets its
     * 855. Refused when another desk dealt with the item first, and when the customer already has an
     * order on its PO unless {@code newOrderOnSamePo} (the clerk confirmed it is a new order; see
     * {@link OrderUseCases#save(SignedInUser, OrderDraft, String, boolean)}).
     */
    public SavedOrder save(SignedInUser user, long itemId, OrderDraft order, boolean newOrderOnSamePo) {
        access.require(user, Permission.ENTER_ORDER);
        List<EdiAcks.Pending> acks = new ArrayList<>();
        SavedOrder saved = uow.write("Saving the reviewed order", () -> {
            InboxRow row = repo.item(itemId).orElseThrow(() -> new StoreException("No inbox item " + itemId));
            SavedOrder s = orders.saveReviewed(user, order, row.source(), newOrderOnSamePo);
            if (!repo.decide(itemId, InboxStatus.TO_REVIEW, InboxStatus.SAVED_AFTER_REVIEW, s.id(), user.userName())) {
                throw new StoreException(row.source() + " was already dealt with on another desk; reload the inbox.");
            }
            if (row.channel() == com.orderdesk.model.order.OrderChannel.EDI) {
                InboundMessage m = message(row.messageId());
                CaptureEngine engine = inbox.engine(user);
                X12OrderReader.Result edi = engine.readInterchange(m);
                List<Draft> drafts = engine.capture(m, LocalDate.ofInstant(row.receivedAt(), java.time.ZoneOffset.UTC),
                        PoRegister.empty());
                if (edi.interchange() != null && row.draftIndex() < drafts.size()
                        && drafts.get(row.draftIndex()).channel() == Channel.EDI) {
                    acks.add(inbox.orderAck(user, edi, row.draftIndex(), drafts.get(row.draftIndex()), s.id()));
                }
            }
            return s;
        });
        inbox.send(acks, user);
        return saved;
    }

    /** The clerk decides the message holds no order: kept in the inbox as such, with the reason in the audit trail. */
    public void markNotAnOrder(SignedInUser user, long itemId, String why) {
        access.require(user, Permission.ENTER_ORDER);
        uow.run("Marking the message not an order", () -> {
            InboxRow row = repo.item(itemId).orElseThrow(() -> new StoreException("No inbox item " + itemId));
            if (!repo.decide(itemId, InboxStatus.TO_REVIEW, InboxStatus.NOT_AN_ORDER, null, user.userName())) {
                throw new StoreException(row.source() + " is " + row.status().label().toLowerCase(java.util.Locale.ROOT)
                        + "; only a message to review can be marked not an order.");
            }
            audit.record(user, AuditEvent.of(user.userName(), NOT_AN_ORDER, INBOX_ITEM, row.source())
                    .withReason(why == null || why.isBlank() ? "not an order" : why.strip()));
        });
    }

    /** The message an order was captured from, or null when it was keyed. */
    public OriginalMessage originalOfOrder(SignedInUser user, long orderId) {
        access.require(user, Permission.VIEW_ORDERS);
        Long messageId = uow.read(() -> repo.messageOfOrder(orderId)).orElse(null);
        return messageId == null ? null : original(user, messageId);
    }

    /** A stored message as the engine reads it (mail decoded to text, EDI and CSV as they are). */
    public OriginalMessage original(SignedInUser user, long messageId) {
        access.require(user, Permission.VIEW_ORDERS);
        InboxRepository.StoredMessage m = uow.read(() -> repo.message(messageId))
                .orElseThrow(() -> new StoreException("No inbox message " + messageId));
        List<Draft> drafts = inbox.engine(user).capture(new InboundMessage(m.fileName(), m.content()),
                LocalDate.ofInstant(m.receivedAt(), java.time.ZoneOffset.UTC), PoRegister.empty());
        String text = drafts.isEmpty() ? new String(m.content(), java.nio.charset.StandardCharsets.UTF_8)
                : drafts.get(0).decodedText();
        return new OriginalMessage(m.fileName(), m.receivedAt(), m.receivedBy(), text);
    }

    private InboundMessage message(long messageId) {
        InboxRepository.StoredMessage m = uow.read(() -> repo.message(messageId))
                .orElseThrow(() -> new StoreException("No inbox message " + messageId));
        return new InboundMessage(m.fileName(), m.content());
    }
}
