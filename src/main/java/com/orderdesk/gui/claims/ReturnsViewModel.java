package com.orderdesk.gui.claims;

import com.orderdesk.application.claims.ReceiptResult;
import com.orderdesk.application.claims.ReturnRequest;
import com.orderdesk.application.claims.ReturnsUseCases;
import com.orderdesk.logic.claims.RestockingFee;
import com.orderdesk.logic.claims.ReturnRow;
import com.orderdesk.logic.claims.ReturnableLine;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.store.Listing;
import com.orderdesk.model.claims.ReturnReason;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The returns screen without widgets: the lines of an invoice that may come back, the fee the
 * policy would keep for a reason (or none when waived, which needs a reason), the request the
 * clerk composed, and the receipt of units inspected to stock or scrap.
 */
public final class ReturnsViewModel {
    private final ReturnsUseCases returns;
    private final Supplier<SignedInUser> user;
    private Map<ReturnReason, BigDecimal> policy = Map.of();

    private static final com.orderdesk.gui.common.Formats FORMATS = com.orderdesk.gui.common.Formats.forDefaultLocale();

    public ReturnsViewModel(ReturnsUseCases returns, Supplier<SignedInUser> user) {
        this.returns = returns;
        this.user = user;
    }

    public List<ReturnableLine> returnable(String invoice) {
        if (policy.isEmpty()) {
            policy = returns.feePolicy(user.get());
        }
        return returns.returnable(user.get(), invoice);
    }

    public Listing<ReturnRow> list() {
        return returns.list(user.get());
    }

    public BigDecimal feePercent(ReturnReason reason) {
        return reason == null ? BigDecimal.ZERO : policy.getOrDefault(reason, BigDecimal.ZERO);
    }

    /** "15 % = 16.14 kept of 107.63" for {@code units} of the line, or why nothing is kept. */
    public String feeText(ReturnableLine line, int units, ReturnReason reason, boolean waived) {
        if (line == null || units <= 0) {
            return "";
        }
        if (units > line.returnable()) {
            return ReturnsText.atMost(line);
        }
        if (reason == null) {
            return "";
        }
        BigDecimal pct = feePercent(reason);
        Money value = RestockingFee.valueOf(line.net(), line.invoiced(), units);
        if (pct.signum() == 0) {
            return ReturnsText.noFee(reason, FORMATS.money(value));
        }
        Money fee = RestockingFee.fee(value, pct, waived);
        // amounts as every sentence on screen writes them ("1,234.50", no sign; it read "1234.50")
        return ReturnsText.fee(FORMATS.percent(pct), waived, FORMATS.money(fee), FORMATS.money(value.minus(fee)), FORMATS.money(value));
    }

    /** The field a refused return is about, where the cursor goes to put it right. */
    public enum Field { LINE, QUANTITY, REASON, WAIVE_REASON }

    /** Why the return cannot be authorized as typed, and the field to correct. */
    public record Refusal(Field field, String text) {
    }

    /** What the screen can check before it asks (the use case checks again): null when nothing is wrong. */
    public static Refusal check(ReturnableLine line, int quantity, ReturnReason reason, boolean waive, String waiveReason) {
        if (line == null) {
            return new Refusal(Field.LINE, ReturnsText.chooseLine());
        }
        if (quantity < 1 || quantity > line.returnable()) {
            return new Refusal(Field.QUANTITY, ReturnsText.quantityRange(line));
        }
        if (reason == null) {
            return new Refusal(Field.REASON, ReturnsText.chooseReason());
        }
        if (waive && (waiveReason == null || waiveReason.isBlank())) {
            return new Refusal(Field.WAIVE_REASON, ReturnsText.waiveReason());
        }
        return null;
    }

    /** Checks what the screen can check (the use case checks again) and returns the RMA number. */
    public String authorize(ReturnableLine line, int quantity, ReturnReason reason, boolean waive, String waiveReason,
                            Long nodeId, String note) {
        Refusal refusal = check(line, quantity, reason, waive, waiveReason);
        if (refusal != null) {
            throw new IllegalArgumentException(refusal.text());
        }
        return returns.authorize(user.get(), new ReturnRequest(line.invoiceNumber(), line.lineNo(), quantity, reason,
                waive ? waiveReason : null, nodeId, note));
    }

    /** What may be received, to stock plus scrapped ("Received: 1 to 1 units in all" for a return of one unit). */
    static String receivableUnits(int outstanding) {
        return ReturnsText.receivableUnits(outstanding);
    }

    public ReceiptResult receive(ReturnRow rma, int toStock, int scrapped, String note) {
        if (toStock < 0 || scrapped < 0 || toStock + scrapped < 1 || toStock + scrapped > rma.outstanding()) {
            throw new IllegalArgumentException(receivableUnits(rma.outstanding()));
        }
        return returns.receive(user.get(), rma.id(), rma.version(), toStock, scrapped, note);
    }
}
