package com.orderdesk.gui.shell;

import com.orderdesk.gui.common.Messages;
import java.util.ArrayList;
import java.util.List;

/** The shortcuts that work on every screen (src/site/markdown/ux.md, "Keyboard"), for the F1 sheet. */
final class ShellShortcuts {
    private ShellShortcuts() {
    }

    static List<Shortcut> global(int areaCount) {
        List<Shortcut> list = new ArrayList<>();
        if (areaCount > 0) {
            String keys = areaCount == 1 ? "Ctrl+1" : "Ctrl+1 … Ctrl+" + Math.min(areaCount, 9);
            list.add(new Shortcut(keys, Messages.get("shortcuts.switchArea")));
            if (areaCount > 9) {
                list.add(new Shortcut("F10, Right, Down", Messages.get("shortcuts.goMenu")));
            }
        }
        list.add(new Shortcut("Ctrl+S", Messages.get("shortcuts.save")));
        list.add(new Shortcut("Ctrl+N", Messages.get("shortcuts.new")));
        list.add(new Shortcut("Ctrl+F", Messages.get("shortcuts.search")));
        list.add(new Shortcut("Enter", Messages.get("shortcuts.enter")));
        list.add(new Shortcut("Esc", Messages.get("shortcuts.escape")));
        list.add(new Shortcut("Alt+letter", Messages.get("shortcuts.mnemonic")));
        list.add(new Shortcut("F1", Messages.get("shortcuts.help")));
        list.add(new Shortcut("Ctrl+Shift+P", Messages.get("shortcuts.changePassword")));
        return list;
    }
}
