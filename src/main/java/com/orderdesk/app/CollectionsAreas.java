package com.orderdesk.app;

import com.orderdesk.gui.collections.WorklistController;
import com.orderdesk.gui.collections.WorklistViewModel;
import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;

/** The collections work areas (issue 15), kept apart so WorkAreas only adds them to its list. */
final class CollectionsAreas {
    static final String WORKLIST = "collections";

    private CollectionsAreas() {
    }

    static List<WorkArea> build(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Supplier<SignedInUser> user) {
        List<WorkArea> areas = new ArrayList<>();
        if (services.authorizer().can(user.get(), Permission.WORK_COLLECTIONS)) {
            WorklistController worklist = new WorklistController(new WorklistViewModel(services.collections(), user), tasks,
                    dialogs, status);
            areas.add(WorkArea.builder(WORKLIST, "Collections", Material2AL.CALL)
                    .shortcut("Enter", "From the worklist: the note field")
                    .shortcut("Alt+L", "Log the call or email")
                    .shortcut("Alt+R", "Record the promise to pay")
                    .shortcut("Alt+O / Alt+K / Alt+B", "Filter by owner / risk class / aging bucket")
                    .shortcut("F5", "Reload the worklist (promises are checked against the cash posted)")
                    .shortcut("Alt+P", "Re-predict every open invoice now")
                    .view(() -> Views.load(worklist))
                    .onShown(() -> {
                        worklist.refresh();
                        worklist.focusList();
                    })
                    .build());
        }
        return areas;
    }
}
