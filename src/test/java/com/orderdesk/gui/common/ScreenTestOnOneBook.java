package com.orderdesk.gui.common;

import com.orderdesk.persistence.TestBook;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What most TestFX screen tests set up the same way: one test book for the whole class, in a folder
 * of its own, and a {@link ScreenFixture} for each test. The book is made in {@code @BeforeAll},
 * before TestFX sets up the window: making it can outlast TestFX's set-up time on a loaded machine
 * (so the set-up time is raised too). It is closed after the class's last test. A class with more
 * to put in the book (users, orders) does it in a {@code @BeforeAll} of its own, which JUnit runs
 * after this one; a test that needs a fresh book per test does not extend this.
 */
@ExtendWith(ApplicationExtension.class)
public abstract class ScreenTestOnOneBook {
    /** The class's book; JUnit runs one test class at a time here, and each class makes its own. */
    protected static TestBook book;
    /** The book's folder, for what the screen writes beside it (pick lists, PDFs). */
    protected static Path dir;
    @RegisterExtension
    protected final ScreenFixture screen = new ScreenFixture();

    @BeforeAll
    static void openBook(TestInfo test) throws Exception {
        ScreenFixture.allowSlowSetup();
        dir = Files.createTempDirectory(test.getTestClass().map(Class::getSimpleName).orElse("screen-test"));
        book = TestBook.create(dir);
    }

    @AfterAll
    static void closeBook() {
        book.db.close();
    }
}
