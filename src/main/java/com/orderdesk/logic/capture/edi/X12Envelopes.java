package com.orderdesk.logic.capture.edi;

import com.orderdesk.logic.capture.edi.X12OrderReader.Answer;
import com.orderdesk.logic.capture.edi.X12OrderReader.EnvelopeFault;
import com.orderdesk.logic.capture.edi.X12OrderReader.Result;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What can be said back to the senders of a file: one answer per interchange in it, each addressed
 * from its own ISA. A file that cannot be read is taken whole or not at all, so every set of it is
 * rejected; the interchange where the fault is gets a TA1 when the fault is in its envelope.
 */
final class X12Envelopes {
    private X12Envelopes() {
    }

    static X12Interchange.Builder from(X12Segment isa) {
        X12Interchange.Builder b = new X12Interchange.Builder();
        b.senderQualifier = isa.element(5).trim();
        b.senderId = isa.element(6).trim();
        b.receiverQualifier = isa.element(7).trim();
        b.receiverId = isa.element(8).trim();
        b.date = isa.element(9).trim();
        b.time = isa.element(10).trim();
        b.version = isa.element(12).trim();
        b.controlNumber = isa.element(13).trim();
        return b;
    }

    private static X12Interchange.Builder from(IsaHeader isa) {
        X12Interchange.Builder b = new X12Interchange.Builder();
        b.senderQualifier = isa.element(5);
        b.senderId = isa.element(6);
        b.receiverQualifier = isa.element(7);
        b.receiverId = isa.element(8);
        b.date = isa.element(9);
        b.time = isa.element(10);
        b.version = isa.element(12);
        b.controlNumber = isa.controlNumber();
        return b;
    }

    static X12Interchange.Group group(X12Segment gs, List<X12Interchange.TransactionSet> sets) {
        return new X12Interchange.Group(gs.element(1), gs.element(2), gs.element(3), gs.element(4), gs.element(6), gs.element(8),
                List.copyOf(sets));
    }

    /** The first ISA's layout is wrong before anything else could be read: a TA1 when it still says who sent it and its number. */
    static Result headerRejected(IsaHeader isa) {
        List<Answer> answers = isa.addressable()
                ? List.of(new Answer(from(isa).build(), new EnvelopeFault(isa.element(9), isa.element(10), isa.fault().noteCode())))
                : List.of();
        return new Result(List.of(), answers, List.of(), isa.fault().reason());
    }

    /**
     * The answers to a file that cannot be read, from the segments read before the fault: every
     * interchange read so far, every set in it rejected; the last one (where the fault is) answered
     * with a TA1 when the fault is in its envelope or it got no group read. {@code firstIsa} is the
     * first header read by position, to address the TA1 when StAEDI could not read even that.
     */
    static Result rejected(String why, X12SegmentReader.Broken e, List<X12Segment> read, boolean inEnvelope, byte[] bytes,
                           IsaHeader firstIsa) {
        List<List<X12Segment>> interchanges = new ArrayList<>();
        for (X12Segment s : read) {
            if (s.tag().equals("ISA")) {
                interchanges.add(new ArrayList<>());
            }
            if (!interchanges.isEmpty()) {
                interchanges.get(interchanges.size() - 1).add(s);
            }
        }
        if (interchanges.isEmpty() || interchanges.get(0).get(0).element(13).isBlank()) {
            return firstIsa != null && firstIsa.addressable()
                    ? new Result(List.of(), List.of(new Answer(from(firstIsa).build(),
                            new EnvelopeFault(firstIsa.element(9), firstIsa.element(10), noteCode(e, firstIsa)))), List.of(), why)
                    : new Result(List.of(), List.of(), List.of(), why);
        }
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < interchanges.size(); i++) {
            List<X12Segment> segments = interchanges.get(i);
            X12Segment isa = segments.get(0);
            X12Interchange interchange = rejectedSets(isa, segments, why);
            boolean last = i == interchanges.size() - 1;
            EnvelopeFault fault = last && (inEnvelope || interchange.groups().isEmpty())
                    ? new EnvelopeFault(isa.element(9).trim(), isa.element(10).trim(),
                            noteCode(e, IsaHeader.at(bytes, isa.start(), isa.number())))
                    : null;
            answers.add(new Answer(interchange, fault));
        }
        return new Result(List.of(), answers, List.of(), why);
    }

    private static X12Interchange rejectedSets(X12Segment isa, List<X12Segment> read, String why) {
        X12Interchange.Builder envelope = from(isa);
        X12Segment gs = null;
        List<X12Interchange.TransactionSet> sets = new ArrayList<>();
        for (X12Segment s : read) {
            if (s.tag().equals("GS")) {
                gs = s;
                sets = new ArrayList<>();
            } else if (s.tag().equals("ST") && gs != null) {
                sets.add(new X12Interchange.TransactionSet(s.element(1), s.element(2), List.of(why)));
            } else if (s.tag().equals("GE") && gs != null) {
                envelope.groups.add(group(gs, sets));
                gs = null;
            }
        }
        if (gs != null) {
            envelope.groups.add(group(gs, sets)); // the group the fault cut short
        }
        return envelope.build();
    }

    /**
     * TA105: the header's own fault when its layout is wrong; the ISA element StAEDI names; 023 cut
     * off; 001 ISA and IEA control numbers differ; 021 wrong group count; else 022 invalid control structure.
     */
    static String noteCode(X12SegmentReader.Broken e, IsaHeader isa) {
        if (isa != null && isa.fault() != null) {
            return isa.fault().noteCode();
        }
        String m = e.getMessage().toLowerCase(Locale.ROOT);
        String ofElement = IsaHeader.noteOfStaediReason(e.getMessage());
        if (ofElement != null) {
            return ofElement;
        }
        if (m.contains("without iea") || m.contains("edie005")) {
            return "023";
        }
        if ("IEA".equals(e.tag) && m.contains("control reference mismatch")) {
            return "001";
        }
        if ("IEA".equals(e.tag) && m.contains("count")) {
            return "021";
        }
        return "022";
    }
}
