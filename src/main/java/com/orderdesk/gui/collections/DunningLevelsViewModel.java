package com.orderdesk.gui.collections;

import com.orderdesk.application.collections.DunningUseCases;
import com.orderdesk.logic.collections.DunningProcedure;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.model.common.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The dunning procedure being edited, without widgets: an edit buffer of levels (changed, added,
 * the last taken out) that is checked as a whole and saved in one go, or reset to what is stored.
 */
public final class DunningLevelsViewModel {
    private final DunningUseCases dunning;
    private final Supplier<SignedInUser> user;
    private final ObservableList<DunningRun.Level> levels = FXCollections.observableArrayList();
    private List<DunningRun.Level> stored = List.of();

    public DunningLevelsViewModel(DunningUseCases dunning, Supplier<SignedInUser> user) {
        this.dunning = dunning;
        this.user = user;
    }

    public ObservableList<DunningRun.Level> levels() {
        return levels;
    }

    /** Reads the stored procedure (off the FX thread); {@link #show} puts it in the buffer. */
    public List<DunningRun.Level> load() {
        return dunning.levels(user.get());
    }

    public void show(List<DunningRun.Level> procedure) {
        stored = List.copyOf(procedure);
        levels.setAll(procedure);
    }

    /**
     * The stored procedure read while the person had already begun editing the buffer (levels added or
     * changed before the first read landed): their edits stay on the screen; Undo brings the stored one.
     */
    public void storedWhileEditing(List<DunningRun.Level> procedure) {
        stored = List.copyOf(procedure);
    }

    public boolean dirty() {
        return !stored.equals(levels);
    }

    public void reset() {
        levels.setAll(stored);
    }

    /** Puts {@code level} in place of the buffer's level of the same number. */
    public void change(DunningRun.Level level) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() == level.level()) {
                levels.set(i, level);
                return;
            }
        }
        throw new IllegalArgumentException("There is no level " + level.level() + " to change.");
    }

    /** Adds a level after the last: 30 days later, the last one's grace, fee, letter and text, to be edited. */
    public DunningRun.Level addLevel() {
        DunningRun.Level last = levels.isEmpty() ? null : levels.get(levels.size() - 1);
        DunningRun.Level added = last == null
                ? new DunningRun.Level(1, 7, 0, Money.ZERO, "Our records show the items below as past due.")
                : new DunningRun.Level(last.level() + 1, last.daysPastDue() + 30, last.graceDays(), last.fee(), last.template(),
                        last.text());
        levels.add(added);
        return added;
    }

    /** Takes the last level out of the buffer (levels stay numbered without gaps). */
    public void removeLast() {
        if (!levels.isEmpty()) {
            levels.remove(levels.size() - 1);
        }
    }

    public List<String> problems() {
        return DunningProcedure.problems(levels);
    }

    /** A copy of the buffer to save (take it on the FX thread). */
    public List<DunningRun.Level> snapshot() {
        return new ArrayList<>(levels);
    }

    /** Saves {@code procedure} (off the FX thread; the use case checks the rules again) and returns what is stored. */
    public List<DunningRun.Level> save(List<DunningRun.Level> procedure) {
        dunning.saveProcedure(user.get(), procedure);
        return dunning.levels(user.get());
    }
}
