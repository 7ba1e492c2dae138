package com.orderdesk.demo;

import com.orderdesk.model.claims.ClaimReason;
import com.orderdesk.model.claims.ReturnReason;

/**
 * The demo's words on its claims and returns, each fitting its reason. Tour12 read "Contract price confirmed."
 * on a not-received claim, "Half the cartons were damaged" on a tax claim (both printed on their credit memos),
 * and a not-ordered return "crushed in transit; scrapped". Claims of another reason take words about the invoice.
 */
final class DemoClaimNotes {
    private DemoClaimNotes() {
    }

    /** How the demo receives a return: all units to stock or all scrapped, and the receiving clerk's note. */
    record Receipt(boolean toStock, String note) {
    }

    static String researching(ClaimReason reason) {
        return switch (reason) {
            case PRICING -> "Pulled the customer's contract price list.";
            case QUANTITY_SHORT -> "Pulled the packing list to count what was shipped short.";
            case DAMAGED -> "Pulled the carrier's damage report.";
            case NOT_RECEIVED -> "Pulled the proof of delivery.";
            case FREIGHT -> "Pulled the freight quote for the order.";
            case TAX -> "Pulled the customer's tax exemption certificate.";
            case DUPLICATE_BILLING -> "Looking for the same goods billed twice.";
            default -> "Pulled the invoice and the order.";
        };
    }

    static String waiting(ClaimReason reason) {
        return switch (reason) {
            case PRICING -> "Asked the buyer for the price quote they were given.";
            case QUANTITY_SHORT -> "Asked the receiving dock for their count of what arrived short.";
            case DAMAGED -> "Asked for photos of the damage.";
            case NOT_RECEIVED -> "Asked the customer to check their receiving log against the delivery date.";
            case FREIGHT -> "Asked which freight terms the buyer agreed to.";
            case TAX -> "Asked for a current tax exemption certificate.";
            case DUPLICATE_BILLING -> "Asked which invoice the customer says was billed twice.";
            default -> "Asked the customer to explain the deduction in writing.";
        };
    }

    static String valid(ClaimReason reason) {
        return switch (reason) {
            case PRICING -> "Contract price confirmed.";
            case QUANTITY_SHORT -> "Packing list confirms the units shipped short.";
            case DAMAGED -> "Carrier's report confirms the damage.";
            case NOT_RECEIVED -> "No proof of delivery: the carrier lost it.";
            case FREIGHT -> "Freight was quoted free; credited.";
            case TAX -> "Exemption certificate on file: tax credited.";
            case DUPLICATE_BILLING -> "Same goods billed twice: credited.";
            default -> "Customer's explanation checked and accepted.";
        };
    }

    static String invalid(ClaimReason reason) {
        return switch (reason) {
            case PRICING -> "Invoiced at the contract price in force on the order date.";
            case QUANTITY_SHORT -> "Packing list and scan show every unit shipped, none short.";
            case DAMAGED -> "The customer signed for the goods with no damage noted.";
            case NOT_RECEIVED -> "Signed proof of delivery on file.";
            case FREIGHT -> "Freight billed as the order's terms say.";
            case TAX -> "No exemption certificate on file; tax is due.";
            case DUPLICATE_BILLING -> "Each invoice bills a different shipment; nothing billed twice.";
            default -> "The invoice is correct as billed.";
        };
    }

    static String partlyValid(ClaimReason reason) {
        return switch (reason) {
            case PRICING -> "Half the lines were over the contract price.";
            case QUANTITY_SHORT -> "Half the units claimed were shipped short.";
            case DAMAGED -> "Half the cartons were damaged per the carrier's report.";
            case NOT_RECEIVED -> "Proof of delivery for half the cartons only.";
            case FREIGHT -> "Half the freight was over the quote.";
            case TAX -> "Exemption covers half the lines; tax stays due on the rest.";
            case DUPLICATE_BILLING -> "Half the lines were billed twice.";
            default -> "Half the deduction is explained.";
        };
    }

    /** All the units of a return received. */
    static Receipt received(ReturnReason reason) {
        return switch (reason) {
            case DAMAGED -> new Receipt(false, "Arrived damaged as the customer reported; scrapped.");
            case DEFECTIVE -> new Receipt(false, "Defect confirmed on inspection; scrapped.");
            default -> new Receipt(true, "Unopened, back on the shelf.");
        };
    }

    /** The first unit of a return of several. */
    static Receipt firstReceived(ReturnReason reason) {
        return switch (reason) {
            case DAMAGED -> new Receipt(false, "First carton arrived, damaged as reported; scrapped.");
            case DEFECTIVE -> new Receipt(false, "First unit arrived; defect confirmed, scrapped.");
            default -> new Receipt(true, "First carton arrived unopened, back on the shelf.");
        };
    }
}
