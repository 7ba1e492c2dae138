package com.orderdesk.application.customer;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import changed, cut into audit entries that fit the trail's columns (4,000 characters
 * each): the numbers of the customers added and, for each changed one, its number with the fields
 * that changed ("C-10002 (paymentTerms, shipTo.DAL)"). One entry per customer took the 100,000-
 * customer import past ten minutes (each sealed append locks and re-reads the chain's head); a few
 * hundred of these entries name the same customers in a second.
 */
final class ImportTrail {
    /** Characters of names per entry: the JSON around them and its escapes stay inside 4,000. */
    static final int PART_CHARS = 3_400;

    private ImportTrail() {
    }

    /** One part of the trail: the customers it names, added and changed, each joined by ", ". */
    record Part(String added, String changed) {
    }

    static List<Part> parts(List<String> added, List<String> changed) {
        List<Part> out = new ArrayList<>();
        StringBuilder a = new StringBuilder();
        StringBuilder c = new StringBuilder();
        for (String n : added) {
            if (!a.isEmpty() && a.length() + n.length() + 2 > PART_CHARS) {
                out.add(new Part(a.toString(), ""));
                a.setLength(0);
            }
            a.append(a.isEmpty() ? "" : ", ").append(cut(n));
        }
        for (String n : changed) {
            if ((!a.isEmpty() || !c.isEmpty()) && a.length() + c.length() + n.length() + 2 > PART_CHARS) {
                out.add(new Part(a.toString(), c.toString()));
                a.setLength(0);
                c.setLength(0);
            }
            c.append(c.isEmpty() ? "" : ", ").append(cut(n));
        }
        if (!a.isEmpty() || !c.isEmpty()) {
            out.add(new Part(a.toString(), c.toString()));
        }
        return out;
    }

    private static String cut(String s) {
        return s.length() <= 500 ? s : s.substring(0, 499) + "\u2026";
    }
}
