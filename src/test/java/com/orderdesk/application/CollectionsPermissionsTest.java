package com.orderdesk.application;

import static com.orderdesk.application.UseCaseRefusals.refusedAndNothingChanged;
import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.model.collections.CollectionContact;
import com.orderdesk.model.common.Money;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.collections.CollectionsFixture;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Collections are AR's work: clerks, credit managers and administrators neither read the worklist nor log on it. */
class CollectionsPermissionsTest {
    @TempDir
    Path dir;
    CollectionsFixture f;

    @BeforeEach
    void open() {
        f = new CollectionsFixture(dir);
        List.of(f.book.clerk(), f.ar(), f.book.manager(), f.book.admin()).forEach(u -> { });
    }

    @AfterEach
    void close() {
        f.book.db.close();
    }

    private String rows() {
        return f.book.db.read(s -> s.createNativeQuery("SELECT (SELECT count(*) FROM payment_promise) || ' '"
                + " || (SELECT count(*) FROM collection_contact) || ' ' || (SELECT count(*) FROM collector_assignment) || ' '"
                + " || (SELECT count(*) FROM collection_prediction)", String.class).getSingleResult());
    }

    @Test
    void onlyArStaffWorkCollections() {
        var c = f.services.collections();
        String phrase = "work the collections worklist";
        String before = rows();
        for (var u : List.of(f.book.clerk(), f.book.manager(), f.book.admin())) {
            refusedAndNothingChanged(f.book, phrase, () -> c.recordPromise(u, f.book.acmeId, Money.of("10.00"), TestBook.TODAY, null));
            refusedAndNothingChanged(f.book, phrase, () -> c.logContact(u, f.book.acmeId, CollectionContact.Channel.CALL, "hi", null));
            refusedAndNothingChanged(f.book, phrase, () -> c.assignCollector(u, f.book.acmeId, "ar1"));
            refusedAndNothingChanged(f.book, phrase, () -> c.refreshPredictions(u));
            refusedAndNothingChanged(f.book, phrase, () -> c.worklist(u));
        }
        assertThat(rows()).isEqualTo(before);
        c.assignCollector(f.ar(), f.book.acmeId, "ar1");
        assertThat(rows()).isEqualTo("0 0 1 0");
    }
}
