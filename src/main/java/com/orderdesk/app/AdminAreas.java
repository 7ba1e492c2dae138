package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.company.CompanyDesk;
import com.orderdesk.gui.company.CompanySettingsController;
import com.orderdesk.gui.company.CompanySettingsViewModel;
import com.orderdesk.gui.security.UsersController;
import com.orderdesk.gui.security.UsersDesk;
import com.orderdesk.gui.security.UsersViewModel;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.security.Permission;
import com.orderdesk.logic.security.SignedInUser;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/** The administrator's work areas of issue 11 (users, company settings), kept apart so WorkAreas stays a list. */
final class AdminAreas {
    static final String USERS = "users";
    static final String COMPANY = "company";

    private AdminAreas() {
    }

    /** The areas {@code user} may use (none for other roles; the use cases check again). */
    static List<WorkArea> build(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                                Supplier<SignedInUser> currentUser) {
        List<WorkArea> areas = new ArrayList<>();
        SignedInUser user = currentUser.get();
        if (services.authorizer().can(user, Permission.MANAGE_USERS)) {
            AreaParts.Part<UsersController> users = parts.part(() -> new UsersController(new UsersViewModel(new UsersDesk(services.users(), services.writeOffLimits(), currentUser)),
                    tasks, dialogs, status, services.clock().getZone()));
            areas.add(WorkArea.builder(USERS, "Users", Material2MZ.PEOPLE)
                    .shortcut("Ctrl+F", "Search users")
                    .shortcut("Down", "From the search field: into the list")
                    .shortcut("Ctrl+N", "New user (a password is suggested; they replace it at the first sign-in)")
                    .shortcut("Enter", "In the list: to the selected user's roles")
                    .shortcut("Ctrl+S", "Create the user, or save the selected user's roles (a reason is required)")
                    .shortcut("Alt+P", "Reset the selected user's password to the one in the form (asks once)")
                    .shortcut("Alt+O / Alt+A", "Switch the selected account off (asks once) / on again; a reason is required")
                    .shortcut("Alt+L / Alt+T", "Write-off limit of the selected user / set it (Enter in the field sets it too; a reason is required)")
                    .shortcut("Esc", "Leave the new user's form")
                    .screen(users, UsersController::refresh, UsersController::focusSearch)
                    .build());
        }
        if (services.authorizer().can(user, Permission.ADMIN_SETTINGS)) {
            AreaParts.Part<CompanySettingsController> company = parts.part(() -> new CompanySettingsController(
                    new CompanySettingsViewModel(new CompanyDesk(services.companySettings(), currentUser)), tasks, dialogs, status));
            areas.add(WorkArea.builder(COMPANY, "Company", Material2AL.BUSINESS)
                    .shortcut("Ctrl+S", "Save the settings (the next invoice prints them)")
                    .shortcut("Alt+L", "Choose a logo file (PNG or SVG) and see it as it will print")
                    .shortcut("F5", "Reload the settings as stored (drops what is not saved)")
                    .shortcut("Enter", "In an address: a new line (Tab moves on)")
                    .screen(company, CompanySettingsController::refresh, CompanySettingsController::focusFirstField)
                    .build());
        }
        return areas;
    }
}
