package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutionException;
import javafx.scene.Parent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ViewsTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxTestSupport.startToolkit();
    }

    @Test
    void loadsTheFxmlNamedAfterTheControllerIntoTheGivenInstance() throws Exception {
        SampleController controller = new SampleController("hello");
        Parent root = FxTestSupport.onFx(() -> Views.load(controller));

        assertThat(controller.initialized).isTrue();
        assertThat(controller.title.getText()).isEqualTo("Order Desk"); // %app.title from the bundle
        assertThat(root.getStylesheets()).anyMatch(css -> css.endsWith("com/orderdesk/gui/common/Sample.css"));
    }

    @Test
    void anFxmlWithoutFxControllerIsReported() {
        assertThatThrownBy(() -> FxTestSupport.onFx(() -> Views.load(new NoControllerController())))
                .isInstanceOf(ExecutionException.class)
                .hasRootCauseMessage("NoController.fxml must declare fx:controller=\"com.orderdesk.gui.common.NoControllerController\"");
    }

    @Test
    void aMissingFxmlIsReported() {
        assertThatThrownBy(() -> Views.load(new Object()))
                .isInstanceOf(IllegalStateException.class).hasMessage("No Object.fxml next to java.lang.Object");
    }
}
