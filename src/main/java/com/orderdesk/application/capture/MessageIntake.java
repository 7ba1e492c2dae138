package com.orderdesk.application.capture;

import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.capture.edi.InterchangeAdmission;
import com.orderdesk.logic.capture.edi.X12Interchange;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.StockTakenException;
import com.orderdesk.logic.store.StoreException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One message taken into the inbox, whole or not at all: the message, its rows, the record of the
 * X12 interchanges it brings (received_interchange) and the orders saved from it are one unit of
 * work. Before, the interchanges were recorded in a unit of their own and each order in the next:
 * a desk stopped between them kept an interchange whose orders were never taken, and its sender's
 * second try was refused as a repeat (TA1 025). Two desks taking the same file or interchange at
 * the same moment meet at the book's unique indexes, and the one that comes second yields as it would
 * a moment later: the same file is already in the inbox, the same interchange is a repeat.
 */
final class MessageIntake {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(MessageIntake.class);

    /** What the message became (one status per draft) and what to send once its unit of work committed. */
    record Outcome(List<InboxStatus> statuses, List<EdiAcks.Pending> answers) {
    }

    /** A touchless draft the book would not take as an order: the unit is rolled back and run again with it to review. */
    private static final class OrderRefused extends RuntimeException {
        final int draftIndex;

        OrderRefused(int draftIndex, String message) {
            super(message, null, false, false); // no cause: a unit of work would read a database failure in it and translate it
            this.draftIndex = draftIndex;
        }
    }

    private final InboxUseCases inbox;
    private final UnitOfWork uow;
    private final InboxRepository repo;
    private final OrderUseCases orders;
    private final DraftOrders draftOrders;
    private final EdiAcks acks;
    private final Clock clock;

    MessageIntake(InboxUseCases inbox, UnitOfWork uow, InboxRepository repo, OrderUseCases orders, DraftOrders draftOrders,
                  EdiAcks acks, Clock clock) {
        this.inbox = inbox;
        this.uow = uow;
        this.repo = repo;
        this.orders = orders;
        this.draftOrders = draftOrders;
        this.acks = acks;
        this.clock = clock;
    }

    /**
     * Takes {@code m} in; empty when another desk took the same file (name and bytes) in at the same
     * moment. A touchless draft the book refuses (a date past, a ship-to gone) waits to review, and
     * the message's unit of work is run again without its order, so nothing of the refused try stays.
     */
    Optional<Outcome> take(SignedInUser user, CaptureEngine engine, PoRegister register, InboundMessage m, String sha) {
        List<Draft> read = List.copyOf(engine.capture(m, LocalDate.now(clock), register));
        X12OrderReader.Result edi = read.stream().anyMatch(d -> d.channel() == Channel.EDI) ? engine.readInterchange(m) : null;
        Map<Integer, String> notSaved = new HashMap<>();
        while (true) {
            try {
                return uow.write("Taking in " + m.fileName(), () -> once(user, m, sha, read, edi, notSaved));
            } catch (OrderRefused refused) {
                if (notSaved.putIfAbsent(refused.draftIndex, "not saved: " + refused.getMessage()) != null) {
                    throw new IllegalStateException("draft " + refused.draftIndex + " was refused twice", refused);
                }
            }
        }
    }

    /** One try of the message's unit of work (run again from the start by a retry: it keeps nothing of its own). */
    private Optional<Outcome> once(SignedInUser user, InboundMessage m, String sha, List<Draft> read, X12OrderReader.Result edi,
                                   Map<Integer, String> notSaved) {
        OptionalLong kept = repo.addMessage(m.fileName(), sha, clock.instant(), user.userName(), m.bytes());
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        long id = kept.getAsLong();
        List<Draft> drafts = new ArrayList<>(read);
        List<InboxStatus> statuses = new ArrayList<>();
        List<EdiAcks.Pending> answers = new ArrayList<>();
        X12OrderReader.Result answered = edi == null ? null : admit(edi, drafts, id);
        if (answered != null) { // each interchange of the file answered on its own, to its own sender
            answered.answers().forEach(a -> answers.add(a.fault() != null ? acks.interchange(a.interchange(), a.fault())
                    : acks.functional(a.interchange())));
        }
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.status() == DraftStatus.TOUCHLESS && !notSaved.containsKey(i)) {
                answers.addAll(saveTouchless(user, id, i, d, edi).stream().toList());
                statuses.add(InboxStatus.SAVED_TOUCHLESS);
                continue;
            }
            InboxStatus s = switch (d.status()) {
                case NOT_AN_ORDER -> InboxStatus.NOT_AN_ORDER;
                case REJECTED -> InboxStatus.REJECTED;
                default -> InboxStatus.TO_REVIEW;
            };
            String why = notSaved.containsKey(i) ? notSaved.get(i) : InboxUseCases.reasons(d.reasons());
            repo.addItem(InboxUseCases.item(id, i, d, s, why, null, null));
            if (s == InboxStatus.REJECTED) {
                // the reader's own words, for whoever looks into the sender's file (the clerk sees RejectionWords')
                LOG.info("{} rejected: {}", d.source(), why);
            }
            statuses.add(s);
        }
        return Optional.of(new Outcome(statuses, answers));
    }

    /**
     * The interchanges not addressed to this desk or taken before are refused (their drafts rejected,
     * a TA1 009 or 025 their answer); the others are claimed for message {@code messageId}. A claim
     * another desk made a moment before (its unit of work still open when this one looked) is a repeat too.
     */
    private X12OrderReader.Result admit(X12OrderReader.Result edi, List<Draft> drafts, long messageId) {
        Map<InterchangeAdmission.Key, X12Interchange> byKey = new HashMap<>();
        edi.answers().forEach(a -> byKey.putIfAbsent(InterchangeAdmission.Key.of(a.interchange()), a.interchange()));
        InterchangeAdmission.Admitted admitted = InterchangeAdmission.admit(edi, acks.ownId(), k -> {
            X12Interchange x = byKey.get(k);
            if (repo.claimInterchange(k.senderQualifier(), k.senderId(), k.controlNumber(), x.date(), x.time(), clock.instant(),
                    messageId)) {
                return null;
            }
            String when = repo.interchangeTakenBefore(k.senderQualifier(), k.senderId(), k.controlNumber());
            return when != null ? when : "a moment ago, by another desk";
        });
        for (int i = 0; i < drafts.size(); i++) {
            InterchangeAdmission.Refusal refusal = admitted.refusalOfOrder(i);
            if (refusal != null) {
                drafts.set(i, drafts.get(i).refused(refusal.reason() + ": its orders were not taken; the sender was answered"
                        + " with a TA1 (note code " + refusal.noteCode() + ")"));
            }
        }
        return admitted.result();
    }

    /** Saves a touchless draft as an order with its row, and its 855 when it came by EDI; {@link OrderRefused} when the book refuses it. */
    private Optional<EdiAcks.Pending> saveTouchless(SignedInUser user, long messageId, int index, Draft d, X12OrderReader.Result edi) {
        SavedOrder saved;
        try {
            saved = orders.saveCaptured(user, draftOrders.order(d), d.source());
        } catch (StockTakenException e) {
            throw e; // another desk's stock race: the unit of work runs the message again
        } catch (DraftOrders.NotSaveable | OrderValidationException | StoreException e) {
            throw new OrderRefused(index, e.getMessage());
        }
        repo.addItem(InboxUseCases.item(messageId, index, d, InboxStatus.SAVED_TOUCHLESS, "", saved.id(), user.userName()));
        return edi != null && edi.interchange() != null ? Optional.of(inbox.orderAck(user, edi, index, d, saved.id()))
                : Optional.empty();
    }
}
