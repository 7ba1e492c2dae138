package com.orderdesk.app;

import com.orderdesk.gui.common.Theme;
import com.orderdesk.gui.common.UiTaskRunner;
import com.orderdesk.gui.common.Views;
import com.orderdesk.gui.security.ChangePasswordController;
import com.orderdesk.gui.security.ChangePasswordViewModel;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.logic.security.SignedInUser;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Modality;
import javafx.stage.Stage;

/**
 * Where "change my password" appears: in the sign-in window when an administrator set the password
 * (the user is led there instead of being refused everywhere), and as a small window from
 * File &gt; Change my password (Ctrl+Shift+P) for everyone.
 */
final class PasswordWindows {
    private PasswordWindows() {
    }

    /**
     * Puts the forced change in {@code window} in place of the sign-in form.
     *
     * @param typed     the password just typed at sign-in (not asked again)
     * @param onChanged the user may work now (open the desk)
     * @param onCancel  back to the sign-in form
     */
    static void forcedChange(Stage window, AppServices services, UiTaskRunner tasks, SignedInUser user, char[] typed,
                             Runnable onChanged, Runnable onCancel) {
        ChangePasswordViewModel model = new ChangePasswordViewModel(
                (current, next) -> services.users().changeOwnPassword(user, current, next), user.displayName(), typed);
        ChangePasswordController form = new ChangePasswordController(model, tasks, onChanged, onCancel);
        Parent view = Views.load(form);
        Scene scene = window.getScene();
        if (scene == null || window.getOwner() != null) {
            // the small "sign in as" window grows to hold the longer form
            scene = new Scene(view, ChangePasswordController.WINDOW_WIDTH, ChangePasswordController.WINDOW_HEIGHT);
            Theme.style(scene);
            window.setScene(scene);
            window.sizeToScene();
        } else {
            scene.setRoot(view);
        }
        window.setTitle("Order Desk: choose your own password");
        form.focus();
    }

    /** File &gt; Change my password: a small modal window over the desk. */
    static void changeOwn(Stage owner, AppServices services, UiTaskRunner tasks, SignedInUser user, StatusBarModel status) {
        Stage dialog = new Stage();
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle("Change my password: " + user.displayName());
        ChangePasswordViewModel model = new ChangePasswordViewModel(
                (current, next) -> services.users().changeOwnPassword(user, current, next), user.displayName(), null);
        ChangePasswordController form = new ChangePasswordController(model, tasks, () -> {
            status.showMessage("Your password was changed; it works from your next sign-in on every desk.");
            dialog.close();
        }, dialog::close);
        Scene scene = new Scene(Views.load(form), ChangePasswordController.WINDOW_WIDTH, ChangePasswordController.WINDOW_HEIGHT);
        Theme.style(scene);
        dialog.setScene(scene);
        dialog.setOnShown(e -> form.focus());
        dialog.show();
    }
}
