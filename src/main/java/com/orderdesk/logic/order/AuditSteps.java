package com.orderdesk.logic.order;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditValues;
import com.orderdesk.logic.order.TimelineEvent.Kind;
import com.orderdesk.logic.order.TimelineLink.Screen;
import com.orderdesk.model.order.OrderStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The decisions people made about an order, from its audit entries, as timeline steps: amendments,
 * credit checks with their reasons, releases and rejections, routing overrides, short picks and
 * the cancellation, each with the reason that was typed.
 */
final class AuditSteps {
    private final OrderHistory.Header order;

    AuditSteps(OrderHistory.Header order) {
        this.order = order;
    }

    Optional<TimelineEvent> step(AuditEntry e) {
        Map<String, String> after = AuditValues.parse(e.after());
        Map<String, String> before = AuditValues.parse(e.before());
        String reason = TimelineText.sentence(e.reason());
        TimelineLink audit = TimelineLink.to(Screen.AUDIT, e.documentId());
        return Optional.ofNullable(switch (e.action()) {
            case "ORDER_SAVE" -> "amended".equals(after.get("kind")) ? event(e, Kind.AMENDED, "Amended",
                    "Changed by " + e.user() + ": " + after.getOrDefault("lines", "?") + " lines, total "
                            + TimelineText.money(after.get("total")) + overrides(after) + ".", audit) : null;
            case AuditActions.CREDIT_CHECK_HOLD -> event(e, Kind.CREDIT_HOLD, "Held for credit",
                    (reason.isEmpty() ? "The credit check held the order." : reason)
                            + " A credit manager decides whether it goes on.",
                    order.status() == OrderStatus.CREDIT_HOLD ? new TimelineLink(Screen.CREDIT_HOLDS, order.number(),
                            order.orderId(), null) : audit);
            case AuditActions.CREDIT_CHECK_PASS -> event(e, Kind.CREDIT_PASSED, "Credit check passed",
                    "Within the customer's credit" + exposure(after) + "; released to fulfillment.", audit);
            case AuditActions.CREDIT_RELEASE -> event(e, Kind.CREDIT_RELEASED, "Released from credit hold",
                    "Released by " + e.user() + (reason.isEmpty() ? "." : ": " + reason), audit);
            case AuditActions.CREDIT_KEEP -> event(e, Kind.CREDIT_KEPT, "Kept on credit hold",
                    "Kept on hold by " + e.user() + (reason.isEmpty() ? "." : ": " + reason), audit);
            case AuditActions.CREDIT_REJECT -> event(e, Kind.CREDIT_REJECTED, "Rejected for credit",
                    "Rejected by " + e.user() + (reason.isEmpty() ? "." : ": " + reason) + " The order is cancelled.", audit);
            case "ROUTING_OVERRIDE" -> event(e, Kind.ROUTING_OVERRIDE, "Routing overridden",
                    "Re-planned by hand by " + e.user() + (reason.isEmpty() ? "." : ": " + reason) + " Was "
                            + before.getOrDefault("plan", "?") + " (" + TimelineText.money(before.get("cost")) + "); now "
                            + after.getOrDefault("plan", "?") + " (" + TimelineText.money(after.get("cost")) + ").",
                    new TimelineLink(Screen.FULFILLMENT, order.number(), order.orderId(), null));
            case "SHORT_PICK" -> event(e, Kind.SHORT_PICK, "Short pick",
                    e.documentId() + ": " + TimelineText.sentence(e.reason()),
                    new TimelineLink(Screen.FULFILLMENT, order.number(), order.orderId(), null));
            case "ORDER_CANCEL" -> event(e, Kind.CANCELLED, "Cancelled",
                    "Cancelled by " + e.user() + (reason.isEmpty() ? "." : ": " + reason)
                            + " Stock reserved for it was given back.", audit);
            default -> null;
        });
    }

    /** The file an order was captured from by the order inbox, if it was. */
    static Optional<String> capturedFrom(List<AuditEntry> entries) {
        return entries.stream().filter(e -> "ORDER_SAVE".equals(e.action()))
                .map(e -> AuditValues.parse(e.after()).get("capturedFrom")).filter(s -> s != null && !s.isBlank()).findFirst();
    }

    /** "Copied from SO-100007" on the entry step, when the order was saved as a copy. */
    static Optional<String> copiedFrom(List<AuditEntry> entries) {
        return entries.stream().filter(e -> "ORDER_SAVE".equals(e.action()))
                .map(e -> AuditValues.parse(e.after()).get("copiedFrom")).filter(s -> s != null && !s.isBlank()).findFirst();
    }

    private static TimelineEvent event(AuditEntry e, Kind kind, String title, String detail, TimelineLink link) {
        return new TimelineEvent(e.timestamp(), true, kind, title, detail, e.user(), link);
    }

    private static String overrides(Map<String, String> after) {
        String o = after.get("priceOverrides");
        return o == null ? "" : "; prices typed: " + o;
    }

    private static String exposure(Map<String, String> after) {
        String exposure = after.get("exposure");
        String risk = after.get("riskClass");
        if (exposure == null && risk == null) {
            return "";
        }
        return " (exposure " + TimelineText.money(exposure) + (risk == null ? "" : ", risk class " + TimelineText.words(risk)) + ")";
    }
}
