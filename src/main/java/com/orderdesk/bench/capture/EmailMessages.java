package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Email orders and non-orders, in one style, with their right answers. */
final class EmailMessages {
    private final PlanMaker plans;
    private final MessageStyle style;
    private final Random random;
    private final LocalDate today;

    EmailMessages(PlanMaker plans, MessageStyle style, Random random, LocalDate today) {
        this.plans = plans;
        this.style = style;
        this.random = random;
        this.today = today;
    }

    GeneratedMessage order(String file) {
        World world = plans.world();
        OrderPlan p = plans.plan(true, 5);
        MasterData.Customer customer = world.customers.get(p.customerNo);
        MasterData.ShipTo target = p.shipToCode == null ? null
                : world.shipTos.get(p.customerNo).stream().filter(s -> s.code().equals(p.shipToCode)).findFirst().orElseThrow();
        boolean poInSubject = p.poNumber != null && random.nextInt(100) < 45;
        MessageStyle.DatePhrase date = random.nextInt(100) < 60 ? style.requestedDate(today, random) : null;
        boolean html = random.nextInt(100) < 30;
        boolean table = html && random.nextBoolean() && p.lines.stream().noneMatch(l -> l.item == null);
        boolean csvAttachment = !table && random.nextInt(100) < 7 && p.lines.stream().allMatch(l -> l.naming != OrderPlan.Naming.DESCRIPTION && l.item != null);
        List<String> lines = new ArrayList<>(style.opening(p, random));
        boolean dateFirst = date != null && random.nextBoolean();
        if (dateFirst) {
            lines.add(style.dateLine(date, random));
            lines.add("");
        }
        int tableAt = -1;
        List<List<String>> rows = new ArrayList<>();
        StringBuilder csv = null;
        if (table) {
            tableAt = lines.size();
            p.lines.forEach(l -> rows.add(style.tableRow(l, random)));
        } else if (csvAttachment) {
            boolean prices = p.lines.stream().anyMatch(l -> l.statedPrice != null);
            csv = new StringBuilder(prices ? "Item,Qty,UOM,Unit Price\r\n" : "Item,Qty,UOM\r\n");
            for (OrderPlan.Line l : p.lines) {
                List<String> row = style.tableRow(l, random);
                csv.append(row.get(0)).append(',').append(row.get(1)).append(',').append(row.get(2))
                        .append(prices ? "," + row.get(3).replace("$", "") : "").append("\r\n");
            }
            lines.add("Order attached" + (random.nextBoolean() ? " (CSV)." : ", thanks."));
        } else {
            p.lines.forEach(l -> lines.add(style.itemLine(l, random)));
        }
        lines.add("");
        if (p.poNumber != null && !poInSubject) {
            lines.add(style.poLine(p.poNumber, random));
        }
        if (date != null && !dateFirst) {
            lines.add(style.dateLine(date, random));
        }
        lines.addAll(style.shipTo(p, target, random));
        MasterData.ShipTo hq = world.defaultShipTo(p.customerNo);
        if (random.nextInt(100) < 85) {
            lines.addAll(style.closingAndSignature(p.buyer, customer, hq, random));
        }
        if (random.nextInt(100) < 25) {
            String someSku = world.catalogue.items().get(random.nextInt(world.catalogue.items().size())).product().sku();
            style.quotedEarlierMail(random, someSku, today).forEach(q -> lines.add(q));
        }
        String fromName = p.buyer.first() + " " + p.buyer.last();
        String from = p.fromAddress;
        String subject = style.subject(p, poInSubject, random);
        List<String> body = lines;
        String scenario = scenario(p, html, table, csvAttachment);
        if (!p.unknownSender && random.nextInt(100) < 8) {
            World.Person rep = world.reps.get(random.nextInt(world.reps.size()));
            body = new ArrayList<>();
            body.add(style.forwardNote(rep, random));
            body.add("");
            body.add(rep.first());
            body.add("");
            body.add("---------- Forwarded message ---------");
            body.add("From: " + fromName + " <" + from + ">");
            body.add("Date: " + today.minusDays(1) + " 08:40");
            body.add("Subject: " + subject);
            body.add("To: " + rep.first() + " " + rep.last() + " <" + rep.email() + ">");
            body.add("");
            body.addAll(lines);
            if (tableAt >= 0) {
                tableAt += 10;
            }
            fromName = rep.first() + " " + rep.last();
            from = rep.email();
            subject = "Fwd: " + subject;
            scenario = "forwarded-by-rep";
        }
        MailComposer.Body mailBody = new MailComposer.Body(body, table ? style.tableHeader(random) : List.of(), rows, Math.max(tableAt, 0));
        byte[] bytes = MailComposer.compose(fromName, from, subject, today, mailBody, html || table, "order.csv",
                csv == null ? null : csv.toString(), false, false, random);
        Expected e = new Expected(file, Expected.Kind.ORDER, p.unknownSender ? null : p.customerNo,
                p.unknownSender ? null : p.shipToCode, p.poNumber, date == null ? null : date.date(), p.expectedLines(),
                p.needsPerson(), scenario);
        return new GeneratedMessage(file, bytes, List.of(e));
    }

    private static String scenario(OrderPlan p, boolean html, boolean table, boolean csv) {
        if (p.unknownSender) {
            return "unknown-sender";
        }
        if (p.duplicatePo) {
            return "duplicate-po";
        }
        if (p.priceMismatch) {
            return "price-mismatch";
        }
        if (p.shipToWay == OrderPlan.ShipToWay.UNKNOWN) {
            return "unknown-ship-to";
        }
        if (p.lines.stream().anyMatch(l -> l.ambiguous)) {
            return "ambiguous-item";
        }
        if (p.lines.stream().anyMatch(l -> l.naming == OrderPlan.Naming.UNKNOWN_CODE)) {
            return "unknown-item";
        }
        return table ? "email-html-table" : csv ? "email-csv-attachment" : html ? "email-html" : "email-plain";
    }

    GeneratedMessage nonOrder(String file) {
        World world = plans.world();
        OrderPlan p = plans.plan(false, 1);
        MasterData.Customer customer = world.customers.get(p.customerNo);
        int kind = random.nextInt(7);
        List<String> body;
        String subject;
        boolean auto = false;
        boolean bulk = false;
        String from = p.buyer.email();
        String scenario;
        if (kind < 3) {
            body = style.question(p.lines.get(0), random);
            subject = Phrasing.pick(random, "Question", "Stock check", "Quote request", "availability?");
            scenario = "question";
        } else if (kind < 5) {
            body = style.remittance(customer, random);
            subject = Phrasing.pick(random, "Remittance advice", "Payment notification", "REMITTANCE");
            scenario = "remittance";
        } else if (kind == 5) {
            body = style.outOfOffice(p.buyer, today, random);
            subject = Phrasing.pick(random, "Out of Office: order", "Automatic reply: PO", "Auto: Re: your shipment");
            auto = random.nextBoolean();
            scenario = "out-of-office";
        } else {
            body = List.of("This week only: save 20% on all ball valves and fittings!", "Shop now at vendor-news.com",
                    "", "You receive this newsletter because you signed up. Unsubscribe here.");
            subject = "December deals";
            from = "news@vendor-news.com";
            bulk = true;
            scenario = "newsletter";
        }
        byte[] bytes = MailComposer.compose(p.buyer.first(), from, subject, today, new MailComposer.Body(body, List.of(), List.of(), 0),
                random.nextInt(4) == 0, null, null, auto, bulk, random);
        return new GeneratedMessage(file, bytes, List.of(Expected.notAnOrder(file, scenario)));
    }

    GeneratedMessage garbageMail(String file) {
        byte[] bytes = ("\u0000\u0001PK\u0003\u0004 this is not a mail message " + random.nextInt()).getBytes(StandardCharsets.ISO_8859_1);
        return new GeneratedMessage(file, bytes, List.of(Expected.rejected(file, "broken-eml")));
    }
}
