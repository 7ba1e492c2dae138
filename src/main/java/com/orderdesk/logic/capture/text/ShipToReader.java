package com.orderdesk.logic.capture.text;

import com.orderdesk.logic.capture.MasterData;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the customer wants the goods: a "Ship to:" block (a code, a name, a street address or a
 * ZIP) or a phrase such as "to our Dallas warehouse", matched against that customer's ship-tos.
 */
public final class ShipToReader {
    /** {@code code} null with {@code words} set: the message names a place that is none of the customer's (or several). */
    public record ShipToMention(String code, String words, int start, int end, boolean block) {
    }

    private static final Pattern CUE = Pattern.compile(
            "(?im)^[ \\t>]*(?:please\\s+)?(?:ship(?:ping)?[ -]?to|deliver(?:y)?\\s+(?:to|address|location)|send\\s+to|shipping\\s+address"
                    + "|destination|drop[ -]?ship\\s+to|deliver\\s+at)\\b\\s*[:\\-]?[ \\t]*([^\\n]*)");
    private static final Pattern PHRASE = Pattern.compile(
            "(?i)\\b(?:to|for|at|into)\\s+(?:our|the)\\s+((?:[A-Za-z][A-Za-z.'-]*\\s+){0,3}?)"
                    + "(warehouse|store|branch|location|site|shop|yard|plant|facility|office|dc|depot|jobsite|job site|distribution center)\\b");

    private ShipToReader() {
    }

    public static ShipToMention find(String text, int from, int to, List<MasterData.ShipTo> own, List<int[]> blocks) {
        List<ShipToMention> found = new ArrayList<>();
        Matcher cue = CUE.matcher(text).region(from, to);
        while (cue.find()) {
            int start = cue.start(1);
            int end = cue.end(1);
            String block = cue.group(1);
            if (block.isBlank() || block.strip().length() < 3) {
                // An address block under the label: up to three more lines.
                int blockEnd = end;
                for (int i = 0; i < 3 && blockEnd < to; i++) {
                    int next = text.indexOf('\n', blockEnd + 1);
                    next = next < 0 || next > to ? to : next;
                    if (text.substring(blockEnd, next).isBlank()) {
                        break;
                    }
                    blockEnd = next;
                }
                start = Math.min(end + 1, blockEnd);
                end = blockEnd;
                block = text.substring(start, end);
            }
            if (!block.isBlank()) {
                found.add(match(block, start, end, own, false));
                blocks.add(new int[] {start, end});
            }
        }
        Matcher phrase = PHRASE.matcher(text).region(from, to);
        while (phrase.find()) {
            String words = phrase.group(1).strip();
            ShipToMention m = match(words.isEmpty() ? phrase.group(2) : words + " " + phrase.group(2),
                    phrase.start(1), phrase.end(2), own, true);
            found.add(m);
        }
        Set<String> codes = new LinkedHashSet<>();
        for (ShipToMention m : found) {
            codes.add(m.code() == null ? "?" + m.words() : m.code());
        }
        if (found.isEmpty()) {
            return null;
        }
        if (codes.size() == 1) {
            return found.get(0);
        }
        ShipToMention first = found.get(0);
        return new ShipToMention(null, "several places (" + String.join(", ", codes).replace("?", "") + ")", first.start(),
                first.end(), first.block());
    }

    /**
     * With no "Ship to" and no "to our ... store": one of the customer's ship-tos named anywhere in
     * the order ("ship 10 x ... to Houston (HOU)") by its code, its name or its city. Several named
     * places are a question for a person.
     */
    public static ShipToMention anywhere(String text, int from, int to, List<MasterData.ShipTo> own) {
        String part = text.substring(from, to);
        List<MasterData.ShipTo> named = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (MasterData.ShipTo s : own) {
            List<Pattern> ways = new ArrayList<>();
            if (s.code().length() >= 3) {
                ways.add(Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(s.code()) + "(?![A-Za-z0-9])"));
            }
            if (!s.name().isBlank()) {
                ways.add(Pattern.compile("(?i)(?<![A-Za-z])" + Pattern.quote(s.name()) + "(?![A-Za-z])"));
            }
            if (!s.city().isBlank()) {
                ways.add(Pattern.compile("(?<![A-Za-z])" + Pattern.quote(s.city()) + "(?![A-Za-z])"));
            }
            for (Pattern w : ways) {
                Matcher m = w.matcher(part);
                if (m.find()) {
                    if (!named.contains(s)) {
                        named.add(s);
                    }
                    if (start < 0) {
                        start = from + m.start();
                        end = from + m.end();
                    }
                }
            }
        }
        if (named.isEmpty()) {
            return null;
        }
        if (named.size() == 1) {
            return new ShipToMention(named.get(0).code(), text.substring(start, end), start, end, false);
        }
        return new ShipToMention(null, "several places (" + String.join(", ", named.stream().map(MasterData.ShipTo::code).toList())
                + ")", start, end, false);
    }

    private static ShipToMention match(String block, int start, int end, List<MasterData.ShipTo> own, boolean phrase) {
        Set<String> blockWords = new LinkedHashSet<>(Words.of(block));
        String upper = block.toUpperCase(Locale.ROOT);
        int bestScore = 0;
        List<MasterData.ShipTo> best = new ArrayList<>();
        for (MasterData.ShipTo s : own) {
            int score = 0;
            if (Pattern.compile("(?<![A-Z0-9])" + Pattern.quote(s.code().toUpperCase(Locale.ROOT)) + "(?![A-Z0-9])").matcher(upper).find()) {
                score += 10;
            }
            if (!s.zip().isBlank() && block.contains(s.zip())) {
                score += 6;
            }
            if (!s.street().isBlank() && normalize(block).contains(normalize(s.street()))) {
                score += 8;
            }
            List<String> nameWords = significant(s.name());
            if (!nameWords.isEmpty() && blockWords.containsAll(nameWords)) {
                score += 5;
            }
            List<String> cityWords = Words.of(s.city());
            if (!cityWords.isEmpty() && blockWords.containsAll(cityWords)) {
                score += 3;
            }
            if (phrase && score == 0 && !nameWords.isEmpty()) {
                // "our Dallas warehouse" for a ship-to named "Dallas DC": the distinctive word suffices.
                for (String w : nameWords) {
                    if (blockWords.contains(w) && !GENERIC_PLACE.contains(w)) {
                        score += 3;
                    }
                }
            }
            if (score > bestScore) {
                bestScore = score;
                best.clear();
                best.add(s);
            } else if (score == bestScore && score > 0) {
                best.add(s);
            }
        }
        if (best.size() == 1) {
            return new ShipToMention(best.get(0).code(), block.strip(), start, end, !phrase);
        }
        return new ShipToMention(null, block.strip(), start, end, !phrase);
    }

    private static final Set<String> GENERIC_PLACE = Set.of("warehouse", "store", "branch", "location", "site", "shop",
            "yard", "plant", "facility", "office", "dc", "depot", "main", "center", "centre", "distribution", "north",
            "south", "east", "west", "the", "our");

    private static List<String> significant(String name) {
        List<String> out = new ArrayList<>();
        for (String w : Words.of(name)) {
            if (!Words.STOP.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    private static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\bstreet\\b", "st").replaceAll("\\bavenue\\b", "ave")
                .replaceAll("\\broad\\b", "rd").replaceAll("\\bboulevard\\b", "blvd").replaceAll("\\bdrive\\b", "dr")
                .replaceAll("[^a-z0-9]+", " ").trim();
    }
}
