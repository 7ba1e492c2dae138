package com.orderdesk.logic.audit;

/**
 * The head row as stored: the last entry of all, and the last entry written by a signed-in user
 * with the audit key's MAC over it (keyedSequence 0 when no keyed entry was written yet).
 */
public record SealedHead(long sequence, String hash, long keyedSequence, String keyedHash, String mac) {
}
