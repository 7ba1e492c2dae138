package com.orderdesk.gui.common;

import com.orderdesk.persistence.TestBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the desks' screen-test fixtures (registered once per test with {@code @RegisterExtension}: the cash desk's,
 * the hold desk's, the collections screens') set up alike: the {@link ScreenFixture} the desk is built on, a fresh
 * test book in a folder of its own, and after each test the book closed, then the task runner stopped (even when
 * closing the book fails). What a desk puts in its book and shows stays in its own fixture.
 */
public abstract class DeskScreenFixture implements AfterEachCallback {
    /** The dialogs, status bar and task runner the desk is built on. */
    public final ScreenFixture screen = new ScreenFixture();
    private TestBook opened;

    /**
     * A new folder whose name starts {@code prefix}, for a fresh book; in {@code @Start}, with TestFX given time to
     * wait for the book (making one can outlast its set-up time on a loaded machine).
     */
    protected static Path newBookFolder(String prefix) throws IOException {
        ScreenFixture.allowSlowSetup();
        return Files.createTempDirectory(prefix);
    }

    /** {@code book}, which this fixture closes after the test. */
    protected final TestBook closeAfterTest(TestBook book) {
        opened = book;
        return book;
    }

    /** The status bar's last message, or "" when none yet. */
    public String lastMessage() {
        return screen.lastMessage();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (opened != null) {
                opened.db.close();
            }
        } finally {
            screen.close();
        }
    }
}
