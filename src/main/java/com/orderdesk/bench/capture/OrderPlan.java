package com.orderdesk.bench.capture;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What an order message is going to say, decided before any words are written. */
final class OrderPlan {
    /** How a line names its product. */
    enum Naming { SKU, SKU_VARIANT, SKU_TYPO, PART, GTIN, DESCRIPTION, UNKNOWN_CODE }

    /** How the ship-to is given. */
    enum ShipToWay { NONE, CODE, NAME, ADDRESS, UNKNOWN }

    /** One line: the product (null for an unknown code), units, whether written in cases, the words it is named by. */
    static final class Line {
        Catalogue.Item item;
        long units;
        boolean inCases;
        Naming naming;
        String code;
        Map<String, String> mentioned;
        String nounPhrase;
        BigDecimal statedPrice;
        boolean ambiguous;
    }

    String customerNo;
    World.Person buyer;
    String fromAddress;
    String poNumber;
    LocalDate requestedDate;
    String datePhrase;
    String shipToCode;
    ShipToWay shipToWay = ShipToWay.NONE;
    String shipToWords;
    final List<Line> lines = new ArrayList<>();
    boolean unknownSender;
    boolean duplicatePo;
    boolean priceMismatch;

    boolean needsPerson() {
        return unknownSender || duplicatePo || priceMismatch || shipToWay == ShipToWay.UNKNOWN
                || lines.stream().anyMatch(l -> l.ambiguous || l.naming == Naming.UNKNOWN_CODE);
    }

    List<Expected.Line> expectedLines() {
        List<Expected.Line> out = new ArrayList<>();
        for (Line l : lines) {
            out.add(new Expected.Line(l.item == null ? null : l.item.product().sku(), l.units));
        }
        return out;
    }
}
