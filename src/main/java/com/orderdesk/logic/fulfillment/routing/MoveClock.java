package com.orderdesk.logic.fulfillment.routing;

/**
 * Which nodes' cap or load moved since a given time, in O(1): {@link NodeSetSolver} tells of every
 * change ({@link #moved} for one node's load, {@link #movedAll} for new levels or cleared loads), and
 * {@link PlacementBound} asks at each floor whether, since its last floor at that depth, nothing
 * moved, only one node did (the search's step: one stockist's units, one fewer each time), or more.
 * It keeps the time of the latest change, its node, and the time of the latest change of any other
 * node: only n moved since t exactly when the latest change is n's and no other came after t.
 */
final class MoveClock {
    static final int NONE = -1;
    static final int SEVERAL = -2;

    private long now = 1;
    private int latestNode = SEVERAL;
    private long latestAt = 1;
    private long otherAt = 1;

    void moved(int n) {
        now++;
        if (n != latestNode) {
            otherAt = latestAt;
            latestNode = n;
        }
        latestAt = now;
    }

    void movedAll() {
        now++;
        latestNode = SEVERAL;
        latestAt = now;
        otherAt = now;
    }

    long now() {
        return now;
    }

    /** {@link #NONE} when nothing moved after time t, the node when only it did, else {@link #SEVERAL}. */
    int since(long t) {
        if (latestAt <= t) {
            return NONE;
        }
        return otherAt <= t ? latestNode : SEVERAL;
    }
}
