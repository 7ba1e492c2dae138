package com.orderdesk.gui.shell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;

/**
 * Gives the shown screen the Alt+letters its menu-bar namesakes would take. JavaFX gives a key
 * claimed by two mnemonics to neither (it only moves the focus between them), so with "_Go" in the
 * menu bar the fulfillment screen's "Routin_g settings..." (Alt+G) never opened. Each time a screen
 * comes to front, the menus whose letter the screen claims (a listed Alt+letter, or an underlined
 * letter of one of its buttons or labels) show their text without the underline, and get it back on
 * a screen that does not claim it. The menus stay reachable by F10, by Alt alone and by the mouse.
 */
final class MenuLetters {
    private static final Pattern LISTED_ALT = Pattern.compile("Alt\\+([A-Za-z0-9])(?![A-Za-z0-9])");

    private final Map<Menu, String> underlined = new HashMap<>();

    MenuLetters(MenuBar bar) {
        for (Menu menu : bar.getMenus()) {
            underlined.put(menu, menu.getText());
        }
    }

    /** Underlines each menu's letter again unless the screen (its listed keys and its view) claims it. */
    void yieldTo(WorkArea area, Node view) {
        Set<Character> claimed = area == null ? Set.of() : claimed(area.shortcuts(), view);
        underlined.forEach((menu, text) -> {
            Character letter = letterOf(text);
            menu.setText(letter != null && claimed.contains(letter) ? text.replaceFirst("_", "") : text);
        });
    }

    /** The letters (upper case) a screen claims: its listed Alt+letters and its underlined labels. */
    static Set<Character> claimed(List<Shortcut> shortcuts, Node view) {
        Set<Character> letters = new TreeSet<>();
        for (Shortcut s : shortcuts) {
            Matcher m = LISTED_ALT.matcher(s.keys());
            while (m.find()) {
                letters.add(Character.toUpperCase(m.group(1).charAt(0)));
            }
        }
        if (view != null) {
            collect(view, letters);
        }
        return letters;
    }

    /** The underlined letter of a mnemonic text ("Routin_g settings..." gives 'G'), or null. */
    static Character letterOf(String text) {
        if (text == null) {
            return null;
        }
        int i = text.indexOf('_');
        while (i >= 0 && i + 1 < text.length()) {
            char c = text.charAt(i + 1);
            if (c != '_') {
                return Character.toUpperCase(c);
            }
            i = text.indexOf('_', i + 2); // "__" is a literal underscore
        }
        return null;
    }

    private static void collect(Node node, Set<Character> letters) {
        if (node instanceof Labeled labeled && labeled.isMnemonicParsing()) {
            Character letter = letterOf(labeled.getText());
            if (letter != null) {
                letters.add(letter);
            }
        }
        for (Node child : contentOf(node)) {
            collect(child, letters);
        }
    }

    /** Children, and the content of the containers whose content is no child until their skin exists. */
    private static List<Node> contentOf(Node n) {
        List<Node> content = new ArrayList<>();
        if (n instanceof Parent p) {
            content.addAll(p.getChildrenUnmodifiable());
        }
        if (n instanceof SplitPane split) {
            content.addAll(split.getItems());
        } else if (n instanceof ScrollPane scroll && scroll.getContent() != null) {
            content.add(scroll.getContent());
        } else if (n instanceof TitledPane titled && titled.getContent() != null) {
            content.add(titled.getContent());
        } else if (n instanceof TabPane tabs) {
            tabs.getTabs().stream().map(Tab::getContent).filter(java.util.Objects::nonNull).forEach(content::add);
        }
        // a skinned container lists its content twice (child and item): distinct keeps the walk linear
        return content.stream().distinct().toList();
    }
}
