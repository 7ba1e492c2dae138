package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * {@link WorkArea.Builder#screen}: what sixteen areas wrote out by hand (read the book again, then put the cursor
 * where the work starts, each time the area comes to front) in one place; each visit does both, in that order, on
 * the one controller made at the first visit.
 */
class WorkAreaScreenHookTest {
    /** A screen's controller as the hook sees it: what it was asked to do, in order. */
    static final class Screen {
        final List<String> asked = new ArrayList<>();

        void refresh() {
            asked.add("refresh");
        }

        void focusSearch() {
            asked.add("focus");
        }
    }

    @Test
    void eachVisitReadsAgainThenFocusesOnTheOneController() {
        List<Screen> made = new ArrayList<>();
        Screen[] one = {null};
        Supplier<Screen> controller = () -> {
            if (one[0] == null) {
                one[0] = new Screen();
                made.add(one[0]);
            }
            return one[0];
        };
        WorkArea area = WorkArea.builder("orders", "Orders", Material2AL.LIST_ALT)
                .screen(controller, Screen::refresh, Screen::focusSearch)
                .build();

        area.shown();
        area.shown();

        assertThat(made).hasSize(1);
        assertThat(made.get(0).asked).containsExactly("refresh", "focus", "refresh", "focus");
    }
}
