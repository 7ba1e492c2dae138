package com.orderdesk.gui.fulfillment;

import com.orderdesk.logic.fulfillment.NodeStock;
import com.orderdesk.logic.security.SignedInUser;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The network the fulfillment map shows (every node, from the routing book), and when it must be read again. It
 * changes only with the routing settings, so the screen reads it when it opens and again only after the settings
 * were saved at this desk; it was read on every refresh of the screen (each visit, each route, release or ship).
 */
public final class MapNetworkReads {
    private final Function<SignedInUser, List<NodeStock>> read;
    private final AtomicLong saves = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** {@code read} is the use case's {@code network} (a test may count the calls through it). */
    public MapNetworkReads(Function<SignedInUser, List<NodeStock>> read) {
        this.read = read;
    }

    List<NodeStock> read(SignedInUser user) {
        return read.apply(user);
    }

    /** How many times the routing settings were saved here: a screen whose network is older reads it again. */
    long edition() {
        return saves.get();
    }

    /** The routing settings were saved: the network is read again (listeners are told, on the saving thread). */
    void settingsSaved() {
        saves.incrementAndGet();
        listeners.forEach(Runnable::run);
    }

    /** Told after each save of the routing settings, on the thread that saved. */
    void onSettingsSaved(Runnable listener) {
        listeners.add(listener);
    }
}
