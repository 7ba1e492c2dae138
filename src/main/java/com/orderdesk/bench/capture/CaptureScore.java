package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.DraftStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Scores drafts against the right answers as src/site/markdown/contracts/capture.md ("What counts as good") defines. */
public final class CaptureScore {
    int orders;
    int touchlessAble;
    int touchlessHits;
    int touchlessDrafts;
    int falseTouchless;
    int needsPerson;
    int needsPersonReviewed;
    int nonOrders;
    int nonOrdersRecognised;
    int broken;
    int brokenRejectedWithLocation;
    int reviewLines;
    int reviewLinesRight;
    int missingDrafts;
    final List<String> falseTouchlessSources = new ArrayList<>();
    final List<String> missedSources = new ArrayList<>();
    final Map<String, int[]> byScenario = new TreeMap<>();

    public static CaptureScore score(List<Expected> expected, List<Draft> drafts) {
        CaptureScore s = new CaptureScore();
        Map<String, Draft> bySource = new HashMap<>();
        drafts.forEach(d -> bySource.put(d.source(), d));
        for (Expected e : expected) {
            Draft d = bySource.get(e.source());
            int[] sc = s.byScenario.computeIfAbsent(e.scenario(), k -> new int[3]);
            sc[0]++;
            if (d == null) {
                s.missingDrafts++;
                continue;
            }
            boolean touchless = d.status() == DraftStatus.TOUCHLESS;
            if (touchless) {
                s.touchlessDrafts++;
            }
            switch (e.kind()) {
                case REJECTED -> {
                    s.broken++;
                    if (d.status() == DraftStatus.REJECTED && !d.reasons().isEmpty()
                            && d.reasons().get(0).text().matches("(?s).*(segment \\d+|line \\d+).*")) {
                        s.brokenRejectedWithLocation++;
                        sc[1]++;
                    }
                    if (touchless) {
                        s.falseTouchless(e, sc);
                    }
                }
                case NOT_AN_ORDER -> {
                    s.nonOrders++;
                    if (d.status() == DraftStatus.NOT_AN_ORDER) {
                        s.nonOrdersRecognised++;
                        sc[1]++;
                    }
                    if (touchless) {
                        s.falseTouchless(e, sc);
                    }
                }
                default -> s.order(e, d, sc);
            }
        }
        return s;
    }

    private void order(Expected e, Draft d, int[] sc) {
        orders++;
        boolean touchless = d.status() == DraftStatus.TOUCHLESS;
        boolean equal = Objects.equals(e.customerNo(), d.customerNo()) && Objects.equals(e.shipTo(), d.shipTo())
                && Objects.equals(e.poNumber(), d.poNumber()) && Objects.equals(e.requestedDate(), d.requestedDate())
                && linesEqual(e.lines(), d.lines());
        if (e.touchlessAble()) {
            touchlessAble++;
            if (touchless && equal) {
                touchlessHits++;
                sc[1]++;
            } else if (!touchless) {
                missedSources.add(e.source());
            }
        } else {
            needsPerson++;
            if (d.status() == DraftStatus.REVIEW) {
                needsPersonReviewed++;
                sc[1]++;
            }
        }
        if (touchless && !(e.touchlessAble() && equal)) {
            falseTouchless(e, sc);
        }
        if (d.status() == DraftStatus.REVIEW) {
            for (int i = 0; i < e.lines().size(); i++) {
                reviewLines++;
                if (i < d.lines().size() && e.lines().get(i).sku() != null && e.lines().get(i).sku().equals(d.lines().get(i).sku())
                        && Long.valueOf(e.lines().get(i).quantity()).equals(d.lines().get(i).quantity())) {
                    reviewLinesRight++;
                }
            }
        }
    }

    private void falseTouchless(Expected e, int[] sc) {
        falseTouchless++;
        sc[2]++;
        falseTouchlessSources.add(e.source());
    }

    private static boolean linesEqual(List<Expected.Line> expected, List<DraftLine> lines) {
        if (expected.size() != lines.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!Objects.equals(expected.get(i).sku(), lines.get(i).sku())
                    || !Long.valueOf(expected.get(i).quantity()).equals(lines.get(i).quantity())) {
                return false;
            }
        }
        return true;
    }

    public double touchlessHitRate() {
        return touchlessAble == 0 ? 0 : (double) touchlessHits / touchlessAble;
    }

    public double falseTouchlessRate() {
        return touchlessDrafts == 0 ? 0 : (double) falseTouchless / touchlessDrafts;
    }

    public int falseTouchless() {
        return falseTouchless;
    }

    public int broken() {
        return broken;
    }

    public int brokenRejectedWithLocation() {
        return brokenRejectedWithLocation;
    }
}
