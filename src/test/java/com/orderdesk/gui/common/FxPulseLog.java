package com.orderdesk.gui.common;

import java.io.PrintStream;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import javafx.animation.AnimationTimer;

/**
 * Logs every time the FX thread went longer than a threshold without a pulse, and what it was doing
 * meanwhile: an animation timer asks for a frame every pulse (some 16 ms), so a gap between two calls is
 * the time the thread was held; a sampler thread takes the FX thread's stack every 20 ms while a gap is
 * open and the log names the application's frames seen most (the cause) and the top frames (the kind of
 * work: CSS, layout, a query, ...). A test helper for measuring (see {@link PulseLoggedDesk}), not part
 * of the application. Start and stop on the FX thread.
 */
public final class FxPulseLog extends AnimationTimer {
    private static final long SAMPLE_EVERY_MS = 20;
    private final long thresholdNanos;
    private final PrintStream out;
    private final List<Gap> gaps = new CopyOnWriteArrayList<>();
    private final List<StackTraceElement[]> samples = new CopyOnWriteArrayList<>();
    private volatile long lastPulse;
    private volatile Thread fxThread;
    private volatile boolean running;
    private String label = "";

    /** One gap: when it ended, how long, and the sampled causes. */
    public record Gap(LocalTime end, long millis, String label, String cause) {
        @Override
        public String toString() {
            return end + " GAP " + millis + " ms" + (label.isEmpty() ? "" : " [" + label + "]") + ": " + cause;
        }
    }

    public FxPulseLog(long thresholdMillis, PrintStream out) {
        this.thresholdNanos = thresholdMillis * 1_000_000;
        this.out = out;
    }

    /** What the user is doing now (the next gaps are logged with it), e.g. "olivia: Ctrl+2 orders". */
    public void label(String now) {
        label = now;
        if (out != null) {
            out.println(LocalTime.now() + " STEP " + now);
            out.flush();
        }
    }

    @Override
    public void start() {
        fxThread = Thread.currentThread();
        running = true;
        lastPulse = System.nanoTime();
        Thread sampler = new Thread(this::sample, "fx pulse sampler");
        sampler.setDaemon(true);
        sampler.start();
        super.start();
    }

    @Override
    public void stop() {
        running = false;
        super.stop();
    }

    @Override
    public void handle(long ignored) {
        long now = System.nanoTime();
        long gap = now - lastPulse;
        lastPulse = now;
        if (gap > thresholdNanos) {
            Gap g = new Gap(LocalTime.now(), gap / 1_000_000, label, cause(new ArrayList<>(samples)));
            gaps.add(g);
            if (out != null) {
                out.println(g);
                out.flush();
            }
        }
        samples.clear();
    }

    /** Every gap over the threshold so far. */
    public List<Gap> gaps() {
        return List.copyOf(gaps);
    }

    /** The longest gap so far in milliseconds (0 if none passed the threshold). */
    public long longestMillis() {
        return gaps.stream().mapToLong(Gap::millis).max().orElse(0);
    }

    /** Forgets the gaps so far. */
    public void forget() {
        gaps.clear();
    }

    private void sample() {
        while (running) {
            try {
                Thread.sleep(SAMPLE_EVERY_MS);
            } catch (InterruptedException e) {
                return;
            }
            if (System.nanoTime() - lastPulse > thresholdNanos / 2) {
                samples.add(fxThread.getStackTrace());
            }
        }
    }

    /** The application frames seen most in the samples (each counted once per sample), then the top frames. */
    static String cause(List<StackTraceElement[]> taken) {
        if (taken.isEmpty()) {
            return "no samples";
        }
        Map<String, Integer> ours = new LinkedHashMap<>();
        Map<String, Integer> tops = new LinkedHashMap<>();
        int idle = 0;
        for (StackTraceElement[] stack : taken) {
            if (idle(stack)) {
                idle++; // the thread waited for events: the pulse came late (a loaded machine), no work held it
                continue;
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (StackTraceElement f : stack) {
                if (f.getClassName().startsWith("com.orderdesk.") && seen.add(frame(f))) {
                    ours.merge(frame(f), 1, Integer::sum);
                }
            }
            if (stack.length > 0) {
                tops.merge(top(stack), 1, Integer::sum);
            }
        }
        return taken.size() + " samples, " + idle + " idle; ours " + most(ours, 6) + "; top " + most(tops, 4);
    }

    /** The thread sat in the toolkit's event loop (or Monocle's) waiting for something to do. */
    private static boolean idle(StackTraceElement[] stack) {
        return stack.length > 0 && stack[0].getMethodName().equals("_runLoop")
                || stack.length > 2 && stack[0].getMethodName().equals("park") && stack.length < 12;
    }

    /** The first frame of the stack that is not inside the JDK's own collections or reflection. */
    private static String top(StackTraceElement[] stack) {
        for (StackTraceElement f : stack) {
            String c = f.getClassName();
            if (!c.startsWith("java.util.") && !c.startsWith("java.lang.") && !c.startsWith("jdk.internal.")
                    && !c.startsWith("sun.")) {
                return frame(f);
            }
        }
        return frame(stack[0]);
    }

    private static String frame(StackTraceElement f) {
        String c = f.getClassName();
        return c.substring(c.lastIndexOf('.') + 1) + "." + f.getMethodName();
    }

    private static String most(Map<String, Integer> counts, int n) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ", "[", "]"));
    }
}
