package com.orderdesk.logic.capture.edi;

import com.orderdesk.logic.capture.edi.X12OrderReader.Answer;
import com.orderdesk.logic.capture.edi.X12OrderReader.EnvelopeFault;
import com.orderdesk.logic.capture.edi.X12OrderReader.Result;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether each interchange of a file read whole is for this desk and new, as X12's TA1 note codes
 * (element I18) put it: 009 "unknown interchange receiver ID" when its ISA07/ISA08 is not this
 * desk's ID, 025 "duplicate interchange control number" when its sender (ISA05, ISA06) sent that
 * control number (ISA13) before, in the book or earlier in the same file. A refused interchange is
 * answered by a TA1 instead of its 997 and its orders are not taken; the others go on as read.
 */
public final class InterchangeAdmission {
    public static final String UNKNOWN_RECEIVER = "009";
    public static final String DUPLICATE_CONTROL_NUMBER = "025";

    /** This desk's interchange ID (what partners put in ISA07/ISA08); a blank {@code id} is none set. */
    public record OwnId(String qualifier, String id) {
        public OwnId {
            qualifier = qualifier == null ? "" : qualifier.strip();
            id = id == null ? "" : id.strip();
        }

        public boolean isSet() {
            return !id.isEmpty();
        }

        /** The receiver of {@code i} is this desk: the same ID, and the same qualifier when this desk has one. */
        boolean receives(X12Interchange i) {
            return i.receiverId().strip().equalsIgnoreCase(id)
                    && (qualifier.isEmpty() || i.receiverQualifier().strip().equalsIgnoreCase(qualifier));
        }

        @Override
        public String toString() {
            return (qualifier + " " + id).strip();
        }
    }

    /** What names an interchange to its receiver: its sender's qualifier and ID (upper case) and its control number. */
    public record Key(String senderQualifier, String senderId, String controlNumber) {
        public static Key of(X12Interchange x) {
            return new Key(x.senderQualifier().strip().toUpperCase(Locale.ROOT), x.senderId().strip().toUpperCase(Locale.ROOT),
                    x.controlNumber().strip());
        }
    }

    /** The book's memory of interchanges taken: when and where the one of this key came, or null. */
    public interface TakenBefore {
        String when(Key key);
    }

    /** One interchange refused: its index among the file's answers, the TA1 note code, and why in words. */
    public record Refusal(int interchange, String noteCode, String reason) {
    }

    /** The file's answers with refused interchanges answered by a TA1, and the refusals. */
    public record Admitted(Result result, List<Refusal> refusals) {
        /** The refusal of the interchange the draft (order) {@code index} came in, or null when it was admitted. */
        public Refusal refusalOfOrder(int index) {
            if (index >= result.interchangeOfOrder().size()) {
                return null;
            }
            int interchange = result.interchangeOfOrder().get(index);
            return refusals.stream().filter(r -> r.interchange() == interchange).findFirst().orElse(null);
        }

        /** The interchanges read whole and admitted: those to keep in the book's record. */
        public List<X12Interchange> taken() {
            List<X12Interchange> out = new ArrayList<>();
            for (int i = 0; i < result.answers().size(); i++) {
                int index = i;
                if (result.answers().get(i).fault() == null && refusals.stream().noneMatch(r -> r.interchange() == index)) {
                    out.add(result.answers().get(i).interchange());
                }
            }
            return out;
        }
    }

    private InterchangeAdmission() {
    }

    /**
     * The order the book is asked about interchanges in: a claim locks the interchange's key until the
     * desk's unit of work ends, so two desks taking the same interchanges in opposite order (two files,
     * X1 X2 and X2 X1) would each hold one and wait for the other (a deadlock on PostgreSQL, 40P01);
     * asked in one order everywhere, the second desk waits for the first's first claim, then finds all repeats.
     */
    static final Comparator<Key> CLAIM_ORDER = Comparator.comparing(Key::senderQualifier).thenComparing(Key::senderId)
            .thenComparing(Key::controlNumber);

    /**
     * Checks every interchange of {@code read} (a file that could not be read is answered as it was:
     * its sets are rejected anyway). With no ID of its own set, the desk takes any receiver: it cannot
     * tell a partner's old ID for it from another company's. The book is asked about the interchanges
     * left (for this desk, first of their key in the file) in {@link #CLAIM_ORDER}, not in file order.
     */
    public static Admitted admit(Result read, OwnId ours, TakenBefore book) {
        if (read.rejected() != null) {
            return new Admitted(read, List.of());
        }
        List<Answer> answers = new ArrayList<>(read.answers());
        Map<Integer, Refusal> refused = new TreeMap<>();
        Map<Key, Integer> toAsk = new TreeMap<>(CLAIM_ORDER);
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            X12Interchange x = a.interchange();
            if (a.fault() != null) {
                continue;
            }
            if (ours.isSet() && !ours.receives(x)) {
                refused.put(i, new Refusal(i, UNKNOWN_RECEIVER, what(x) + " is addressed to "
                        + (x.receiverQualifier() + " " + x.receiverId()).strip() + ", not to this desk's EDI ID " + ours));
            } else if (toAsk.putIfAbsent(Key.of(x), i) != null) {
                refused.put(i, repeat(i, x, "earlier in this file"));
            }
        }
        toAsk.forEach((key, i) -> {
            String before = book.when(key);
            if (before != null) {
                refused.put(i, repeat(i, answers.get(i).interchange(), before));
            }
        });
        refused.values().forEach(r -> {
            X12Interchange x = answers.get(r.interchange()).interchange();
            answers.set(r.interchange(), new Answer(x, new EnvelopeFault(x.date(), x.time(), r.noteCode())));
        });
        return new Admitted(new Result(read.orders(), answers, read.interchangeOfOrder(), read.groupOfOrder(), null), List.copyOf(refused.values()));
    }

    private static String what(X12Interchange x) {
        return "interchange " + x.controlNumber() + " from " + (x.senderQualifier() + " " + x.senderId()).strip();
    }

    private static Refusal repeat(int index, X12Interchange x, String before) {
        return new Refusal(index, DUPLICATE_CONTROL_NUMBER, what(x) + " was taken in before (" + before + ")");
    }
}
