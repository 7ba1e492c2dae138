package com.orderdesk.bench.capture;

import static com.orderdesk.bench.capture.Phrasing.pick;

import com.orderdesk.logic.capture.MasterData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Buyers in a hurry, written apart from {@link FriendlyStyle}: no greeting, labels ("SKU:", "QTY"),
 * quantities after the product, European and abbreviated dates, phone signatures, Outlook quoting.
 */
final class TerseStyle implements MessageStyle {
    @Override
    public String name() {
        return "terse";
    }

    @Override
    public String subject(OrderPlan p, boolean poInSubject, Random r) {
        return poInSubject ? pick(r, "P/O ", "PO-", "ORDER PO ", "po ") + p.poNumber : pick(r, "order", "ORDER", "restock", "pls ship", "");
    }

    @Override
    public List<String> opening(OrderPlan p, Random r) {
        List<String> out = new ArrayList<>();
        out.add(pick(r, "pls send", "Need the below asap", "ORDER:", "Following items pls", "Pls ship:", "Team - order below"));
        return out;
    }

    @Override
    public String itemLine(OrderPlan.Line l, Random r) {
        String product = Phrasing.product(l, r);
        String qty;
        if (l.inCases) {
            long cases = l.units / l.item.product().caseQty();
            qty = pick(r, "QTY " + cases + " CS", cases + "cs", cases + " CASES", "qty: " + cases + " case" + (cases == 1 ? "" : "s"));
        } else {
            qty = pick(r, "QTY " + l.units, "qty:" + l.units, "x" + l.units, l.units + "ea", l.units + " EA", "Qty=" + l.units, l.units + "pcs");
        }
        String price = l.statedPrice == null ? "" : pick(r, " @", " @ ", " price ") + Phrasing.money(l.statedPrice, r) + pick(r, "/ea", " ea", "");
        if (l.statedPrice != null && l.inCases) {
            price = " @" + Phrasing.money(PlanMaker.perCase(l.statedPrice, l.item.product().caseQty()), r) + "/cs";
        }
        int form = r.nextInt(4);
        if (form == 0 && l.naming != OrderPlan.Naming.DESCRIPTION) {
            return "SKU: " + product + "  " + qty + price;
        }
        if (form == 1) {
            return qty + " - " + product + price;
        }
        return product + pick(r, " ", " -- ", ", ", " / ") + qty + price;
    }

    @Override
    public List<String> tableHeader(Random r) {
        return List.of("SKU", "QTY", "U/M", "EACH");
    }

    @Override
    public List<String> tableRow(OrderPlan.Line l, Random r) {
        String qty = l.inCases ? String.valueOf(l.units / l.item.product().caseQty()) : String.valueOf(l.units);
        String unit = l.inCases ? "CS" : l.item == null ? "EA" : l.item.product().unit();
        String price = l.statedPrice == null ? "" : l.inCases
                ? PlanMaker.perCase(l.statedPrice, l.item.product().caseQty()).toPlainString() : l.statedPrice.toPlainString();
        return List.of(Phrasing.product(l, r), qty, unit, price);
    }

    @Override
    public String poLine(String po, Random r) {
        return pick(r, "PO#", "PO #: ", "P/O ", "po: ", "PO NO. ") + po;
    }

    @Override
    public DatePhrase requestedDate(LocalDate today, Random r) {
        LocalDate d = today.plusDays(2 + r.nextInt(40));
        return switch (r.nextInt(5)) {
            case 0 -> new DatePhrase(String.format(Locale.ROOT, "%02d.%02d.%d", d.getDayOfMonth(), d.getMonthValue(), d.getYear()), d);
            case 1 -> new DatePhrase(Phrasing.monthName(d, false).toUpperCase(Locale.ROOT) + " " + d.getDayOfMonth(), d);
            case 2 -> new DatePhrase(d.getDayOfMonth() + " " + Phrasing.monthName(d, false) + " " + d.getYear(), d);
            case 3 -> new DatePhrase(String.format(Locale.ROOT, "%02d/%02d/%02d", d.getMonthValue(), d.getDayOfMonth(), d.getYear() % 100), d);
            default -> new DatePhrase(Phrasing.monthName(d, true) + " " + d.getDayOfMonth() + ", " + d.getYear(), d);
        };
    }

    @Override
    public String dateLine(DatePhrase date, Random r) {
        return pick(r, "REQ DATE: ", "need by ", "Due ", "Deliver on ", "ETA req'd ", "must have by ") + date.words();
    }

    @Override
    public List<String> shipTo(OrderPlan p, MasterData.ShipTo target, Random r) {
        return switch (p.shipToWay) {
            case CODE -> List.of(pick(r, "SHIP TO ", "ship-to: ", "Deliver to location ") + target.code());
            case NAME -> List.of(pick(r, "deliver to ", "SHIP TO: ") + target.name().toUpperCase(Locale.ROOT));
            case ADDRESS -> List.of(pick(r, "Ship to: ", "Deliver to: ") + target.street() + ", " + target.city() + " " + target.state() + " " + target.zip());
            case UNKNOWN -> List.of("Ship to: " + (10 + r.nextInt(900)) + " Old Mill Ln, Greenville SC 29601");
            default -> List.of();
        };
    }

    @Override
    public List<String> closingAndSignature(World.Person who, MasterData.Customer customer, MasterData.ShipTo place, Random r) {
        List<String> out = new ArrayList<>();
        out.add("");
        switch (r.nextInt(4)) {
            case 0 -> out.add("Sent from my iPhone");
            case 1 -> {
                out.add("-- ");
                out.add(who.first().charAt(0) + ". " + who.last() + " | " + customer.name() + " | " + customer.phone());
            }
            case 2 -> {
                out.add(who.first());
                out.add(customer.phone());
            }
            default -> {
                out.add("rgds");
                out.add(who.first() + " " + who.last() + ", " + who.title());
                out.add(place.street() + " " + place.city() + " " + place.state());
            }
        }
        return out;
    }

    @Override
    public List<String> quotedEarlierMail(Random r, String someSku, LocalDate today) {
        return List.of("", "-----Original Message-----", "From: Order Desk <orders@orderdesk-dist.com>",
                "Sent: " + today.minusDays(3).getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.US) + ", "
                        + Phrasing.monthName(today.minusDays(3), true) + " " + today.minusDays(3).getDayOfMonth() + ", " + today.getYear() + " 4:12 PM",
                "To: purchasing", "Subject: RE: order", "", "Your order PO 778800 is confirmed:", "36 x " + someSku,
                "delivery " + Phrasing.usDate(today.plusDays(1), true));
    }

    @Override
    public String forwardNote(World.Person rep, Random r) {
        return pick(r, "pls enter", "order from my customer, pls process asap", "see below - enter pls");
    }

    @Override
    public List<String> question(OrderPlan.Line l, Random r) {
        return List.of(pick(r, "price check: ", "availability on ", "quote pls - ") + Phrasing.product(l, r) + " qty " + l.units + "?",
                "lead time?");
    }

    @Override
    public List<String> remittance(MasterData.Customer c, Random r) {
        return List.of("REMITTANCE ADVICE", "Vendor: Order Desk Distribution", "Payment date: " + Phrasing.usDate(LocalDate.of(2026, 12, 2), true),
                "INV-" + (30000 + r.nextInt(999)) + "    850.00", "INV-" + (30000 + r.nextInt(999)) + "    125.10", "Total paid  975.10", c.name());
    }

    @Override
    public List<String> outOfOffice(World.Person who, LocalDate today, Random r) {
        return List.of("Automatic reply: I'm on annual leave, back " + Phrasing.usDate(today.plusDays(6), false) + ".",
                "Orders: call 555-0142.");
    }
}
