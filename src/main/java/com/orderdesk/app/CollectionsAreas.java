package com.orderdesk.app;

import com.orderdesk.gui.collections.DunningController;
import com.orderdesk.gui.collections.DunningLevelsController;
import com.orderdesk.gui.collections.DunningLevelsViewModel;
import com.orderdesk.gui.collections.DunningViewModel;
import com.orderdesk.gui.collections.StatementBatchViewModel;
import com.orderdesk.gui.collections.WorklistController;
import com.orderdesk.gui.collections.WorklistViewModel;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.collections.DunningRun;
import com.orderdesk.reporting.DocumentRenderer;
import com.orderdesk.reporting.DunningLetterInputs;
import com.orderdesk.reporting.StatementPdfs;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/** The collections work areas (issue 15), kept apart so WorkAreas only adds them to its list. */
final class CollectionsAreas {
    static final String WORKLIST = "collections";
    static final String DUNNING = "dunning";
    static final String DUNNING_LEVELS = "dunning-levels";

    private CollectionsAreas() {
    }

    static List<WorkArea> build(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Supplier<SignedInUser> user) {
        List<WorkArea> areas = new ArrayList<>();
        if (services.authorizer().can(user.get(), Permission.WORK_COLLECTIONS)) {
            AreaParts.Part<WorklistController> worklist = parts.part(() -> {
                StatementBatchViewModel statements = new StatementBatchViewModel(services.statements(),
                        folder -> new StatementPdfs(services.renderer(), folder)::write,
                        folder -> new StatementPdfs(services.renderer(), folder)::write, user);
                return new WorklistController(new WorklistViewModel(services.collections(), user), statements,
                        tasks, dialogs, status);
            });
            areas.add(WorkArea.builder(WORKLIST, "Collections", Material2AL.CALL)
                    .shortcut("Ctrl+F", "Search the worklist by customer number or name; Down: into the list")
                    .shortcut("Enter", "From the worklist: the note field")
                    .shortcut("Alt+L", "Log the call or email")
                    .shortcut("Alt+R", "Record the promise to pay")
                    .shortcut("Alt+O / Alt+K / Alt+B", "Filter by owner / risk class / aging bucket")
                    .shortcut("F5", "Reload the worklist (promises are checked against the cash posted)")
                    .shortcut("Alt+P", "Re-predict every open invoice now")
                    .shortcut("Ctrl+Shift+P", "Print statements: today's statement of every customer owing a balance,"
                            + " one PDF each (progress, Cancel)")
                    .screen(worklist, WorklistController::refresh, WorklistController::focusList)
                    .build());
        }
        if (services.authorizer().can(user.get(), Permission.RUN_DUNNING)) {
            AreaParts.Part<DunningController> dunning = parts.part(() -> new DunningController(new DunningViewModel(services.dunning(),
                    (letter, day, folder) -> printLetter(services, letter, day, folder), user), tasks, dialogs, status));
            areas.add(WorkArea.builder(DUNNING, "Dunning", org.kordamp.ikonli.material2.Material2MZ.MARK_EMAIL_UNREAD)
                    .shortcut("Alt+D", "The run's date")
                    .shortcut("Alt+P / Enter", "Propose the letters for the day")
                    .shortcut("Delete", "In the letters: take the selected one out of this run")
                    .shortcut("Ctrl+P", "Print the letters as PDF (progress, Cancel) and record the levels reached")
                    .view(() -> Views.load(dunning.get()))
                    .onShown(() -> dunning.get().focusFirst())
                    .build());
        }
        if (services.authorizer().can(user.get(), Permission.MAINTAIN_DUNNING)) {
            AreaParts.Part<DunningLevelsController> levels = parts.part(() -> new DunningLevelsController(new DunningLevelsViewModel(services.dunning(), user),
                    tasks, dialogs, status));
            areas.add(WorkArea.builder(DUNNING_LEVELS, "Dunning levels", org.kordamp.ikonli.material2.Material2MZ.MARK_EMAIL_UNREAD)
                    .shortcut("Enter", "In a field: put the form into the selected level")
                    .shortcut("Alt+A", "Add a level after the last")
                    .shortcut("Alt+V", "Take out the last level")
                    .shortcut("Ctrl+S", "Save the procedure (days ascending, fee 0 or more; problems listed under the form)")
                    .shortcut("Alt+U", "Undo the changes not saved")
                    .screen(levels, DunningLevelsController::refresh, DunningLevelsController::focusFirst)
                    .build());
        }
        return areas;
    }

    private static Path printLetter(AppServices services, DunningRun.Letter letter, LocalDate day, Path folder) {
        DocumentRenderer renderer = services.renderer();
        var input = new DunningLetterInputs(services.invoicing().company()).letter(letter, day);
        return renderer.exportPdf(renderer.fill(input), folder.resolve(DocumentRenderer.fileName(input.name())));
    }
}
