package com.orderdesk.logic.capture.edi;

import com.orderdesk.logic.capture.edi.X12OrderReader.Answer;
import com.orderdesk.logic.capture.edi.X12OrderReader.EnvelopeFault;
import com.orderdesk.logic.capture.edi.X12OrderReader.Result;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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
     * Checks every interchange of {@code read} (a file that could not be read is answered as it was:
     * its sets are rejected anyway). With no ID of its own set, the desk takes any receiver: it cannot
     * tell a partner's old ID for it from another company's.
     */
    public static Admitted admit(Result read, OwnId ours, TakenBefore book) {
        if (read.rejected() != null) {
            return new Admitted(read, List.of());
        }
        List<Answer> answers = new ArrayList<>(read.answers());
        List<Refusal> refusals = new ArrayList<>();
        Set<Key> inThisFile = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            X12Interchange x = a.interchange();
            if (a.fault() != null) {
                continue;
            }
            String what = "interchange " + x.controlNumber() + " from " + (x.senderQualifier() + " " + x.senderId()).strip();
            String reason = null;
            String code = null;
            if (ours.isSet() && !ours.receives(x)) {
                code = UNKNOWN_RECEIVER;
                reason = what + " is addressed to " + (x.receiverQualifier() + " " + x.receiverId()).strip()
                        + ", not to this desk's EDI ID " + ours;
            } else {
                Key key = Key.of(x);
                String before = inThisFile.add(key) ? book.when(key) : "earlier in this file";
                if (before != null) {
                    code = DUPLICATE_CONTROL_NUMBER;
                    reason = what + " was taken in before (" + before + ")";
                }
            }
            if (code != null) {
                refusals.add(new Refusal(i, code, reason));
                answers.set(i, new Answer(x, new EnvelopeFault(x.date(), x.time(), code)));
            }
        }
        return new Admitted(new Result(read.orders(), answers, read.interchangeOfOrder(), null), List.copyOf(refusals));
    }
}
