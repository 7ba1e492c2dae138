package com.orderdesk.gui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.store.StoreException;
import java.sql.SQLException;
import java.util.concurrent.CompletionException;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/**
 * A failure's message reaches the user after the screen's own words ("Products could not be listed: ...");
 * a programming error's or the driver's message is not for them, a use case's sentence is.
 */
class UnexpectedFailureTest {

    @Test
    void aProgrammingErrorIsToldAsUnexpectedWithItsKindAndTheLogNotItsDeveloperMessage() {
        NullPointerException bug = new NullPointerException("Cannot invoke \"Object.toString()\" because \"value\" is null");

        Throwable told = UnexpectedFailure.forUser(bug);

        assertThat(told).isInstanceOf(UnexpectedFailure.class).hasCause(bug);
        assertThat(told.getMessage())
                .isEqualTo("something the desk did not expect went wrong (NullPointerException); the log keeps the details: "
                        + LogFile.path())
                .doesNotContain("Cannot invoke");
    }

    @Test
    void theFailureInsideAWrapperIsTheOneJudgedAndNamed() {
        Throwable told = UnexpectedFailure.forUser(new CompletionException(new IndexOutOfBoundsException("Index 3 out of bounds for length 3")));

        assertThat(told).isInstanceOf(UnexpectedFailure.class).hasCauseInstanceOf(IndexOutOfBoundsException.class);
        assertThat(told.getMessage()).contains("(IndexOutOfBoundsException)");
    }

    @Test
    void aDatabaseErrorThatArrivesUntranslatedAndAFailureWithoutAMessageAreUnexpected() {
        assertThat(UnexpectedFailure.isUnexpected(new GenericJDBCException("could not execute statement",
                new SQLException("[SQLITE_BUSY] The database file is locked")))).isTrue();
        assertThat(UnexpectedFailure.isUnexpected(new SQLException("[SQLITE_CORRUPT]"))).isTrue();
        assertThat(UnexpectedFailure.isUnexpected(new IllegalStateException())).isTrue();
        assertThat(UnexpectedFailure.isUnexpected(new StackOverflowError())).isTrue();
    }

    @Test
    void theHousesOwnSentencesPassThroughAsTheyCame() {
        IllegalArgumentException refusal = new IllegalArgumentException("The quantity must be more than 0.");
        StoreException store = new StoreException("The book is read-only: another program holds it.");
        CompletionException wrapped = new CompletionException(refusal);

        assertThat(UnexpectedFailure.forUser(refusal)).isSameAs(refusal);
        assertThat(UnexpectedFailure.forUser(store)).isSameAs(store);
        assertThat(UnexpectedFailure.forUser(wrapped)).isSameAs(wrapped);
        Throwable once = UnexpectedFailure.forUser(new NullPointerException());
        assertThat(UnexpectedFailure.forUser(once)).isSameAs(once);
    }
}
