package com.orderdesk.logic.capture.text;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people write them: 2026-12-14, 12/14/2026 and 12/14 (month first, as in the US),
 * 14.12.2026 (day first, as in Europe), Dec 14th, 14 December, Friday, next Tuesday, tomorrow,
 * next week, end of month, in 2 weeks. Relative dates count from {@code today}; a date without a
 * year is the next one on or after today. Each mention says whether a word such as "by",
 * "deliver" or "need" announces it as the date the goods are wanted.
 */
public final class DateReader {
    /** {@code doubt} is non-null when the words allow two readings. */
    public record DateMention(LocalDate date, int start, int end, boolean requested, String doubt) {
    }

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern ISO = Pattern.compile("\\b(20\\d\\d)-(\\d{1,2})-(\\d{1,2})\\b");
    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(\\d{1,2})/(\\d{1,2})(?:/(\\d{4}|\\d{2}))?(?![\\d/])");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})(?![\\d.])");
    private static final Pattern MONTH_DAY = Pattern.compile("(?i)\\b" + MONTH + "[ \\t]+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?[ \\t]+(20\\d\\d))?");
    private static final Pattern DAY_MONTH = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?" + MONTH + "(?![a-z])(?:,?[ \\t]+(20\\d\\d))?");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(?:(this|next|coming|this coming)[ \\t]+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b"
                    + "|\\b(Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri)\\b\\.?");
    private static final Pattern RELATIVE = Pattern.compile(
            "(?i)\\b(tomorrow|today|next week|end of (?:the |this )?week|end of (?:the |this )?month|eom"
                    + "|in (\\d{1,2}|one|two|three|four) (days?|weeks?))\\b");
    private static final Pattern CUE = Pattern.compile(
            "(?i)(\\bby|\\bbefore|\\bdeliver(?:y|ed)?|\\bneed(?:ed)?|\\brequire[sd]?|\\brequested|\\bship(?:ping|ped)?|\\barrive"
                    + "|\\bno later than|\\bnlt|\\beta|\\bdue|\\bwant(?:ed)?|\\bfor|\\buntil|\\bon|\\bdate needed|\\bdate required"
                    + "|\\bdelivery date|\\breq\\.?\\s*date|\\bdate req\\w*|\\bship date|\\brequested date|\\brequired date|\\bneed date|\\bdue date|\\bmust have)"
                    + "[^.\\n]{0,25}$");
    /** A bare "3/4" is a date only after a word that can only announce one ("for us: 36 of the 3/4" is a size). */
    private static final Pattern FIRM_CUE = Pattern.compile(
            "(?i)(\\bby|\\bbefore|\\bdeliver\\w*|\\bneed\\w*|\\bship\\w*|\\bdue|\\beta|\\bdate\\w*|\\bno later than|\\bnlt"
                    + "|\\brequired|\\brequested|\\barrive|\\bon)\\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s*|the\\s*)?[:,]?\\s*$");
    private static final Pattern NOT_REQUESTED = Pattern.compile(
            "(?i)(order date|po date|invoice date|sent|date of order|dated|wrote|received|from|until|returning|back on|since)[^\\n]{0,20}$");

    private DateReader() {
    }

    public static List<DateMention> find(String text, LocalDate today) {
        List<DateMention> out = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        scan(ISO, text, taken, out, today, m -> of(Integer.parseInt(m.group(1)), m.group(2), m.group(3)));
        scan(SLASH, text, taken, out, today, m -> {
            if (m.group(3) == null) {
                // A bare "3/4" is a size far more often than March 4: only a cue makes it a date.
                if (!FIRM_CUE.matcher(before(text, m.start())).find()) {
                    return null;
                }
                return nextOnOrAfter(today, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            return of(year(m.group(3)), m.group(1), m.group(2));
        });
        scan(DOTTED, text, taken, out, today, m -> of(year(m.group(3)), m.group(2), m.group(1)));
        scan(MONTH_DAY, text, taken, out, today, m -> withYear(today, month(m.group(1)), Integer.parseInt(m.group(2)), m.group(3)));
        scan(DAY_MONTH, text, taken, out, today, m -> withYear(today, month(m.group(2)), Integer.parseInt(m.group(1)), m.group(3)));
        Matcher w = WEEKDAY.matcher(text);
        while (w.find()) {
            if (free(taken, w.start(), w.end())) {
                String day = w.group(2) != null ? w.group(2) : w.group(3);
                DayOfWeek dow = weekday(day);
                LocalDate coming = today.with(TemporalAdjusters.next(dow));
                String doubt = null;
                LocalDate date = coming;
                if ("next".equalsIgnoreCase(w.group(1))) {
                    LocalDate nextWeeks = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY)).with(TemporalAdjusters.nextOrSame(dow));
                    if (!nextWeeks.equals(coming)) {
                        doubt = "\"" + w.group() + "\" may mean " + coming + " or " + nextWeeks;
                        date = nextWeeks;
                    }
                }
                add(out, taken, text, w.start(), w.end(), date, doubt);
            }
        }
        Matcher r = RELATIVE.matcher(text);
        while (r.find()) {
            if (free(taken, r.start(), r.end())) {
                add(out, taken, text, r.start(), r.end(), relative(r, today), null);
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private interface Reading {
        LocalDate read(Matcher m);
    }

    private static void scan(Pattern p, String text, boolean[] taken, List<DateMention> out, LocalDate today, Reading reading) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            if (!free(taken, m.start(), m.end())) {
                continue;
            }
            LocalDate date;
            try {
                date = reading.read(m);
            } catch (DateTimeException | NumberFormatException e) {
                date = null;
            }
            if (date != null) {
                add(out, taken, text, m.start(), m.end(), date, null);
            }
        }
    }

    private static void add(List<DateMention> out, boolean[] taken, String text, int start, int end, LocalDate date, String doubt) {
        for (int i = start; i < end; i++) {
            taken[i] = true;
        }
        boolean requested = cued(text, start) && !NOT_REQUESTED.matcher(before(text, start)).find();
        out.add(new DateMention(date, start, end, requested, doubt));
    }

    private static boolean cued(String text, int start) {
        return CUE.matcher(before(text, start)).find();
    }

    private static String before(String text, int start) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        return text.substring(Math.max(lineStart, start - 40), start);
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate of(int year, String month, String day) {
        return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
    }

    private static int year(String y) {
        return y.length() == 2 ? 2000 + Integer.parseInt(y) : Integer.parseInt(y);
    }

    private static LocalDate withYear(LocalDate today, int month, int day, String year) {
        return year != null ? LocalDate.of(Integer.parseInt(year), month, day) : nextOnOrAfter(today, month, day);
    }

    private static LocalDate nextOnOrAfter(LocalDate today, int month, int day) {
        LocalDate d = LocalDate.of(today.getYear(), month, day);
        return d.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : d;
    }

    private static int month(String word) {
        String m = word.toLowerCase(Locale.ROOT).substring(0, 3);
        return List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec").indexOf(m) + 1;
    }

    private static DayOfWeek weekday(String word) {
        String w = word.toLowerCase(Locale.ROOT).substring(0, 3);
        return DayOfWeek.of(List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun").indexOf(w) + 1);
    }

    private static LocalDate relative(Matcher r, LocalDate today) {
        String what = r.group(1).toLowerCase(Locale.ROOT);
        if (what.equals("tomorrow")) {
            return today.plusDays(1);
        }
        if (what.equals("today")) {
            return today;
        }
        if (what.equals("next week")) {
            return today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        }
        if (what.contains("week") && what.startsWith("end")) {
            return today.with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
        }
        if (what.startsWith("end") || what.equals("eom")) {
            return today.with(TemporalAdjusters.lastDayOfMonth());
        }
        int n = switch (r.group(2).toLowerCase(Locale.ROOT)) {
            case "one" -> 1;
            case "two" -> 2;
            case "three" -> 3;
            case "four" -> 4;
            default -> Integer.parseInt(r.group(2));
        };
        return r.group(3).toLowerCase(Locale.ROOT).startsWith("week") ? today.plusWeeks(n) : today.plusDays(n);
    }
}
