package com.orderdesk.app;

import com.orderdesk.gui.common.DialogService;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.fulfillment.FulfillmentController;
import com.orderdesk.gui.fulfillment.FulfillmentDeskServices;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.gui.fulfillment.PickListPdf;
import com.orderdesk.gui.fulfillment.RoutingSettingsController;
import com.orderdesk.gui.fulfillment.RoutingSettingsStage;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.logic.geo.StateOutlines;
import com.orderdesk.persistence.DataLocation;
import java.util.function.Supplier;
import org.kordamp.ikonli.material2.Material2MZ;

/** The fulfillment routing map's work area, wired to its services (kept apart so WorkAreas stays a list). */
final class FulfillmentArea {
    static final String ID = "fulfillment";

    private FulfillmentArea() {
    }

    static WorkArea build(AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                          Supplier<SignedInUser> currentUser) {
        return build(new AreaParts(), services, tasks, dialogs, status, currentUser, c -> { });
    }

    /** Pick lists printed with the book's company and the application's loaded templates (it was the demo company). */
    static PickListPdf pickLists(AppServices services, java.nio.file.Path folder) {
        return new PickListPdf(folder, services::renderer);
    }

    /** As above; {@code wired} gets the screen's controller (an order's timeline opens orders on it). */
    static WorkArea build(AreaParts parts, AppServices services, UiTaskRunner tasks, DialogService dialogs, StatusBarModel status,
                          Supplier<SignedInUser> currentUser, java.util.function.Consumer<FulfillmentController> wired) {
        // made at the area's first visit (the map's outlines are read then), not at sign-in
        AreaParts.Part<FulfillmentController> controller = parts.part(() -> {
            PickListPdf pickLists = pickLists(services, DataLocation.dataFolder().resolve("pick-lists"));
            FulfillmentDeskServices desk = new FulfillmentDeskServices(services.fulfillment(), services.shipping(),
                    services.routingSettings(), currentUser);
            FulfillmentController made = new FulfillmentController(desk, StateOutlines.loadDefault(), tasks,
                    dialogs, status, pickLists, services.clock());
            wired.accept(made);
            // only an administrator changes routing settings; everyone else sees them read-only
            boolean mayChange = services.authorizer().can(currentUser.get(), com.orderdesk.logic.security.Permission.ADMIN_SETTINGS);
            made.setOpenSettings(settingsWindow(desk, tasks, dialogs, status, mayChange));
            return made;
        });
        return WorkArea.builder(ID, "Fulfillment", Material2MZ.MAP)
                .shortcut("Ctrl+F", "Search the queue")
                .shortcut("Down / Enter", "From the search: to the queue's first match")
                .shortcut("Alt+R", "Route the selected released order")
                .shortcut("Alt+A", "Route all released orders")
                .shortcut("+ / -", "On the map: zoom in / out (also the mouse wheel); drag to pan; 0 fits")
                .shortcut("Alt+L", "Release the selected shipment to its warehouse (pick list PDF)")
                .shortcut("Alt+H", "Confirm the selected shipment shipped (carrier, tracking, quantities)")
                .shortcut("Alt+C", "Confirm the override (a reason is required)")
                .shortcut("Alt+G", "Routing settings (administrator): nodes, rate card, penalty")
                .screen(controller, FulfillmentController::refresh, FulfillmentController::focusSearch)
                .build();
    }

    /** The administrator's routing settings, in a window of its own opened from the fulfillment screen. */
    private static Runnable settingsWindow(FulfillmentDeskServices desk, UiTaskRunner tasks, DialogService dialogs,
                                           StatusBarModel status, boolean mayChange) {
        RoutingSettingsController settings = new RoutingSettingsController(desk, tasks, dialogs, status);
        settings.setReadOnly(!mayChange);
        RoutingSettingsStage window = new RoutingSettingsStage(settings, tasks, dialogs);
        return window::open;
    }
}
