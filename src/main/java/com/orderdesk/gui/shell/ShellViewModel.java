package com.orderdesk.gui.shell;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The shell's state without widgets: which areas exist, which one is in front, who is signed in.
 * Tested without a toolkit; {@link MainWindowController} binds the window to it.
 */
final class ShellViewModel {
    private final List<WorkArea> areas;
    private final StatusBarModel status;
    private final List<ShellUser> users;
    private final Consumer<ShellUser> onUserSwitch;
    private final ReadOnlyObjectWrapper<WorkArea> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<ShellUser> user = new ReadOnlyObjectWrapper<>(this, "user");

    ShellViewModel(List<WorkArea> areas, StatusBarModel status, List<ShellUser> users, Consumer<ShellUser> onUserSwitch) {
        this.areas = List.copyOf(areas);
        this.status = Objects.requireNonNull(status, "status");
        this.users = List.copyOf(users);
        this.onUserSwitch = Objects.requireNonNull(onUserSwitch, "onUserSwitch");
        long distinct = this.areas.stream().map(WorkArea::id).distinct().count();
        if (distinct != this.areas.size()) {
            throw new IllegalArgumentException("Two work areas share an id: " + this.areas.stream().map(WorkArea::id).toList());
        }
        selected.addListener((obs, old, now) -> status.setCounts(""));
    }

    List<WorkArea> areas() {
        return areas;
    }

    StatusBarModel status() {
        return status;
    }

    List<ShellUser> users() {
        return users;
    }

    ReadOnlyObjectProperty<WorkArea> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    WorkArea selected() {
        return selected.get();
    }

    /** Brings the area at {@code index} (0-based) to front; false when there is none. */
    boolean select(int index) {
        if (index < 0 || index >= areas.size()) {
            return false;
        }
        selected.set(areas.get(index));
        return true;
    }

    /** Brings the area with {@code id} to front; false when no such area is registered. */
    boolean select(String id) {
        Optional<WorkArea> area = areas.stream().filter(a -> a.id().equals(id)).findFirst();
        area.ifPresent(selected::set);
        return area.isPresent();
    }

    ReadOnlyObjectProperty<ShellUser> userProperty() {
        return user.getReadOnlyProperty();
    }

    /** Shows {@code signedIn} as the current user without calling back (start-up). */
    void setSignedIn(ShellUser signedIn) {
        user.set(signedIn);
        status.userProperty().set(signedIn == null ? "" : signedIn.displayName());
        status.roleProperty().set(signedIn == null ? "" : signedIn.role());
    }

    /**
     * Switches to {@code next}: the callback runs first, and only if it returns normally does the
     * status bar change (a refused switch leaves the previous user signed in).
     */
    void switchUser(ShellUser next) {
        if (next == null || next.equals(user.get())) {
            return;
        }
        onUserSwitch.accept(next);
        setSignedIn(next);
        status.showMessage(com.orderdesk.gui.common.Messages.get("shell.userSwitched", next.displayName(), next.role()));
    }
}
