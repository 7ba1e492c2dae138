package com.orderdesk.gui.collections;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * A dunning run without widgets: propose the letters for a day, print them one by one into a
 * folder (each a PDF) while the caller reports progress and may ask the run to stop between two
 * letters, then record the levels reached for exactly the letters that were written.
 */
public final class DunningViewModel {
    /** Writes one letter as a PDF into a folder and returns the file. */
    @FunctionalInterface
    public interface LetterPrinter {
        Path print(DunningRun.Letter letter, LocalDate runDate, Path folder);
    }

    /** What a print run did. */
    public record PrintResult(List<Path> written, boolean cancelled, int proposed) {
        /** "Printed 3 of 12 letters; cancelled" or "12 of 12 letters printed". */
        public String summary() {
            return cancelled ? "Printed " + written.size() + " of " + proposed + " letters; cancelled"
                    : written.size() + " of " + proposed + " letters printed";
        }
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

    /**
     * The day to propose the run for; refused (InputException, the field's sentence) while the date's
     * text is no date: a run on the date kept under it would dun customers for a day nobody asked for.
     */
    public LocalDate runDay(com.orderdesk.gui.common.EnteredDate typed) {
        return typed.date();
    }

    public List<DunningRun.Letter> propose(LocalDate runDate) {
        return dunning.propose(user.get(), runDate);
    }

    /** Off the FX thread: the letters for {@code runDate}, told of each customer read and stoppable between two. */
    public DunningUseCases.Proposal propose(LocalDate runDate, BatchProgress progress) {
        return dunning.propose(user.get(), runDate, progress);
    }

    /**
     * What the status bar adds when the run left invoices off every letter because their open amount is no whole
     * number: "1 invoice left out: INV-000102 has a damaged amount", or "" when none was.
     */
    public static String leftOut(DunningUseCases.Proposal proposal) {
        List<String> numbers = proposal.leftOut();
        return numbers.isEmpty() ? ""
                : numbers.size() == 1 ? com.orderdesk.gui.common.Messages.get("dunning.leftOut.one", numbers.get(0))
                : com.orderdesk.gui.common.Messages.get("dunning.leftOut.many", numbers.size(), String.join(", ", numbers));
    }

    /**
     * Prints the letters (off the FX thread) and records the ones written; refused before any letter
     * is written when the user may not run dunning. {@code progress} hears of
     * each letter before it is printed and is asked between two whether to stop: the letter in hand
     * is always finished (a PDF cut halfway is worth nothing), the letters printed so far are then
     * recorded (they exist and may be sent) and the rest are not, so the next run proposes them again.
     */
    public PrintResult print(List<DunningRun.Letter> letters, LocalDate runDate, Path folder, BatchProgress progress) {
        // the use case checks the permission before the first letter is written, then records the ones written
        List<Path> written = dunning.printAndRecord(user.get(), runDate, letters, l -> printer.print(l, runDate, folder),
                progress);
        return new PrintResult(written, written.size() < letters.size(), letters.size());
    }
}
