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
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.capture.Reason;
import com.orderdesk.logic.capture.edi.X12OrderReader;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
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
    private final MessageIntake intake;

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
        this.intake = new MessageIntake(this, uow, repo, orders, draftOrders, acks, clock);
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
     * Takes {@code messages} in, one after the other (each message whole in a unit of work of its own,
     * {@link MessageIntake}, so a cancel or a failure keeps what was done): a message the inbox already holds (same file
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
                var outcome = intake.take(user, engine, register, m, sha);
                if (outcome.isEmpty()) { // another desk took the same file in at the same moment
                    already.add(m.fileName());
                    continue;
                }
                outcome.get().statuses().forEach(s -> counts.merge(s, 1, Integer::sum));
                outcome.get().answers().forEach(p -> p.send(outbox, folders.outbox()));
                read++;
            }
        }
        return new ImportSummary(read, already, counts, messages.size(), cancelled);
    }

    /**
     * The 855 of an EDI order just saved (inside its unit of work), to the sender of the interchange the
     * order came in, in its group's codes, with its PO's date: read from the stored message, as the order was.
     */
    EdiAcks.Pending orderAck(SignedInUser user, X12OrderReader.Result edi, int draftIndex, Draft d, long orderId) {
        return acks.orderAck(edi.interchangeOf(draftIndex), edi.groupOf(draftIndex), edi.poDateOf(draftIndex), d,
                orders.load(user, orderId), repo.backordered(orderId));
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
