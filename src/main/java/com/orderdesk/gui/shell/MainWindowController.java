package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Messages;
import com.orderdesk.gui.common.Theme;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Binds MainWindow.fxml to the {@link ShellViewModel}; holds no state of its own beyond views. */
public final class MainWindowController {
    private static final Logger LOG = LoggerFactory.getLogger(MainWindowController.class);
    private static final int MAX_NUMBERED_AREAS = 9;
    /** The status bar, for Help, Last message in full. */
    private StatusBarView statusBarView;

    private final ShellViewModel model;
    private final Theme theme;
    private final AreaViews views;
    private final ToggleGroup railGroup = new ToggleGroup();
    private Runnable changePassword;

    @FXML private BorderPane root;
    @FXML private javafx.scene.control.MenuBar menuBar;
    private MenuLetters menuLetters;
    /** Where the keys were before F1 showed the shortcuts: closing them gives the focus back there. */
    private javafx.scene.Node focusBeforeShortcuts;
    @FXML private Menu signInMenu;
    @FXML private MenuItem changePasswordItem;
    @FXML private Menu goMenu;
    @FXML private Menu viewMenu;
    @FXML private CheckMenuItem darkThemeItem;
    @FXML private VBox navRail;
    @FXML private ScrollPane navScroll;
    @FXML private StackPane content;
    @FXML private Label emptyPlaceholder;
    @FXML private StackPane shortcutsOverlay;
    @FXML private Label shortcutsTitle;
    @FXML private GridPane shortcutsGrid;
    @FXML private ScrollPane shortcutsScroll;
    @FXML private javafx.scene.layout.HBox statusBar;
    @FXML private Label userLabel;
    @FXML private Label databaseLabel;
    @FXML private Separator countsSeparator;
    @FXML private Label countsLabel;
    @FXML private Label messageLabel;

    MainWindowController(ShellViewModel model, Theme theme) {
        this(model, theme, null);
    }

    /** {@code viewLoader}: where the areas' views are built at their first visit ({@code null}: on the FX thread). */
    MainWindowController(ShellViewModel model, Theme theme, java.util.concurrent.Executor viewLoader) {
        this.model = model;
        this.theme = theme;
        this.views = new AreaViews(viewLoader, model::selected, this::putIn);
    }

    @FXML
    private void initialize() {
        buildNavigation();
        buildSignInMenu();
        menuLetters = new MenuLetters(menuBar);
        MenuKey.install(root, menuBar);
        MenuFirstItem.install(root, menuBar);
        AltAfterLetter.install(root);
        bindStatusBar();
        if (theme == null) {
            viewMenu.setVisible(false);
        } else {
            darkThemeItem.selectedProperty().bindBidirectional(theme.darkProperty());
        }
        changePasswordItem.setVisible(changePassword != null);
        emptyPlaceholder.setVisible(model.areas().isEmpty());
        // Show the whole sheet when it fits; the overlay's size caps the card, then it scrolls.
        shortcutsScroll.prefViewportHeightProperty().bind(shortcutsGrid.heightProperty());
        goMenu.setVisible(!model.areas().isEmpty());
        navRail.setVisible(!model.areas().isEmpty());
        navRail.setManaged(!model.areas().isEmpty());
        navScroll.visibleProperty().bind(navRail.visibleProperty());
        navScroll.managedProperty().bind(navRail.managedProperty());
        CompactRail.install(navScroll, navRail);
        model.selectedProperty().addListener((obs, old, area) -> show(area));
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isAltDown()) {
                // A menu that gave its letter up leaves an empty entry once its skin catches up (after the
                // swap's own clean-up); found before the screen's other-case entry it swallows the key.
                // Filters run before the scene looks its mnemonics up, so clean up here, per key.
                com.orderdesk.gui.common.Mnemonics.dropEmpty(root.getScene());
            }
            if (e.getCode() == KeyCode.ESCAPE && shortcutsOverlay.isVisible()) {
                hideShortcuts();
                e.consume();
            }
        });
    }

    BorderPane root() {
        return root;
    }

    private void buildNavigation() {
        List<WorkArea> areas = model.areas();
        for (int i = 0; i < areas.size(); i++) {
            WorkArea area = areas.get(i);
            int index = i;
            ToggleButton button = new ToggleButton(area.title(), new FontIcon(area.icon()));
            button.setId("nav-" + area.id());
            button.getStyleClass().add("nav-button");
            button.setContentDisplay(ContentDisplay.TOP);
            button.setToggleGroup(railGroup);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false); // Ctrl+1..9 is the keyboard way; Tab stays in the screen
            button.setOnAction(e -> model.select(index));
            // Every area is in the Go menu, the keyboard's way to those past Ctrl+9 (the rail's buttons
            // take no focus): arthur's Collections and Dunning, the administrator's Users, Company,
            // Audit trail and Customers were reachable by the mouse alone (tour8).
            MenuItem item = new MenuItem(area.title(), new FontIcon(area.icon()));
            item.setId("go-" + area.id());
            item.setMnemonicParsing(false); // a title is shown as it is written
            item.setOnAction(e -> model.select(index));
            goMenu.getItems().add(item);
            if (i < MAX_NUMBERED_AREAS) {
                KeyCombination keys = new KeyCodeCombination(KeyCode.valueOf("DIGIT" + (i + 1)), KeyCombination.SHORTCUT_DOWN);
                button.setTooltip(new Tooltip(area.title() + " (" + keys.getDisplayText() + ")"));
                item.setAccelerator(keys);
            }
            if (button.getTooltip() == null) {
                button.setTooltip(new Tooltip(area.title())); // the whole name, should a label ever be cut
            }
            navRail.getChildren().add(button);
        }
        // When the rail needs its scroll bar (a long rail at 768 px high) the scroll pane sizes it by
        // its height for no width, which is the height of one-line labels: wrapped ones ("Cash
        // matching", "Dunning levels") then lose their second line to an ellipsis. Ask at its width.
        navRail.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> navRail.prefHeight(navRail.getWidth()), navRail.widthProperty()));
        // A rail button pressed twice must not leave no area selected.
        railGroup.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                railGroup.selectToggle(old);
            }
        });
    }

    private void buildSignInMenu() {
        ToggleGroup group = new ToggleGroup();
        for (ShellUser user : model.users()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("shell.userChoice", user.displayName(), user.role()));
            item.setId("signin-" + user.login());
            item.setToggleGroup(group);
            item.setUserData(user);
            item.setOnAction(e -> switchUser(user));
            signInMenu.getItems().add(item);
        }
        signInMenu.setDisable(model.users().isEmpty());
        model.userProperty().addListener((obs, old, user) -> group.getToggles().forEach(
                t -> t.setSelected(t.getUserData().equals(user))));
        group.getToggles().forEach(t -> t.setSelected(t.getUserData().equals(model.userProperty().get())));
    }

    private void switchUser(ShellUser user) {
        try {
            model.switchUser(user);
        } catch (RuntimeException e) {
            LOG.warn("Switching to {} was refused", user.login(), e);
            model.status().showMessage(Messages.get("shell.userSwitchFailed", user.displayName(), String.valueOf(e.getMessage())));
            model.setSignedIn(model.userProperty().get()); // re-tick the user still signed in
        }
    }

    private void bindStatusBar() {
        statusBarView = new StatusBarView(model.status(), statusBar, userLabel, databaseLabel, countsSeparator, countsLabel,
                messageLabel);
    }

    private void show(WorkArea area) {
        hideShortcuts();
        if (area == null) {
            content.getChildren().clear();
            menuLetters.yieldTo(null, null);
            return;
        }
        navRail.getChildren().stream()
                .filter(n -> n.getId().equals("nav-" + area.id()))
                .findFirst()
                .ifPresent(n -> ((ToggleButton) n).setSelected(true));
        Node view = views.viewOf(area);
        if (view == null) {
            // built in the background; the window answers keys (another Ctrl+digit, the menus) meanwhile
            content.getChildren().setAll(AreaViews.opening(area));
            menuLetters.yieldTo(null, null);
            content.requestFocus(); // not a field of the screen just left
            return;
        }
        putIn(area, view);
    }

    /** Puts {@code area}'s built view in front, runs its hook and gives its first field the keyboard. */
    private void putIn(WorkArea area, Node view) {
        content.getChildren().setAll(view);
        // a control inside a SplitPane, TitledPane or TabPane joins the scene only when its container's skin is made,
        // at the next CSS pass: without this a first visit's hook asked a list still outside the window for the
        // keyboard, in vain, and the first button took it (the inbox's "Import messages...", so Enter opened the
        // file chooser: newuser18's tour). The pass would run at the next pulse anyway; it only comes first.
        view.applyCss();
        com.orderdesk.gui.common.Mnemonics.relinkLabels(view); // a returning screen's label keys were lost
        menuLetters.yieldTo(area, view); // a letter the screen and a menu both claimed worked for neither
        // the screen taken out leaves its letters behind as empty entries, which can hide the new one's
        com.orderdesk.gui.common.Mnemonics.dropEmpty(content.getScene());
        try {
            area.shown();
        } catch (RuntimeException e) {
            LOG.error("Work area {} failed when shown", area.id(), e);
            model.status().showMessage(Messages.get("shell.areaFailed", area.title(), String.valueOf(e.getMessage())));
        }
        views.shown(area);
        Platform.runLater(() -> focusFirstControl(view));
    }

    /** Runs {@code then} once {@code area} is in front with its view built (a document to show in it). */
    void whenShown(WorkArea area, Runnable then) {
        views.whenShown(area, then);
    }

    /** Runs the area in front's hook again (its first field), if its view is in; one still building runs it when in. */
    void refocusSelectedArea() {
        WorkArea area = model.selected();
        if (area != null && views.isBuilt(area)) {
            area.shown();
        }
    }

    /**
     * Puts the keyboard in the area that just came to front (its first field), unless the area's
     * onShown hook already chose a field inside it.
     */
    private static void focusFirstControl(Node view) {
        if (view.getScene() == null) {
            return;
        }
        Node owner = view.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == view) {
                return;
            }
        }
        Node first = firstTraversable(view);
        (first == null ? view : first).requestFocus();
    }

    private static Node firstTraversable(Node node) {
        if (!node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent) {
            for (Node child : ((Parent) node).getChildrenUnmodifiable()) {
                Node found = firstTraversable(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Help, Last message in full (Ctrl+Shift+M): the status bar's message whole, wrapped in the bar, as a click
     * on it does; a message cut at the window's width could be read only with the mouse (tour 8).
     */
    @FXML
    void toggleWholeMessage() {
        statusBarView.toggleWhole();
    }

    @FXML
    void toggleShortcuts() {
        if (shortcutsOverlay.isVisible()) {
            hideShortcuts();
        } else {
            fillShortcuts();
            focusBeforeShortcuts = root.getScene() == null ? null : root.getScene().getFocusOwner();
            shortcutsOverlay.setVisible(true);
            shortcutsOverlay.requestFocus();
        }
    }

    @FXML
    void hideShortcuts() {
        shortcutsOverlay.setVisible(false);
        // The hidden overlay had the focus; left alone the scene hands it to its first field (tour7: F1,
        // Esc in order entry's Qty put it on the order's first control, and Tab went to Customer).
        javafx.scene.Node back = focusBeforeShortcuts;
        focusBeforeShortcuts = null;
        if (back != null && back.getScene() == root.getScene() && back.isVisible() && !back.isDisabled()) {
            back.requestFocus();
        }
    }

    private void fillShortcuts() {
        WorkArea area = model.selected();
        shortcutsTitle.setText(area == null ? Messages.get("shortcuts.title")
                : Messages.get("shortcuts.titleFor", area.title()));
        shortcutsGrid.getChildren().clear();
        int row = 0;
        if (area != null) {
            row = addHeading(area.title(), row);
            if (area.shortcuts().isEmpty()) {
                shortcutsGrid.add(new Label(Messages.get("shortcuts.none")), 0, row++, 2, 1);
            }
            for (Shortcut s : area.shortcuts()) {
                row = addShortcut(s, row);
            }
        }
        row = addHeading(Messages.get("shortcuts.everywhere"), row);
        for (Shortcut s : ShellShortcuts.global(model.areas().size())) {
            row = addShortcut(s, row);
        }
    }

    private int addHeading(String text, int row) {
        Label heading = new Label(text);
        heading.getStyleClass().add("shortcuts-heading");
        shortcutsGrid.add(heading, 0, row, 2, 1);
        return row + 1;
    }

    private int addShortcut(Shortcut shortcut, int row) {
        Label keys = new Label(shortcut.keys());
        keys.getStyleClass().add("shortcut-keys");
        keys.setMinWidth(Region.USE_PREF_SIZE);
        Label action = new Label(shortcut.action());
        action.getStyleClass().add("shortcut-action");
        action.setWrapText(true);
        shortcutsGrid.addRow(row, keys, action);
        return row + 1;
    }

    /** File > Change my password: set before the FXML is loaded; without it the item is hidden. */
    void setChangePassword(Runnable action) {
        this.changePassword = action;
    }

    @FXML
    void changePassword() {
        if (changePassword != null) {
            changePassword.run();
        }
    }

    @FXML
    private void exit() {
        root.getScene().getWindow().hide();
    }
}
