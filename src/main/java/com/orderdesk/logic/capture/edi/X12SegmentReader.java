package com.orderdesk.logic.capture.edi;

import io.xlate.edi.stream.EDIInputFactory;
import io.xlate.edi.stream.EDIStreamEvent;
import io.xlate.edi.stream.EDIStreamException;
import io.xlate.edi.stream.EDIStreamReader;
import io.xlate.edi.stream.EDIStreamValidationError;
import io.xlate.edi.stream.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an X12 interchange into segments with StAEDI, which takes the separators from the ISA
 * segment and checks the envelopes (control numbers and counts). Any fault it reports stops the
 * reading with the segment where it was found.
 */
final class X12SegmentReader {
    /** The interchange cannot be read; the message says where. */
    static final class Broken extends Exception {
        /** The segments read whole before the fault (to address the acknowledgment). */
        final transient List<X12Segment> readSoFar;
        /** The fault is in the interchange's own envelope (ISA, IEA, or outside any group): a TA1, not a 997. */
        final boolean envelope;
        /** The segment tag where it was found, or null. */
        final String tag;

        Broken(String message) {
            this(message, List.of(), true, null);
        }

        Broken(String message, List<X12Segment> readSoFar, boolean envelope, String tag) {
            super(message);
            this.readSoFar = List.copyOf(readSoFar);
            this.envelope = envelope;
            this.tag = tag;
        }
    }

    /** StAEDI logs its schema loading at INFO on standard error, which belongs to the command's own messages. */
    private static final java.util.logging.Logger STAEDI_LOG = java.util.logging.Logger.getLogger("io.xlate.edi");

    static {
        STAEDI_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private X12SegmentReader() {
    }

    static List<X12Segment> read(byte[] bytes) throws Broken {
        EDIInputFactory factory = EDIInputFactory.newFactory();
        factory.setProperty(EDIInputFactory.EDI_VALIDATE_CONTROL_STRUCTURE, true);
        factory.setProperty(EDIInputFactory.EDI_IGNORE_EXTRANEOUS_CHARACTERS, true);
        List<X12Segment> segments = new ArrayList<>();
        int number = 0;
        String tag = null;
        int start = 0;
        List<String> elements = null;
        StringBuilder composite = null;
        boolean inGroup = false;
        try (EDIStreamReader reader = factory.createEDIStreamReader(new ByteArrayInputStream(bytes))) {
            while (reader.hasNext()) {
                EDIStreamEvent event = reader.next();
                switch (event) {
                    case START_SEGMENT -> {
                        number++;
                        tag = reader.getText();
                        elements = new ArrayList<>();
                        elements.add(tag);
                        start = segmentStart(bytes, reader.getLocation().getCharacterOffset(), tag);
                    }
                    case START_COMPOSITE -> composite = new StringBuilder();
                    case END_COMPOSITE -> {
                        put(elements, reader.getLocation().getElementPosition(), composite.toString());
                        composite = null;
                    }
                    case ELEMENT_DATA -> {
                        Location at = reader.getLocation();
                        if (composite != null) {
                            if (at.getComponentPosition() > 1) {
                                composite.append(':');
                            }
                            composite.append(reader.getText());
                        } else if (elements != null) {
                            put(elements, at.getElementPosition(), reader.getText());
                        }
                    }
                    case END_SEGMENT -> {
                        int end = Math.max(start, Math.min(bytes.length, reader.getLocation().getCharacterOffset()));
                        segments.add(new X12Segment(number, tag, List.copyOf(elements), start, end));
                        inGroup = tag.equals("GS") || (inGroup && !tag.equals("GE"));
                        elements = null;
                    }
                    case SEGMENT_ERROR -> {
                        // reported before the segment starts: the location names the segment at fault, not the one read last
                        Location at = reader.getLocation();
                        String faulty = at.getSegmentTag();
                        String what = describe(reader.getErrorType().name());
                        if (reader.getErrorType() == EDIStreamValidationError.MANDATORY_SEGMENT_MISSING) {
                            what += " \"" + reader.getText() + "\""; // the text is the segment missing, the location where it was missed
                        }
                        throw new Broken("segment " + at.getSegmentPosition() + " (" + faulty + "): " + what, segments,
                                envelope(inGroup, faulty), faulty);
                    }
                    case ELEMENT_DATA_ERROR, ELEMENT_OCCURRENCE_ERROR -> {
                        Location at = reader.getLocation();
                        String faulty = tag == null ? at.getSegmentTag() : tag;
                        String value = event == EDIStreamEvent.ELEMENT_DATA_ERROR ? reader.getText() : null;
                        throw new Broken("segment " + Math.max(number, 1) + " (" + faulty + "), element " + at.getElementPosition() + ": "
                                + describe(reader.getErrorType().name()) + (value == null || value.isBlank() ? "" : " \"" + value.strip() + "\""),
                                segments, envelope(inGroup, faulty), faulty);
                    }
                    default -> {
                    }
                }
            }
        } catch (EDIStreamException e) {
            throw new Broken("segment " + Math.max(number, 1) + (tag == null ? "" : " (" + tag + ")") + ": " + e.getMessage(), segments,
                    envelope(inGroup, tag), tag);
        } catch (IOException | RuntimeException e) {
            throw new Broken("segment " + Math.max(number, 1) + ": cannot be read: " + e.getMessage(), segments,
                    envelope(inGroup, tag), tag);
        }
        if (segments.isEmpty() || !segments.get(0).tag().equals("ISA")) {
            throw new Broken("segment 1: an X12 interchange starts with ISA");
        }
        if (!segments.get(segments.size() - 1).tag().equals("IEA")) {
            throw new Broken("segment " + (number + 1) + ": the interchange ends without IEA (cut off?)", segments, true, null);
        }
        return segments;
    }

    private static boolean envelope(boolean inGroup, String tag) {
        return !inGroup || "ISA".equals(tag) || "IEA".equals(tag);
    }

    private static void put(List<String> elements, int position, String value) {
        while (elements.size() <= position) {
            elements.add("");
        }
        elements.set(position, value);
    }

    /** StAEDI reports where it stands after the tag; the span starts at the tag itself. */
    private static int segmentStart(byte[] bytes, int offsetAfterTag, String tag) {
        int guess = Math.max(0, Math.min(bytes.length, offsetAfterTag) - tag.length());
        for (int i = Math.min(guess + 2, bytes.length - tag.length()); i >= Math.max(0, guess - 3); i--) {
            if (new String(bytes, i, tag.length(), java.nio.charset.StandardCharsets.ISO_8859_1).equals(tag)) {
                return i;
            }
        }
        return guess;
    }

    private static String describe(String errorType) {
        return errorType.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
