package com.orderdesk.gui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.material2.Material2AL;

/** The shell's state, without a toolkit. */
class ShellViewModelTest {
    private static final ShellUser DANA = new ShellUser("dana", "Dana Ortiz", "Clerk");
    private static final ShellUser SAM = new ShellUser("sam", "Sam Lee", "Credit manager");

    private final StatusBarModel status = StatusBarModel.changedOnTheCallingThread();
    private final List<String> calls = new ArrayList<>();

    @Test
    void selectsByIdAndPositionAndRefusesUnknownOnes() {
        ShellViewModel model = model(area("orders"), area("holds"));

        assertThat(model.select("holds")).isTrue();
        assertThat(model.selected().id()).isEqualTo("holds");
        assertThat(model.select(0)).isTrue();
        assertThat(model.selected().id()).isEqualTo("orders");
        assertThat(model.select(2)).isFalse();
        assertThat(model.select("invoices")).isFalse();
        assertThat(model.selected().id()).isEqualTo("orders");
    }

    @Test
    void switchingAreasClearsTheCounts() {
        ShellViewModel model = model(area("orders"), area("holds"));
        model.select(0);
        status.setCounts("12 orders");
        model.select(1);
        assertThat(status.countsProperty().get()).isEmpty();
    }

    @Test
    void twoAreasWithOneIdAreRefused() {
        assertThatThrownBy(() -> model(area("orders"), area("orders")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("share an id");
    }

    @Test
    void aUserSwitchCallsBackThenShowsTheNewUser() {
        ShellViewModel model = model(area("orders"));
        model.setSignedIn(DANA);
        assertThat(calls).isEmpty();

        model.switchUser(SAM);

        assertThat(calls).containsExactly("sam");
        assertThat(status.userProperty().get()).isEqualTo("Sam Lee");
        assertThat(status.roleProperty().get()).isEqualTo("Credit manager");
        assertThat(status.getLastMessage()).isEqualTo("Signed in as Sam Lee (Credit manager)");
        model.switchUser(SAM);
        assertThat(calls).as("switching to the signed-in user is no switch").containsExactly("sam");
    }

    @Test
    void aRefusedSwitchLeavesThePreviousUserSignedIn() {
        ShellViewModel model = new ShellViewModel(List.of(area("orders")), status, List.of(DANA, SAM), user -> {
            throw new IllegalStateException("password expired");
        });
        model.setSignedIn(DANA);

        assertThatThrownBy(() -> model.switchUser(SAM)).hasMessage("password expired");

        assertThat(model.userProperty().get()).isEqualTo(DANA);
        assertThat(status.userProperty().get()).isEqualTo("Dana Ortiz");
    }

    private ShellViewModel model(WorkArea... areas) {
        return new ShellViewModel(List.of(areas), status, List.of(DANA, SAM), user -> calls.add(user.login()));
    }

    private static WorkArea area(String id) {
        return WorkArea.builder(id, id, Material2AL.LIST_ALT).view(() -> (Node) null).build();
    }
}
