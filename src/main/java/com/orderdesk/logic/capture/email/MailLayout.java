package com.orderdesk.logic.capture.email;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which parts of a mail body are the order: the new text above any quoted or forwarded earlier
 * mail, without "&gt;" lines and without the signature. When {@code forwarded} is asked for (the
 * sender is inside the company), the forwarded message's own text and sender are taken instead.
 */
final class MailLayout {
    /** {@code [start, end)} ranges of the body that belong to the order; the forwarded sender, when one was read. */
    record Layout(List<int[]> parts, String forwardedFrom) {
    }

    private static final Pattern SEPARATOR = Pattern.compile(
            "(?im)^[ \\t]*(?:-{2,}[ \\t]*(?:original message|forwarded message)[ \\t]*-{2,}|begin forwarded message:"
                    + "|_{10,}|-{5,}[ \\t]*forwarded by.*|on [^\\n]{4,200}?(?:\\n[^\\n]{0,120}?)?wrote:|from:[ \\t]+[^\\n]+\\n(?:[ \\t]*(?:sent|date|to|cc|subject):[^\\n]*\\n){1,4})[ \\t]*$?");
    private static final Pattern FORWARDED_FROM = Pattern.compile("(?im)^[ \\t>]*from:[ \\t]*(.+)$");
    private static final Pattern ADDRESS = Pattern.compile("[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern HEADER_LINE = Pattern.compile("(?i)^[ \\t>]*(from|sent|date|to|cc|subject|reply-to):.*");
    private static final Pattern CLOSING = Pattern.compile(
            "(?i)^[ \\t]*(--[ \\t]*|thanks?( you)?( again| so much| in advance)?[,.!]*|many thanks[,.!]*|regards[,.!]*|best regards[,.!]*"
                    + "|kind regards[,.!]*|warm regards[,.!]*|best[,.!]*|cheers[,.!]*|sincerely( yours)?[,.!]*|thx[,.!]*|rgds[,.!]*|br[,.!]*"
                    + "|respectfully[,.!]*|all the best[,.!]*|sent from my [a-z ]+|get outlook for \\w+|thank you[,.!]* ?-?.{0,20}"
                    + "|with thanks[,.!]*|ty[,.!]*|tia[,.!]*)[ \\t]*$");

    private MailLayout() {
    }

    static Layout of(String body, boolean forwarded) {
        Matcher sep = SEPARATOR.matcher(body);
        if (!sep.find()) {
            return new Layout(ownText(body, 0, body.length()), null);
        }
        if (!forwarded) {
            return new Layout(ownText(body, 0, sep.start()), null);
        }
        // Forwarded by a colleague: the note above (it may add a date or a ship-to) and the forwarded text.
        List<int[]> parts = new ArrayList<>(ownText(body, 0, sep.start()));
        String from = null;
        Matcher f = FORWARDED_FROM.matcher(body);
        if (f.find(sep.start())) {
            Matcher a = ADDRESS.matcher(f.group(1));
            if (a.find()) {
                from = a.group().toLowerCase(Locale.ROOT);
            }
        }
        int start = sep.end();
        // Skip the forwarded header lines (From:, Date:, Subject:, To:).
        int lineStart = start;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? body.length() : lineEnd;
            String line = body.substring(lineStart, lineEnd);
            if (!HEADER_LINE.matcher(line).matches() && !line.isBlank() && !line.matches("(?i)[ \\t-]*forwarded message[ \\t-]*")) {
                break;
            }
            lineStart = lineEnd + 1;
        }
        start = Math.min(lineStart, body.length());
        Matcher next = SEPARATOR.matcher(body);
        int end = next.find(start) ? next.start() : body.length();
        parts.addAll(ownText(body, start, end));
        return new Layout(parts, from);
    }

    /** The lines of {@code [from, to)} up to the signature, without quoted ("&gt;") lines. */
    private static List<int[]> ownText(String body, int from, int to) {
        List<int[]> parts = new ArrayList<>();
        int lineStart = from;
        boolean content = false;
        int partStart = -1;
        while (lineStart < to) {
            int lineEnd = body.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = body.substring(lineStart, lineEnd);
            boolean quoted = line.stripLeading().startsWith(">");
            if (content && CLOSING.matcher(line).matches()) {
                break;
            }
            if (quoted) {
                if (partStart >= 0) {
                    parts.add(new int[] {partStart, lineStart});
                    partStart = -1;
                }
            } else {
                if (partStart < 0) {
                    partStart = lineStart;
                }
                content |= !line.isBlank();
            }
            lineStart = lineEnd + 1;
        }
        if (partStart >= 0) {
            parts.add(new int[] {partStart, Math.min(lineStart, to)});
        }
        return parts;
    }
}
