package com.orderdesk.persistence.kpi;

import com.orderdesk.application.kpi.OrderTouches;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.CurrentSession;
import java.time.Clock;

/** One row in {@code order_touch} per decision, written through the unit of work's session. */
public final class HibernateOrderTouches implements OrderTouches {
    private final Clock clock;

    public HibernateOrderTouches(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void touched(SignedInUser user, long orderId, String action) {
        CurrentSession.get().createNativeMutationQuery(
                        "INSERT INTO order_touch (order_id, username, action, at) VALUES (:o, :u, :a, :t)")
                .setParameter("o", orderId)
                .setParameter("u", user.userName())
                .setParameter("a", action)
                .setParameter("t", clock.instant().toEpochMilli())
                .executeUpdate();
    }
}
