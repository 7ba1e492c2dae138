package com.orderdesk.logic.order;

import com.orderdesk.logic.common.ReadableDates;
import com.orderdesk.model.common.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules an order must meet before it can be saved, each broken rule said as a sentence that
 * names what is wrong and what is allowed.
 */
public final class OrderValidator {
    public static final int MAX_QUANTITY = 99_999;
    public static final Money MAX_UNIT_PRICE = Money.of("999999.99");
    public static final int MAX_PO_LENGTH = 40;
    public static final int MAX_NOTES_LENGTH = 2000;

    private OrderValidator() {
    }

    public static List<ValidationProblem> validate(OrderDraft draft, LocalDate today) {
        List<ValidationProblem> problems = new ArrayList<>();
        if (draft.customerId() == null) {
            problems.add(new ValidationProblem("customer", 0, "Choose a customer: type a name, number or phone and pick one from the list."));
        }
        if (draft.customerId() != null && draft.shipToId() == null) {
            problems.add(new ValidationProblem("shipTo", 0, "Choose a ship-to address for the customer."));
        }
        if (draft.channel() == null) {
            problems.add(new ValidationProblem("channel", 0, "Choose how the order came in: phone or email."));
        }
        if (draft.customerPo() != null && draft.customerPo().length() > MAX_PO_LENGTH) {
            problems.add(new ValidationProblem("customerPo", 0, "The customer PO reference may have at most " + MAX_PO_LENGTH + " characters."));
        }
        if (draft.notes() != null && draft.notes().length() > MAX_NOTES_LENGTH) {
            problems.add(new ValidationProblem("notes", 0, "Notes may have at most " + MAX_NOTES_LENGTH + " characters."));
        }
        if (draft.isNew() && draft.requestedDate() != null && draft.requestedDate().isBefore(today)) {
            problems.add(new ValidationProblem("requestedDate", 0, "The requested delivery date " + ReadableDates.format(draft.requestedDate())
                    + " is in the past; enter today or a later date."));
        }
        if (draft.lines().isEmpty()) {
            problems.add(new ValidationProblem("lines", 0, "Add at least one line: type a SKU or description in the Product field above the lines and press Enter."));
        }
        for (int i = 0; i < draft.lines().size(); i++) {
            validateLine(draft.lines().get(i), i + 1, problems);
        }
        return problems;
    }

    private static void validateLine(OrderLineDraft line, int lineNo, List<ValidationProblem> problems) {
        String prefix = "lines[" + lineNo + "].";
        if (line.productId() == null) {
            problems.add(new ValidationProblem(prefix + "product", lineNo, "Choose a product by SKU or description."));
        }
        if (line.quantity() <= 0 || line.quantity() > MAX_QUANTITY) {
            problems.add(new ValidationProblem(prefix + "quantity", lineNo,
                    "Quantity must be a whole number from 1 to " + MAX_QUANTITY + "."));
        }
        Money price = line.unitPrice();
        if (price != null && (price.isNegative() || price.compareTo(MAX_UNIT_PRICE) > 0)) {
            problems.add(new ValidationProblem(prefix + "unitPrice", lineNo,
                    "Unit price must be between 0.00 and " + MAX_UNIT_PRICE + "."));
        }
        BigDecimal discount = line.discountPct();
        if (discount.signum() < 0 || discount.compareTo(LinePricing.MAX_DISCOUNT_PCT) > 0) {
            problems.add(new ValidationProblem(prefix + "discountPct", lineNo, "Discount must be between 0 and 100 %."));
        } else if (discount.scale() > 2 && discount.stripTrailingZeros().scale() > 2) {
            problems.add(new ValidationProblem(prefix + "discountPct", lineNo, "Discount may have at most 2 decimals (e.g. 12.5)."));
        }
    }
}
