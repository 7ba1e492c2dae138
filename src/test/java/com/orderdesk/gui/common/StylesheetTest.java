package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The application stylesheet parses without errors (a broken rule silently unstyles the screens). */
class StylesheetTest {
    @Test
    void appCssHasNoParseErrors() throws Exception {
        URL css = Theme.class.getResource(Theme.APP_CSS);
        assertThat(css).as(Theme.APP_CSS).isNotNull();
        CssParser.errorsProperty().clear();
        var sheet = new CssParser().parse(css);
        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
        assertThat(sheet.getRules()).hasSizeGreaterThan(20);
    }
}
