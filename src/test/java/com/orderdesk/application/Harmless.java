package com.orderdesk.application;

import com.orderdesk.logic.security.SignedInUser;
import com.orderdesk.persistence.TestBook;
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Harmless arguments for any use-case method, built by type: the user asked for, 0 or 1 for
 * numbers (1 is the id of a real row: the first customer, product, node of a {@link TestBook}),
 * empty text and lists, the book's today, a path in a folder that does not exist, the first value
 * of an enum, and for a record or a class the same built into its shortest public constructor.
 * Interfaces (callbacks, progress, executors) get an object that does nothing and answers the
 * default of its type.
 */
final class Harmless {
    private final SignedInUser user;
    private final Path nowhere;

    Harmless(SignedInUser user, Path nowhere) {
        this.user = user;
        this.nowhere = nowhere;
    }

    Object[] argumentsOf(Method m) {
        Type[] types = m.getGenericParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = of(types[i], 0);
        }
        return args;
    }

    Object of(Type type, int depth) {
        if (type instanceof ParameterizedType p) {
            return of((Class<?>) p.getRawType(), depth);
        }
        if (type instanceof GenericArrayType g) {
            return Array.newInstance(Object.class, 0);
        }
        if (type instanceof Class<?> c) {
            return of(c, depth);
        }
        return null;
    }

    private Object of(Class<?> c, int depth) {
        if (c == SignedInUser.class) {
            return user;
        }
        if (c == long.class || c == Long.class) {
            return 1L;
        }
        if (c == int.class || c == Integer.class) {
            return 1;
        }
        if (c == short.class || c == Short.class) {
            return (short) 1;
        }
        if (c == byte.class || c == Byte.class) {
            return (byte) 0;
        }
        if (c == double.class || c == Double.class) {
            return 0d;
        }
        if (c == float.class || c == Float.class) {
            return 0f;
        }
        if (c == boolean.class || c == Boolean.class) {
            return false;
        }
        if (c == char.class || c == Character.class) {
            return 'x';
        }
        if (c == String.class || c == CharSequence.class) {
            return "";
        }
        if (c == char[].class) {
            return "harmless-1".toCharArray();
        }
        if (c.isArray()) {
            return Array.newInstance(c.getComponentType(), 0);
        }
        if (c == BigDecimal.class) {
            return BigDecimal.ZERO;
        }
        if (c == LocalDate.class) {
            return TestBook.TODAY;
        }
        if (c == LocalDateTime.class) {
            return TestBook.TODAY.atStartOfDay();
        }
        if (c == Instant.class) {
            return TestBook.CLOCK.instant();
        }
        if (c == YearMonth.class) {
            return YearMonth.from(TestBook.TODAY);
        }
        if (c == Duration.class) {
            return Duration.ZERO;
        }
        if (c == Path.class) {
            return nowhere.resolve("file.csv");
        }
        if (c == Optional.class) {
            return Optional.empty();
        }
        if (c == List.class || c == Collection.class || c == Iterable.class) {
            return new ArrayList<>();
        }
        if (c == Set.class) {
            return new HashSet<>();
        }
        if (c == Map.class) {
            return new java.util.HashMap<>();
        }
        if (c == java.io.InputStream.class) {
            return new java.io.ByteArrayInputStream(new byte[0]);
        }
        if (c == java.io.Reader.class) {
            return new java.io.StringReader("");
        }
        if (c == Object.class) {
            return "";
        }
        if (c.isEnum()) {
            return c.getEnumConstants()[0];
        }
        if (c.isSealed()) {
            return of(c.getPermittedSubclasses()[0], depth + 1);
        }
        if (c.isInterface()) {
            return doNothing(c);
        }
        if (depth > 4) {
            return null;
        }
        if (c.isRecord()) {
            Class<?>[] raw = java.util.Arrays.stream(c.getRecordComponents()).map(r -> r.getType()).toArray(Class<?>[]::new);
            Type[] generic = java.util.Arrays.stream(c.getRecordComponents()).map(r -> r.getGenericType()).toArray(Type[]::new);
            try {
                return construct(c.getDeclaredConstructor(raw), generic, depth);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // a record that refuses harmless values: try its factories below
            }
        }
        for (Method factory : c.getMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == c && factory.getParameterCount() <= 1
                    && (factory.getParameterCount() == 0 || factory.getParameterTypes()[0] == String.class)) {
                try {
                    Object v = factory.getParameterCount() == 0 ? factory.invoke(null) : factory.invoke(null, "0");
                    if (v != null) {
                        return v;
                    }
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // not a factory of harmless values
                }
            }
        }
        List<Constructor<?>> constructors = new ArrayList<>(List.of(c.getDeclaredConstructors()));
        constructors.sort(Comparator.comparingInt(Constructor::getParameterCount));
        for (Constructor<?> k : constructors) {
            try {
                return construct(k, k.getGenericParameterTypes(), depth);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the next constructor
            }
        }
        return null;
    }

    private Object construct(Constructor<?> k, Type[] types, int depth) throws ReflectiveOperationException {
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = of(types[i], depth + 1);
        }
        k.setAccessible(true);
        return k.newInstance(args);
    }

    private Object doNothing(Class<?> c) {
        return Proxy.newProxyInstance(c.getClassLoader(), new Class<?>[] {c}, (proxy, method, args) -> {
            if (method.getName().equals("toString")) {
                return "harmless " + c.getSimpleName();
            }
            if (method.getName().equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            if (method.getName().equals("equals")) {
                return proxy == args[0];
            }
            Class<?> r = method.getReturnType();
            if (r == void.class) {
                return null;
            }
            if (r.isPrimitive() || r == String.class || r == Optional.class || Collection.class.isAssignableFrom(r)
                    || r == Map.class) {
                return of(r, 5);
            }
            return null;
        });
    }
}
