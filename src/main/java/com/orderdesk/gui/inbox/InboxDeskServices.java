package com.orderdesk.gui.inbox;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.capture.ImportSummary;
import com.orderdesk.application.capture.InboxRow;
import com.orderdesk.application.capture.InboxUseCases;
import com.orderdesk.application.capture.OriginalMessage;
import com.orderdesk.application.capture.ReviewItem;
import com.orderdesk.gui.order.CapturedOrder;
import com.orderdesk.gui.order.OrderDeskServices;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.order.SavedOrder;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** What the order inbox screen needs from the use cases, each call made as the user signed in at this desk (off the FX thread). */
public record InboxDeskServices(InboxUseCases inbox, OrderDeskServices orders, Supplier<SignedInUser> currentUser) {

    /** A draft to review and what its order entry pane shows. */
    record Opened(ReviewItem item, CapturedOrder.Prepared prepared) {
    }

    Listing<InboxRow> list() {
        return inbox.list(currentUser.get());
    }

    /** Reads the files and takes them in; a file that cannot be read stops nothing but itself. */
    ImportSummary take(List<Path> files, BatchProgress progress) {
        List<InboundMessage> messages = new ArrayList<>();
        for (Path f : files) {
            messages.add(read(f));
        }
        return inbox.take(currentUser.get(), messages, progress);
    }

    static InboundMessage read(Path f) {
        try {
            return new InboundMessage(f.getFileName().toString(), Files.readAllBytes(f));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + f + ": " + e.getMessage(), e);
        }
    }

    Opened open(long itemId) {
        ReviewItem item = inbox.review().open(currentUser.get(), itemId);
        return new Opened(item, CapturedOrder.prepare(orders, item.proposal()));
    }

    SavedOrder save(long itemId, OrderDraft draft, boolean newOrderOnSamePo) {
        return inbox.review().save(currentUser.get(), itemId, draft, newOrderOnSamePo);
    }

    void markNotAnOrder(long itemId, String why) {
        inbox.review().markNotAnOrder(currentUser.get(), itemId, why);
    }

    OriginalMessage original(long messageId) {
        return inbox.review().original(currentUser.get(), messageId);
    }

    InboxUseCases.Folders currentFolders() {
        return inbox.settings().current(currentUser.get());
    }

    boolean changeFolders(InboxUseCases.Folders folders, String reason) {
        return inbox.settings().change(currentUser.get(), folders, reason);
    }

    InboxUseCases.Folders folders() {
        return inbox.folders(currentUser.get());
    }
}
