package com.orderdesk.bench.capture;

import static com.orderdesk.bench.capture.Phrasing.pick;

import com.orderdesk.logic.capture.MasterData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** Buyers who write whole sentences: greetings, "please ship", quantities before the product, a signed closing. */
final class FriendlyStyle implements MessageStyle {
    @Override
    public String name() {
        return "friendly";
    }

    @Override
    public String subject(OrderPlan p, boolean poInSubject, Random r) {
        if (poInSubject) {
            return pick(r, "PO ", "Purchase Order ", "New order - PO# ", "PO#") + p.poNumber;
        }
        return pick(r, "Order", "New order", "Order for this week", "Restock", "Please ship", "Order request");
    }

    @Override
    public List<String> opening(OrderPlan p, Random r) {
        List<String> out = new ArrayList<>();
        out.add(pick(r, "Hi team,", "Hello,", "Good morning,", "Hi " + pick(r, "Sam", "there", "Order Desk") + ",", "Hi all,"));
        out.add("");
        out.add(pick(r, "Please ship the following:", "We'd like to order the following items:", "Can you please send us:",
                "Please process this order:", "Here is our order for this week.", "Please enter the order below, thanks."));
        out.add("");
        return out;
    }

    @Override
    public String itemLine(OrderPlan.Line l, Random r) {
        String product = Phrasing.product(l, r);
        String price = "";
        if (l.statedPrice != null) {
            boolean perCase = l.inCases && r.nextBoolean();
            price = perCase ? " @ " + Phrasing.money(PlanMaker.perCase(l.statedPrice, l.item.product().caseQty()), r) + "/cs"
                    : pick(r, " @ ", " at ", " - price ") + Phrasing.money(l.statedPrice, r) + pick(r, "", " each", "/ea");
        }
        String bullet = pick(r, "", "", "- ", "* ", "• ");
        if (r.nextInt(3) == 0) {
            return bullet + product + suffixQuantity(l, r) + price;
        }
        return bullet + prefixQuantity(l, r) + product + price;
    }

    private static String prefixQuantity(OrderPlan.Line l, Random r) {
        String unit = l.item == null ? "EA" : l.item.product().unit();
        if (l.inCases) {
            long cases = l.units / l.item.product().caseQty();
            String n = cases <= 10 && r.nextInt(5) == 0 ? words(cases) : String.valueOf(cases);
            return n + pick(r, " cases of ", " cs ", " cs of ", " case" + (cases == 1 ? " of " : "s of "), " ctn ");
        }
        if (unit.equals("BX") && r.nextBoolean()) {
            return l.units + pick(r, " boxes of ", " bx ", " box" + (l.units == 1 ? " " : "es "));
        }
        if (unit.equals("RL") && r.nextBoolean()) {
            return l.units + pick(r, " rolls of ", " rolls ");
        }
        return l.units + pick(r, " x ", " x ", " ea ", " pcs ", " - ", " ", " units of ");
    }

    private static String suffixQuantity(OrderPlan.Line l, Random r) {
        if (l.inCases) {
            long cases = l.units / l.item.product().caseQty();
            return pick(r, " - ", " x ", ", ", " ") + cases + pick(r, " cases", " cs", " case" + (cases == 1 ? "" : "s"));
        }
        return pick(r, " x " + l.units, " - qty " + l.units, " qty: " + l.units, " (" + l.units + " ea)", ", " + l.units + " pcs",
                " - " + l.units + " each");
    }

    private static String words(long n) {
        return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten").get((int) n);
    }

    @Override
    public List<String> tableHeader(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> List.of("Item", "Qty", "UOM", "Unit Price");
            case 1 -> List.of("Description", "Quantity", "Unit", "Price");
            default -> List.of("Part #", "Qty", "Unit", "Price");
        };
    }

    @Override
    public List<String> tableRow(OrderPlan.Line l, Random r) {
        String product = Phrasing.product(l, r);
        String qty = l.inCases ? String.valueOf(l.units / l.item.product().caseQty()) : String.valueOf(l.units);
        String unit = l.inCases ? pick(r, "CS", "Case", "cs") : l.item == null ? "EA" : l.item.product().unit();
        String price = "";
        if (l.statedPrice != null) {
            price = l.inCases ? Phrasing.money(PlanMaker.perCase(l.statedPrice, l.item.product().caseQty()), r)
                    : Phrasing.money(l.statedPrice, r);
        }
        return List.of(product, qty, unit, price);
    }

    @Override
    public String poLine(String po, Random r) {
        return pick(r, "PO# ", "PO: ", "Our PO number is ", "P.O. ", "Purchase order ", "PO Number: ") + po;
    }

    @Override
    public DatePhrase requestedDate(LocalDate today, Random r) {
        int kind = r.nextInt(7);
        LocalDate d = today.plusDays(2 + r.nextInt(30));
        return switch (kind) {
            case 0 -> {
                DayOfWeek dow = DayOfWeek.of(1 + r.nextInt(5));
                String name = dow.getDisplayName(java.time.format.TextStyle.FULL, Locale.US);
                yield new DatePhrase(pick(r, "", "this ") + name, today.with(TemporalAdjusters.next(dow)));
            }
            case 1 -> new DatePhrase(Phrasing.monthName(d, r.nextBoolean()) + " " + (r.nextBoolean() ? Phrasing.ordinal(d.getDayOfMonth())
                    : String.valueOf(d.getDayOfMonth())), d);
            case 2 -> new DatePhrase(Phrasing.usDate(d, true), d);
            case 3 -> new DatePhrase(Phrasing.usDate(d, false), d);
            case 4 -> new DatePhrase("tomorrow", today.plusDays(1));
            case 5 -> new DatePhrase(d.toString(), d);
            default -> new DatePhrase(Phrasing.ordinal(d.getDayOfMonth()) + " of " + Phrasing.monthName(d, true), d);
        };
    }

    @Override
    public String dateLine(DatePhrase date, Random r) {
        return pick(r, "We need these by ", "Please deliver by ", "Need it on site by ", "Requested delivery date: ",
                "Please ship no later than ", "Delivery needed ") + date.words() + pick(r, ".", "", ", thanks.");
    }

    @Override
    public List<String> shipTo(OrderPlan p, MasterData.ShipTo target, Random r) {
        return switch (p.shipToWay) {
            case CODE -> List.of(pick(r, "Ship to: ", "Ship-to: ", "Deliver to: ") + target.code());
            case NAME -> List.of(pick(r, "Please send it to our ", "This one goes to our ", "Deliver to the ")
                    + target.name().replaceFirst(" [A-Z][a-z]+$", "") + " " + target.name().substring(target.name().lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT) + ".");
            case ADDRESS -> List.of("Ship to:", target.name(), target.street(), target.city() + ", " + target.state() + " " + target.zip());
            case UNKNOWN -> List.of("Ship to:", "Job site", (100 + r.nextInt(800)) + " Cedar Creek Rd", "Springfield, IL 627" + (10 + r.nextInt(80)));
            default -> List.of();
        };
    }

    @Override
    public List<String> closingAndSignature(World.Person who, MasterData.Customer customer, MasterData.ShipTo place, Random r) {
        List<String> out = new ArrayList<>();
        out.add("");
        out.add(pick(r, "Thanks,", "Thank you!", "Regards,", "Best regards,", "Many thanks,", "Cheers,"));
        out.add(who.first() + " " + who.last());
        out.add(who.title());
        out.add(customer.name());
        if (r.nextBoolean()) {
            out.add(place.street() + ", " + place.city() + ", " + place.state() + " " + place.zip());
        }
        out.add(pick(r, "Phone: ", "Tel ", "Ph. ", "Office: ") + customer.phone() + (r.nextBoolean() ? " | Cell (" + customer.phone().substring(0, 3) + ") 555-01" + (10 + r.nextInt(89)) : ""));
        return out;
    }

    @Override
    public List<String> quotedEarlierMail(Random r, String someSku, LocalDate today) {
        LocalDate earlier = today.minusDays(7);
        return List.of("", "On " + earlier.getDayOfWeek().getDisplayName(java.time.format.TextStyle.SHORT, Locale.US) + ", "
                        + Phrasing.monthName(earlier, false) + " " + earlier.getDayOfMonth() + ", " + earlier.getYear()
                        + " at 10:14 AM Order Desk <orders@orderdesk-dist.com> wrote:",
                "> Thank you for your order PO 4500011111.", "> 12 x " + someSku + " shipped today, ETA " + Phrasing.usDate(earlier.plusDays(3), true) + ".",
                "> Let us know if you need anything else.");
    }

    @Override
    public String forwardNote(World.Person rep, Random r) {
        return pick(r, "Please enter this order for my customer, thanks.", "FYI - order below, please process.",
                "Can you key this in? Customer sent it to me directly.");
    }

    @Override
    public List<String> question(OrderPlan.Line l, Random r) {
        String product = Phrasing.product(l, r);
        return List.of("Hi,", "", pick(r, "Do you have ", "Do you stock ", "Quick question - is there ") + l.units + " of " + product
                + pick(r, " in stock?", " available?", " on hand right now?"), pick(r, "What would the price be?", "And what is the lead time?", "Before we order, can you send a quote?"), "", "Thanks");
    }

    @Override
    public List<String> remittance(MasterData.Customer c, Random r) {
        return List.of("Hello,", "", "Please find below our remittance advice.", "Payment of $" + (100 + r.nextInt(9000)) + "."
                + (10 + r.nextInt(89)) + " was sent by ACH on " + Phrasing.usDate(LocalDate.of(2026, 12, 1), true) + ".",
                "Invoice INV-" + (20000 + r.nextInt(9999)) + "  $1,250.00", "Invoice INV-" + (20000 + r.nextInt(9999)) + "  $310.40", "", "Accounts Payable", c.name());
    }

    @Override
    public List<String> outOfOffice(World.Person who, LocalDate today, Random r) {
        return List.of("I am out of the office until " + Phrasing.monthName(today.plusDays(5), true) + " " + today.plusDays(5).getDayOfMonth()
                + " with limited access to email.", "For urgent orders please call 555-0100.", "", who.first() + " " + who.last());
    }
}
