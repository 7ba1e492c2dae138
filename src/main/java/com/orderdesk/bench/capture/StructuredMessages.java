package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** EDI 850 interchanges and order CSV files (several orders each), and broken ones, with their right answers. */
final class StructuredMessages {
    private final PlanMaker plans;
    private final Random random;
    private final LocalDate today;
    private int control = 1000;

    StructuredMessages(PlanMaker plans, Random random, LocalDate today) {
        this.plans = plans;
        this.random = random;
        this.today = today;
    }

    GeneratedMessage edi(String file, boolean broken) {
        World world = plans.world();
        List<MasterData.Customer> edi = world.data.customers().stream().filter(c -> !c.ediId().isBlank()).toList();
        MasterData.Customer customer = edi.get(random.nextInt(edi.size()));
        boolean unknownSender = random.nextInt(100) < 3;
        EdiComposer x12 = new EdiComposer(random);
        int orders = 1 + random.nextInt(3);
        List<Expected> expected = new ArrayList<>();
        int brokenAt = broken ? random.nextInt(orders) : -1;
        int breakKind = random.nextInt(3);
        for (int o = 0; o < orders; o++) {
            List<String[]> segs = new ArrayList<>();
            String po = plans.newPo();
            segs.add(new String[] {"BEG", "00", "SA", po, "", "20261207"});
            LocalDate date = null;
            if (random.nextInt(100) < 70) {
                date = today.plusDays(3 + random.nextInt(20));
                segs.add(new String[] {"DTM", random.nextBoolean() ? "002" : "010", date.format(DateTimeFormatter.BASIC_ISO_DATE)});
            }
            List<MasterData.ShipTo> own = world.shipTos.get(customer.customerNo());
            MasterData.ShipTo target = own.get(random.nextInt(own.size()));
            String shipTo = own.get(0).code();
            boolean unknownShipTo = false;
            int way = random.nextInt(10);
            if (way < 4) {
                segs.add(new String[] {"N1", "ST", target.name(), "92", target.code()});
                shipTo = target.code();
            } else if (way < 6) {
                segs.add(new String[] {"N1", "ST", target.name()});
                segs.add(new String[] {"N3", target.street()});
                segs.add(new String[] {"N4", target.city(), target.state(), target.zip()});
                shipTo = target.code();
            } else if (way == 6) {
                segs.add(new String[] {"N1", "ST", "New Site", "92", "ZZ" + random.nextInt(99)});
                unknownShipTo = true;
                shipTo = null;
            }
            OrderPlan p = plans.plan(false, 6);
            boolean mismatch = false;
            int lineNo = 0;
            for (OrderPlan.Line l : p.lines) {
                MasterData.Product product = l.item.product();
                String part = world.partOfSku.get(customer.customerNo()).get(product.sku());
                String[] id = part != null && random.nextBoolean() ? new String[] {random.nextBoolean() ? "BP" : "IN", part}
                        : !product.gtin().isEmpty() && random.nextInt(3) == 0 ? new String[] {product.gtin().length() == 12 ? "UP" : "EN", product.gtin()}
                        : new String[] {random.nextBoolean() ? "VP" : "VN", product.sku()};
                boolean cases = l.inCases;
                String qty = String.valueOf(cases ? l.units / product.caseQty() : l.units);
                String price = "";
                if (random.nextInt(100) < 60) {
                    BigDecimal ours = world.price(customer.customerNo(), product.sku(), product);
                    BigDecimal stated = random.nextInt(100) < 6 ? ours.add(new BigDecimal("0.50")) : ours;
                    mismatch |= stated.compareTo(ours) != 0;
                    price = (cases ? PlanMaker.perCase(stated, product.caseQty()) : stated).toPlainString();
                }
                if (o == brokenAt && breakKind == 0 && lineNo == 0) {
                    qty = qty.replace('0', 'O') + "O";
                }
                segs.add(new String[] {"PO1", String.valueOf(++lineNo), qty, cases ? "CA" : "EA", price, "", id[0], id[1]});
            }
            segs.add(new String[] {"CTT", String.valueOf(p.lines.size())});
            String st = String.format("%04d", o + 1);
            x12.segment("ST", "850", st);
            segs.forEach(x12::segment);
            int count = segs.size() + 2 + (o == brokenAt && breakKind == 1 ? 3 : 0);
            x12.segment("SE", String.valueOf(count), st);
            String source = orders > 1 ? file + "#" + (o + 1) : file;
            expected.add(new Expected(source, Expected.Kind.ORDER, unknownSender ? null : customer.customerNo(),
                    unknownSender ? null : shipTo, po, date, p.expectedLines(), unknownSender || unknownShipTo || mismatch,
                    unknownSender ? "edi-unknown-sender" : unknownShipTo ? "edi-unknown-ship-to" : mismatch ? "edi-price-mismatch" : "edi"));
        }
        String text = x12.interchange(unknownSender ? "UNKNOWN" + random.nextInt(99) : customer.ediId(), ++control, orders,
                broken && breakKind == 2);
        if (broken) {
            return new GeneratedMessage(file, text.getBytes(StandardCharsets.ISO_8859_1), List.of(Expected.rejected(file, "broken-edi")));
        }
        return new GeneratedMessage(file, text.getBytes(StandardCharsets.ISO_8859_1), expected);
    }

    GeneratedMessage csv(String file, boolean broken) {
        World world = plans.world();
        StringBuilder b = new StringBuilder(broken && random.nextBoolean() ? "customer,po,sku,qty\n"
                : "customer_no,po_number,ship_to,requested_date,sku,quantity,unit_price\n");
        int orders = 1 + random.nextInt(3);
        List<Expected> expected = new ArrayList<>();
        boolean badQuantity = broken && !b.toString().startsWith("customer,");
        for (int o = 0; o < orders; o++) {
            OrderPlan p = plans.plan(false, 5);
            String po = plans.newPo();
            List<MasterData.ShipTo> own = world.shipTos.get(p.customerNo);
            MasterData.ShipTo target = own.get(random.nextInt(own.size()));
            boolean statedShipTo = random.nextBoolean();
            LocalDate date = random.nextBoolean() ? today.plusDays(2 + random.nextInt(30)) : null;
            boolean unknownItem = random.nextInt(100) < 3;
            boolean mismatch = false;
            List<Expected.Line> lines = new ArrayList<>();
            for (int i = 0; i < p.lines.size(); i++) {
                OrderPlan.Line l = p.lines.get(i);
                MasterData.Product product = l.item.product();
                String sku = unknownItem && i == 0 ? "NOPE-" + random.nextInt(999) : product.sku();
                String price = "";
                if (random.nextInt(100) < 50) {
                    BigDecimal ours = world.price(p.customerNo, product.sku(), product);
                    BigDecimal stated = random.nextInt(100) < 5 ? ours.subtract(new BigDecimal("0.25")) : ours;
                    mismatch |= stated.compareTo(ours) != 0;
                    price = stated.toPlainString();
                }
                String qty = badQuantity && o == 0 && i == 0 ? "ten" : String.valueOf(l.units);
                b.append(String.join(",", p.customerNo, po, statedShipTo ? target.code() : "", date == null ? "" : date.toString(),
                        sku, qty, price)).append('\n');
                lines.add(new Expected.Line(unknownItem && i == 0 ? null : product.sku(), l.units));
            }
            String source = orders > 1 ? file + "#" + (o + 1) : file;
            expected.add(new Expected(source, Expected.Kind.ORDER, p.customerNo, statedShipTo ? target.code() : own.get(0).code(), po,
                    date, lines, unknownItem || mismatch, unknownItem ? "csv-unknown-item" : mismatch ? "csv-price-mismatch" : "csv"));
        }
        byte[] bytes = b.toString().getBytes(StandardCharsets.UTF_8);
        return new GeneratedMessage(file, bytes, broken ? List.of(Expected.rejected(file, "broken-csv")) : expected);
    }
}
