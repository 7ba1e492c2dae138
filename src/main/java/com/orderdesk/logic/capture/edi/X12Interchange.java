package com.orderdesk.logic.capture.edi;

import java.util.ArrayList;
import java.util.List;

/**
 * The envelope of an X12 interchange as read: who sent it, to whom, its date and time (ISA09,
 * ISA10: a TA1 repeats them), control number and version, and each functional group with its
 * transaction sets. The 997 acknowledgment is written from this.
 */
public record X12Interchange(String senderQualifier, String senderId, String receiverQualifier, String receiverId,
                             String date, String time, String controlNumber, String version, List<Group> groups) {

    /** {@code date} is GS04 as sent (the date the sender made the group). */
    public record Group(String functionalId, String senderCode, String receiverCode, String date, String controlNumber,
                        String version, List<TransactionSet> sets) {
    }

    /** {@code errors} empty when the set was read without fault. */
    public record TransactionSet(String type, String controlNumber, List<String> errors) {
    }

    static final class Builder {
        String senderQualifier = "";
        String senderId = "";
        String receiverQualifier = "";
        String receiverId = "";
        String date = "";
        String time = "";
        String controlNumber = "";
        String version = "";
        final List<Group> groups = new ArrayList<>();

        X12Interchange build() {
            return new X12Interchange(senderQualifier, senderId, receiverQualifier, receiverId, date, time, controlNumber, version, groups);
        }
    }
}
