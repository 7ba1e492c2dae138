package com.orderdesk.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.orderdesk.app.AppServices;
import com.orderdesk.logic.security.NotAuthorizedException;
import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import com.orderdesk.persistence.invoicing.InvoicingFixture;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every door checks who is knocking, for every door at once: each public method that takes a
 * {@link SignedInUser}, of each use case the composition root hands out (found by reflection over
 * {@link AppServices}' accessors, not listed by hand), called by a signed-in user who holds no role
 * with harmless arguments ({@link Harmless}), throws {@link NotAuthorizedException} and leaves the
 * book as it was: every row of every table ({@link #wholeBook}) and {@link UseCaseRefusals#fingerprint}.
 * A method open to anyone signed in goes on {@link #OPEN_TO_ANYONE_SIGNED_IN}, with its reason; an
 * entry there that names no method any more fails too. A new use-case method that forgets
 * {@code access.require(...)} fails here without anyone writing a test for it.
 */
class EveryDoorChecksTheUserTest {
    /** A user of no role (and no account in the book). */
    static final SignedInUser GUEST = new SignedInUser(9_999, "guest", "Guest", Set.of());

    /** "Class.method": why anyone signed in may call it. */
    static final Map<String, String> OPEN_TO_ANYONE_SIGNED_IN = Map.of(
            "UserAdministration.changeOwnPassword", "every user replaces their own password (File > Change password, the"
                    + " password command), whatever their role; it asks for the current one and changes no one else's");

    @TempDir
    Path dir;
    TestBook book;

    @BeforeEach
    void aBookWithAnOrderShipped() {
        InvoicingFixture fx = new InvoicingFixture(dir);
        book = fx.book;
        book.clerk();
        book.arClerk();
        book.manager();
        book.admin();
        fx.ship(fx.acmeOrder(), 10, 3);
    }

    @AfterEach
    void close() {
        book.db.close();
    }

    /** Every use case of the composition root (and of the records of use cases it hands out), one of each class. */
    static Map<Class<?>, Object> useCases(AppServices services) throws ReflectiveOperationException {
        Map<Class<?>, Object> found = new LinkedHashMap<>();
        collect(services, found);
        return found;
    }

    private static void collect(Object holder, Map<Class<?>, Object> found) throws ReflectiveOperationException {
        Method[] accessors = holder.getClass().getMethods();
        Arrays.sort(accessors, java.util.Comparator.comparing(Method::getName));
        for (Method accessor : accessors) {
            if (accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())
                    || accessor.getDeclaringClass() == Object.class) {
                continue;
            }
            Class<?> type = accessor.getReturnType();
            if (type.getPackageName().startsWith("com.orderdesk.application")) {
                Object useCase = accessor.invoke(holder);
                found.putIfAbsent(useCase.getClass(), useCase);
            } else if (type.getPackageName().equals("com.orderdesk.app") && type.isRecord()) {
                // a record of use cases (CatalogServices): its components are use cases too
                collect(accessor.invoke(holder), found);
            }
        }
    }

    /** The public methods of {@code type} that take a signed-in user, named "Class.method". */
    static Map<String, List<Method>> doors(Class<?> type) {
        Map<String, List<Method>> doors = new TreeMap<>();
        for (Method m : type.getMethods()) {
            if (m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge() || Modifier.isStatic(m.getModifiers())
                    || !Arrays.asList(m.getParameterTypes()).contains(SignedInUser.class)) {
                continue;
            }
            doors.computeIfAbsent(type.getSimpleName() + "." + m.getName(), k -> new ArrayList<>()).add(m);
        }
        return doors;
    }

    private static String signature(Method m) {
        return m.getDeclaringClass().getSimpleName() + "." + m.getName() + Arrays.stream(m.getParameterTypes())
                .map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
    }

    @TestFactory
    Stream<DynamicTest> aUserWithoutARoleIsRefusedAtEveryDoorAndNothingChanges() throws Exception {
        Path nowhere = dir.resolve("nowhere");
        Harmless harmless = new Harmless(GUEST, nowhere);
        List<DynamicTest> tests = new ArrayList<>();
        for (var useCase : useCases(book.services()).entrySet()) {
            for (var door : doors(useCase.getKey()).entrySet()) {
                if (OPEN_TO_ANYONE_SIGNED_IN.containsKey(door.getKey())) {
                    continue;
                }
                for (Method m : door.getValue()) {
                    tests.add(DynamicTest.dynamicTest(signature(m), () -> {
                        String before = wholeBook();
                        String fingerprint = UseCaseRefusals.fingerprint(book);
                        Throwable thrown = null;
                        try {
                            Object result = m.invoke(useCase.getValue(), harmless.argumentsOf(m));
                            if (result instanceof AutoCloseable c) {
                                c.close();
                            }
                        } catch (InvocationTargetException e) {
                            thrown = e.getCause();
                        }
                        assertThat(thrown).as(signature(m) + " called by a user without a role").isInstanceOf(
                                NotAuthorizedException.class);
                        assertThat(wholeBook()).as("the book after " + signature(m) + " refused").isEqualTo(before);
                        assertThat(UseCaseRefusals.fingerprint(book)).isEqualTo(fingerprint);
                        assertThat(nowhere).as("no file written by " + signature(m)).doesNotExist();
                    }));
                }
            }
        }
        System.out.println("EveryDoorChecksTheUserTest: " + tests.size() + " methods called by a user without a role, "
                + OPEN_TO_ANYONE_SIGNED_IN.size() + " open to anyone signed in");
        return tests.stream();
    }

    @Test
    void everyMethodOpenToAnyoneSignedInStillExistsAndSaysWhy() throws Exception {
        Set<String> all = new java.util.HashSet<>();
        for (Class<?> type : useCases(book.services()).keySet()) {
            all.addAll(doors(type).keySet());
        }
        assertThat(all).as("use-case methods that take a signed-in user").hasSizeGreaterThan(100);
        assertThat(all).containsAll(OPEN_TO_ANYONE_SIGNED_IN.keySet());
        assertThat(OPEN_TO_ANYONE_SIGNED_IN.values()).allSatisfy(why -> assertThat(why).hasSizeGreaterThan(20));
    }

    /** Every row of every table, hashed table by table (read over the session's own connection, every cell as text). */
    private String wholeBook() {
        return book.db.read(s -> {
            StringBuilder sb = new StringBuilder();
            s.doWork(connection -> {
                List<String> tables = new ArrayList<>();
                try (var st = connection.createStatement();
                     var rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                for (String table : tables) {
                    MessageDigest sha;
                    try {
                        sha = MessageDigest.getInstance("SHA-256");
                    } catch (java.security.NoSuchAlgorithmException e) {
                        throw new IllegalStateException(e);
                    }
                    int rows = 0;
                    try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            rows++;
                            for (int c = 1; c <= columns; c++) {
                                sha.update((rs.getString(c) + "\u001f").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                            }
                            sha.update((byte) '\n');
                        }
                    }
                    sb.append(table).append('=').append(rows).append(':')
                            .append(HexFormat.of().formatHex(sha.digest()), 0, 12).append(' ');
                }
            });
            return sb.toString();
        });
    }
}
