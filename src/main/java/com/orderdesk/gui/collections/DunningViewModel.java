package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * A dunning run without widgets: propose the letters for a day, print them one by one into a
 * folder (each a PDF) while the caller reports progress and may cancel, then record the levels
 * reached for exactly the letters that were written.
 */
public final class DunningViewModel {
    /** Writes one letter as a PDF into a folder and returns the file. */
    @FunctionalInterface
    public interface LetterPrinter {
        Path print(DunningRun.Letter letter, LocalDate runDate, Path folder);
    }

    /** Progress of a print run: letters done of all. */
    @FunctionalInterface
    public interface Progress {
        void done(int done, int of, String current);
    }

    /** What a print run did. */
    public record PrintResult(List<Path> written, boolean cancelled, int proposed) {
    }

    private final DunningUseCases dunning;
    private final LetterPrinter printer;
    private final Supplier<SignedInUser> user;

    public DunningViewModel(DunningUseCases dunning, LetterPrinter printer, Supplier<SignedInUser> user) {
        this.dunning = dunning;
        this.printer = printer;
        this.user = user;
    }

    public LocalDate today() {
        return dunning.today();
    }

    public List<DunningRun.Letter> propose(LocalDate runDate) {
        return dunning.propose(user.get(), runDate);
    }

    /**
     * Prints the letters (off the FX thread) and records the ones written: after a Cancel, the
     * letters printed so far are recorded (they exist and may be sent), the rest are not.
     */
    public PrintResult print(List<DunningRun.Letter> letters, LocalDate runDate, Path folder, Progress progress,
                             BooleanSupplier cancelled) {
        List<Path> written = new ArrayList<>();
        List<DunningRun.Letter> printed = new ArrayList<>();
        for (DunningRun.Letter l : letters) {
            if (cancelled.getAsBoolean()) {
                break;
            }
            progress.done(printed.size(), letters.size(), l.customerNo());
            written.add(printer.print(l, runDate, folder));
            printed.add(l);
        }
        progress.done(printed.size(), letters.size(), "");
        if (!printed.isEmpty()) {
            dunning.recordSent(user.get(), runDate, printed);
        }
        return new PrintResult(written, printed.size() < letters.size(), letters.size());
    }
}
