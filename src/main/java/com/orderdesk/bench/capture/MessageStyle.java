package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * How a population of customers writes: greetings, how lines, quantities, dates and ship-tos are
 * phrased, signatures, and the messages that are not orders. Two styles written apart keep the
 * benchmark from rewarding an engine tuned to one way of writing.
 */
interface MessageStyle {
    /** A date written in words and the day it means. */
    record DatePhrase(String words, LocalDate date) {
    }

    String name();

    String subject(OrderPlan p, boolean poInSubject, Random r);

    List<String> opening(OrderPlan p, Random r);

    String itemLine(OrderPlan.Line l, Random r);

    /** Cells for a table row: product, quantity, unit, price (empty when not stated); and the header. */
    List<String> tableHeader(Random r);

    List<String> tableRow(OrderPlan.Line l, Random r);

    String poLine(String po, Random r);

    DatePhrase requestedDate(LocalDate today, Random r);

    String dateLine(DatePhrase date, Random r);

    List<String> shipTo(OrderPlan p, MasterData.ShipTo target, Random r);

    List<String> closingAndSignature(World.Person who, MasterData.Customer customer, MasterData.ShipTo place, Random r);

    List<String> quotedEarlierMail(Random r, String someSku, LocalDate today);

    String forwardNote(World.Person rep, Random r);

    List<String> question(OrderPlan.Line l, Random r);

    List<String> remittance(MasterData.Customer c, Random r);

    List<String> outOfOffice(World.Person who, LocalDate today, Random r);
}
