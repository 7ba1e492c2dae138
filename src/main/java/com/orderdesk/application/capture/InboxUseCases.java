package com.orderdesk.application.capture;

import com.orderdesk.application.AccessControl;
import com.orderdesk.application.AuditRecorder;
import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.UnitOfWork;
import com.orderdesk.application.company.CompanyDefaults;
import com.orderdesk.application.customer.CaptureCustomers;
import com.orderdesk.application.customer.CustomerMaintenance;
import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.edi.InterchangeAdmission;
import com.orderdesk.logic.capture.edi.X12Interchange;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.OrderValidationException;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.logic.store.StoreException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The order inbox: messages taken in (drop folder, Import messages..., files dropped on the window)
 * are read by the capture engine against the book; a touchless draft is saved at once through the
 * same use case as a keyed order ({@link OrderUseCases#saveCaptured}: permission, credit check,
 * routing, audit entry "captured from FILE"), everything else waits in the inbox with its reasons.
 * Every message is kept whole in the book. EDI interchanges get a 997, EDI orders saved an 855.
 */
public final class InboxUseCases {
    /** How many rows the inbox shows (newest first); older ones stay in the book. */
    public static final int LIST_LIMIT = 2_000;
    static final String DROP_FOLDER_SETTING = "inbox.dropFolder";
    static final String OUTBOX_SETTING = "inbox.outboxFolder";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(InboxUseCases.class);

    /** Where messages are picked up and acknowledgments written. */
    public record Folders(Path dropFolder, Path outbox) {
    }

    private final UnitOfWork uow;
    private final AccessControl access;
    private final InboxRepository repo;
    private final OrderUseCases orders;
    private final CustomerMaintenance customers;
    private final CompanyDefaults company;
    private final AckOutbox outbox;
    private final Clock clock;
    private final Folders defaults;
    private final DraftOrders draftOrders;
    private final EdiAcks acks;
    private final InboxReview review;
    private final InboxFolderSettings settings;

    public InboxUseCases(UnitOfWork uow, AccessControl access, InboxRepository repo, OrderUseCases orders,
                         CustomerMaintenance customers, CompanyDefaults company, AuditRecorder audit, AckOutbox outbox,
                         Clock clock, Folders defaults) {
        this.uow = uow;
        this.access = access;
        this.repo = repo;
        this.orders = orders;
        this.customers = customers;
        this.company = company;
        this.outbox = outbox;
        this.clock = clock;
        this.defaults = defaults;
        this.draftOrders = new DraftOrders(repo);
        this.acks = new EdiAcks(repo, clock);
        this.review = new InboxReview(this, uow, access, repo, orders, audit);
        this.settings = new InboxFolderSettings(uow, access, repo, audit, this);
    }

    /** The drop folder and outbox as administrators set them. */
    public InboxFolderSettings settings() {
        return settings;
    }

    /** Opening drafts to review, saving them, "not an order", and the original message of an order. */
    public InboxReview review() {
        return review;
    }

    /** The drop folder and the outbox: company settings, else the folders under the data folder. */
    public Folders folders(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> new Folders(path(repo.setting(DROP_FOLDER_SETTING), defaults.dropFolder()),
                path(repo.setting(OUTBOX_SETTING), defaults.outbox())));
    }

    private static Path path(String setting, Path otherwise) {
        return setting == null || setting.isBlank() ? otherwise : Path.of(setting.strip());
    }

    public Listing<InboxRow> list(SignedInUser user) {
        access.require(user, Permission.VIEW_ORDERS);
        return uow.read(() -> repo.list(LIST_LIMIT));
    }

    /**
     * Takes {@code messages} in, one after the other (each message in units of work of its own,
     * so a cancel or a failure keeps what was done): a message the inbox already holds (same file
     * name and bytes) is left out; every draft found gets its row, touchless ones their order.
     * {@code progress} is told before each message and asked between them (a stop keeps what was read).
     */
    public ImportSummary take(SignedInUser user, List<InboundMessage> messages, BatchProgress progress) {
        access.require(user, Permission.ENTER_ORDER);
        CaptureEngine engine = engine(user);
        PoRegister register = PoRegister.of(uow.read(repo::usedPoNumbers));
        Folders folders = folders(user);
        Map<InboxStatus, Integer> counts = new EnumMap<>(InboxStatus.class);
        List<String> already = new ArrayList<>();
        int read = 0;
        boolean cancelled = false;
        for (InboundMessage m : messages) {
            if (progress.stopRequested()) {
                cancelled = true;
                break;
            }
            progress.starting(read + already.size() + 1, messages.size());
            String sha = sha256(m.bytes());
            if (uow.read(() -> repo.hasMessage(m.fileName(), sha))) {
                already.add(m.fileName());
            } else {
                takeOne(user, engine, register, folders, m, sha).forEach(s -> counts.merge(s, 1, Integer::sum));
                read++;
            }
        }
        return new ImportSummary(read, already, counts, messages.size(), cancelled);
    }

    private List<InboxStatus> takeOne(SignedInUser user, CaptureEngine engine, PoRegister register, Folders folders,
                                      InboundMessage m, String sha) {
        LocalDate today = LocalDate.now(clock);
        List<Draft> drafts = new ArrayList<>(engine.capture(m, today, register));
        X12OrderReader.Result edi = drafts.stream().anyMatch(d -> d.channel() == com.orderdesk.logic.capture.Channel.EDI)
                ? engine.readInterchange(m) : null;
        List<InboxStatus> statuses = new ArrayList<>();
        List<EdiAcks.Pending> toSend = new ArrayList<>();
        long messageId = uow.write("Taking in " + m.fileName(), () -> {
            long id = repo.addMessage(m.fileName(), sha, clock.instant(), user.userName(), m.bytes());
            X12OrderReader.Result answered = edi == null ? null : admit(edi, drafts, id);
            for (int i = 0; i < drafts.size(); i++) {
                Draft d = drafts.get(i);
                if (d.status() != DraftStatus.TOUCHLESS) {
                    InboxStatus s = switch (d.status()) {
                        case NOT_AN_ORDER -> InboxStatus.NOT_AN_ORDER;
                        case REJECTED -> InboxStatus.REJECTED;
                        default -> InboxStatus.TO_REVIEW;
                    };
                    repo.addItem(item(id, i, d, s, reasons(d.reasons()), null, null));
                    if (s == InboxStatus.REJECTED) {
                        // the reader's own words, for whoever looks into the sender's file (the clerk sees RejectionWords')
                        LOG.info("{} rejected: {}", d.source(), reasons(d.reasons()));
                    }
                    statuses.add(s);
                }
            }
            if (answered != null) { // each interchange of the file answered on its own, to its own sender
                answered.answers().forEach(a -> toSend.add(a.fault() != null ? acks.interchange(a.interchange(), a.fault())
                        : acks.functional(a.interchange())));
            }
            return id;
        });
        for (int i = 0; i < drafts.size(); i++) {
            Draft d = drafts.get(i);
            if (d.status() == DraftStatus.TOUCHLESS) {
                statuses.add(saveTouchless(user, messageId, i, d, edi, toSend));
            }
        }
        toSend.forEach(p -> p.send(outbox, folders.outbox()));
        return statuses;
    }

    /**
     * Inside the unit of work that keeps message {@code messageId}: the interchanges not addressed to
     * this desk or taken before are refused (their drafts rejected, a TA1 009 or 025 their answer),
     * the others recorded as taken. Returns what to answer each interchange with.
     */
    private X12OrderReader.Result admit(X12OrderReader.Result edi, List<Draft> drafts, long messageId) {
        InterchangeAdmission.Admitted admitted = InterchangeAdmission.admit(edi, acks.ownId(),
                k -> repo.interchangeTakenBefore(k.senderQualifier(), k.senderId(), k.controlNumber()));
        for (int i = 0; i < drafts.size(); i++) {
            InterchangeAdmission.Refusal refusal = admitted.refusalOfOrder(i);
            if (refusal != null) {
                drafts.set(i, drafts.get(i).refused(refusal.reason() + ": its orders were not taken; the sender was answered"
                        + " with a TA1 (note code " + refusal.noteCode() + ")"));
            }
        }
        for (X12Interchange x : admitted.taken()) {
            InterchangeAdmission.Key k = InterchangeAdmission.Key.of(x);
            repo.interchangeTaken(k.senderQualifier(), k.senderId(), k.controlNumber(), x.date(), x.time(), clock.instant(), messageId);
        }
        return admitted.result();
    }

    /** Saves a touchless draft as an order; when the book refuses it (a date past, a ship-to gone), it waits to review. */
    private InboxStatus saveTouchless(SignedInUser user, long messageId, int index, Draft d, X12OrderReader.Result edi,
                                      List<EdiAcks.Pending> toSend) {
        try {
            EdiAcks.Pending ack = uow.write("Saving the order captured from " + d.source(), () -> {
                OrderDraft order = draftOrders.order(d);
                SavedOrder saved = orders.saveCaptured(user, order, d.source());
                repo.addItem(item(messageId, index, d, InboxStatus.SAVED_TOUCHLESS, "", saved.id(), user.userName()));
                return edi != null && edi.interchange() != null ? orderAck(user, edi, index, d, saved.id()) : null;
            });
            if (ack != null) {
                toSend.add(ack);
            }
            return InboxStatus.SAVED_TOUCHLESS;
        } catch (DraftOrders.NotSaveable | OrderValidationException | StoreException e) {
            String why = "not saved: " + e.getMessage();
            uow.run("Keeping " + d.source() + " to review",
                    () -> repo.addItem(item(messageId, index, d, InboxStatus.TO_REVIEW, why, null, null)));
            return InboxStatus.TO_REVIEW;
        }
    }

    /** The 855 of an EDI order just saved (inside its unit of work), to the sender of the interchange the order came in. */
    EdiAcks.Pending orderAck(SignedInUser user, X12OrderReader.Result edi, int draftIndex, Draft d, long orderId) {
        return acks.orderAck(edi.interchangeOf(draftIndex), d, orders.load(user, orderId), repo.backordered(orderId));
    }

    void send(List<EdiAcks.Pending> pending, SignedInUser user) {
        Path folder = folders(user).outbox();
        pending.forEach(p -> p.send(outbox, folder));
    }

    static InboxRepository.NewItem item(long messageId, int index, Draft d, InboxStatus status, String reasons, Long orderId,
                                        String decidedBy) {
        return new InboxRepository.NewItem(messageId, index, d.source(), d.channel().name(), status, d.customerNo(),
                d.poNumber(), DraftOrders.total(d), reasons, orderId, decidedBy);
    }

    static String reasons(List<Reason> reasons) {
        return reasons.stream().map(Reason::text).collect(Collectors.joining("; "));
    }

    /** The engine over the book as it stands: customers, ship-tos, part numbers, catalogue, today's contract prices. */
    CaptureEngine engine(SignedInUser user) {
        CaptureCustomers who = customers.captureCustomers(user);
        LocalDate today = LocalDate.now(clock);
        return uow.read(() -> new CaptureEngine(who.masterData(repo.products(), repo.prices(today), company.ownMailDomains())));
    }

    DraftOrders draftOrders() {
        return draftOrders;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
