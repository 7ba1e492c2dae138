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
    private final Function<Path, StatementUseCases.ActivityWriter> activityInto;
    private final Supplier<SignedInUser> user;

    /** {@code writerInto}: the PDF writer for a chosen folder; open-item statements only. */
    public StatementBatchViewModel(StatementUseCases statements, Function<Path, StatementUseCases.StatementWriter> writerInto,
                                   Supplier<SignedInUser> user) {
        this(statements, writerInto, null, user);
    }

    /** {@code activityInto}: the activity statements' PDF writer for a chosen folder (null: that kind is not offered). */
    public StatementBatchViewModel(StatementUseCases statements, Function<Path, StatementUseCases.StatementWriter> writerInto,
                                   Function<Path, StatementUseCases.ActivityWriter> activityInto, Supplier<SignedInUser> user) {
        this.statements = statements;
        this.writerInto = writerInto;
        this.activityInto = activityInto;
        this.user = user;
    }

    /** Whether the activity kind can be printed here. */
    public boolean offersActivity() {
        return activityInto != null;
    }

    /** Runs the activity batch for {@code from} to {@code to} (call off the FX thread). */
    public StatementUseCases.Outcome runActivity(LocalDate from, LocalDate to, Path folder, BatchProgress progress) {
        return statements.printActivity(user.get(), from, to, activityInto.apply(folder), progress);
    }

    public LocalDate today() {
        return statements.today();
    }

    /** Runs the batch (call off the FX thread). */
    public StatementUseCases.Outcome run(LocalDate asOf, Path folder, BatchProgress progress) {
        return statements.printAll(user.get(), asOf, writerInto.apply(folder), progress);
    }
}
