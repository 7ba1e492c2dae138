package com.orderdesk.persistence.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.logic.audit.AuditActions;
import com.orderdesk.logic.audit.AuditEntry;
import com.orderdesk.logic.audit.AuditQuery;
import com.orderdesk.logic.security.PasswordHasher;
import com.orderdesk.logic.security.SignInOutcome;
import com.orderdesk.logic.security.SignInResult;
import com.orderdesk.logic.security.SignInThrottle;
import com.orderdesk.model.security.AppUser;
import com.orderdesk.model.security.Role;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.audit.AuditLog;
import com.orderdesk.application.audit.AuditUseCases;
import com.orderdesk.application.security.AccountSeals;
import com.orderdesk.application.security.BookSealing;
import com.orderdesk.application.security.SignInUseCase;
import java.security.SecureRandom;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sign-in against app_user: bcrypt hashes only, every attempt audited, repeated failures slowed down. */
class UserAccountsTest {
    @TempDir
    Path dir;
    TestBook book;
    SignInUseCase accounts;
    AuditUseCases trail;

    @BeforeEach
    void setUp() {
        book = TestBook.create(dir);
        PasswordHasher weak = new PasswordHasher(4);
        AccountSeals seals = new AccountSeals(new SecureRandom(), TestBook.KEY_ITERATIONS);
        book.db.write(s -> {
            AppUser carmen = new AppUser("carmen", "Carmen Diaz", Role.CREDIT_MANAGER, weak.hash("s3cret-pw".toCharArray()));
            s.persist(carmen);
            s.flush();
            seals.wrapFor(carmen, book.key(), "s3cret-pw".toCharArray());
            AccountSeals.seal(carmen, book.key());
            return null;
        });
        var uow = book.services().unitOfWork();
        var users = new HibernateUserRepository();
        var audit = new AuditLog(TestBook.CLOCK);
        accounts = new SignInUseCase(uow, users, audit, new PasswordHasher(5), new SignInThrottle(TestBook.CLOCK),
                new BookSealing(uow, users, audit, seals, new SecureRandom(), TestBook.CLOCK));
        trail = book.services().auditTrail();
    }

    @AfterEach
    void tearDown() {
        book.db.close();
    }

    private String storedHash() {
        return book.db.read(s -> s.createSelectionQuery("from AppUser u where u.username = 'carmen'", AppUser.class)
                .getSingleResult().passwordHash());
    }

    @Test
    void theRightPasswordSignsInWithTheRoleAndUpgradesAWeakerHash() {
        String before = storedHash();
        SignInResult r = accounts.signIn(" Carmen ", "s3cret-pw".toCharArray());

        assertThat(r.signedIn()).isTrue();
        assertThat(r.user().roles()).containsExactly(Role.CREDIT_MANAGER);
        assertThat(r.message()).isEqualTo("Signed in as Carmen Diaz (Credit manager).");
        assertThat(storedHash()).startsWith("$2a$05$").isNotEqualTo(before).doesNotContain("s3cret");
        assertThat(trail.find(book.admin(), AuditQuery.all())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.SIGN_IN);
            assertThat(e.user()).isEqualTo("carmen");
        });
    }

    @Test
    void wrongPasswordsAndUnknownNamesGetOneMessageAnAuditEntryAndBeyondThreeAWait() {
        SignInResult unknown = accounts.signIn("mallory", "whatever".toCharArray());
        assertThat(unknown.message()).isEqualTo("The user name or password is not correct.");
        for (int i = 0; i < 4; i++) { // three typos are free; the fourth failure closes the door for 1 s
            assertThat(accounts.signIn("carmen", "guess".toCharArray()).outcome()).isEqualTo(SignInOutcome.INVALID_CREDENTIALS);
        }
        SignInResult fifth = accounts.signIn("carmen", "s3cret-pw".toCharArray());

        assertThat(fifth.outcome()).isEqualTo(SignInOutcome.THROTTLED);
        assertThat(fifth.message()).startsWith("Too many failed sign-ins. Wait");
        assertThat(trail.find(book.admin(), AuditQuery.all())).extracting(AuditEntry::action).containsExactly(
                AuditActions.SIGN_IN_THROTTLED, AuditActions.SIGN_IN_FAILED, AuditActions.SIGN_IN_FAILED,
                AuditActions.SIGN_IN_FAILED, AuditActions.SIGN_IN_FAILED, AuditActions.SIGN_IN_FAILED);
        assertThat(trail.verify(book.admin(), p -> { }, () -> false).intact()).isTrue();
    }
}
