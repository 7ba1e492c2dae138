package com.orderdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.gui.common.FxTestSupport;
import com.orderdesk.gui.common.SameThreadTaskRunner;
import com.orderdesk.gui.shell.StatusBarModel;
import com.orderdesk.gui.shell.WorkArea;
import com.orderdesk.model.security.Role;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.logic.tax.StateTaxRateTable;
import com.orderdesk.persistence.Database;
import com.orderdesk.persistence.DatabaseConfig;
import com.orderdesk.persistence.TestBook;
import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tour of 7 December (arthur): the AR clerk may authorize returns but not receive the goods, yet the Returns
 * screen offered him To stock, Scrap and Receive, and refused only after he had typed and pressed it. The
 * screen is built here as the desk builds it for each role (the area's wiring, its FXML).
 */
class ReturnsReceivingByRoleTest {
    @TempDir
    Path dir;
    AppServices services;

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @BeforeEach
    void setUp() {
        services = AppServices.over(Database.open(DatabaseConfig.sqlite(dir.resolve("returns.db"))),
                StateTaxRateTable.loadDefault(), TestBook.CLOCK);
    }

    @AfterEach
    void tearDown() {
        services.close();
    }

    private Node returnsScreenOf(Role role) throws Exception {
        SignedInUser user = new SignedInUser(1, "u", "U", Set.of(role));
        WorkArea returns = new WorkAreas(services, new SameThreadTaskRunner(), null, new StatusBarModel(), user, (id, then) -> { })
                .all().stream().filter(a -> a.title().equals("Returns")).findFirst().orElseThrow();
        // the shell's own call (package-private there): the area's wiring and FXML, as at its first visit
        java.lang.reflect.Method createView = WorkArea.class.getDeclaredMethod("createView");
        createView.setAccessible(true);
        javafx.scene.Parent view = (javafx.scene.Parent) createView.invoke(returns);
        // a split pane's sides are its children only once its skin is made: in a scene, styled
        return org.testfx.util.WaitForAsyncUtils.asyncFx(() -> {
            new javafx.scene.Scene(view, 1258, 700);
            view.applyCss();
            view.layout();
            return view;
        }).get();
    }

    @Test
    void theArClerkIsNotOfferedToReceiveAndIsToldWhoDoes() throws Exception {
        Node screen = returnsScreenOf(Role.AR_CLERK);
        assertThat(screen.lookup("#receiveButton").isDisabled()).as("Receive for the AR clerk").isTrue();
        assertThat(screen.lookup("#toStockField").isDisabled()).as("To stock for the AR clerk").isTrue();
        assertThat(screen.lookup("#scrapField").isDisabled()).as("Scrap for the AR clerk").isTrue();
        assertThat(((Label) screen.lookup("#returnResult")).getText()).contains("an order clerk receives the goods");
        assertThat(screen.lookup("#printButton").isDisabled()).as("Print RMA stays his").isFalse();
    }

    @Test
    void theOrderClerkReceives() throws Exception {
        Node screen = returnsScreenOf(Role.ORDER_CLERK);
        assertThat(screen.lookup("#receiveButton").isDisabled()).isFalse();
        assertThat(screen.lookup("#toStockField").isDisabled()).isFalse();
        assertThat(((Label) screen.lookup("#returnResult")).getText()).isEmpty();
    }
}
