package com.orderdesk.gui.collections;

import com.orderdesk.application.BatchProgress;
import com.orderdesk.application.collections.StatementUseCases;
import com.orderdesk.logic.security.SignedInUser;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;

/** The statement batch without widgets: every customer owing a balance, one PDF each into a folder. */
public final class StatementBatchViewModel {
    private final StatementUseCases statements;
    private final Function<Path, StatementUseCases.StatementWriter> writerInto;
    private final Supplier<SignedInUser> user;

    /** {@code writerInto}: the PDF writer for a chosen folder. */
    public StatementBatchViewModel(StatementUseCases statements, Function<Path, StatementUseCases.StatementWriter> writerInto,
                                   Supplier<SignedInUser> user) {
        this.statements = statements;
        this.writerInto = writerInto;
        this.user = user;
    }

    public LocalDate today() {
        return statements.today();
    }

    /** Runs the batch (call off the FX thread). */
    public StatementUseCases.Outcome run(LocalDate asOf, Path folder, BatchProgress progress) {
        return statements.printAll(user.get(), asOf, writerInto.apply(folder), progress);
    }
}
