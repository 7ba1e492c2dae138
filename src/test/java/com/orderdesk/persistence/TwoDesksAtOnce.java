package com.orderdesk.persistence;

import com.orderdesk.application.order.OrderUseCases;
import com.orderdesk.logic.order.OrderDraft;
import com.orderdesk.logic.security.SignedInUser;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Two desks saving the same order into one book at the same moment: every save waits on one start
 * signal, alternating desks, so the saves meet at the book's number counter and audit head.
 */
final class TwoDesksAtOnce {
    private TwoDesksAtOnce() {
    }

    /** Saves {@code draft} {@code perDesk} times on each desk from {@code threads} threads at once; the order numbers, sorted. */
    static List<String> save(OrderUseCases deskA, OrderUseCases deskB, SignedInUser clerk, OrderDraft draft, int perDesk,
                             int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> futures = new ArrayList<>();
            for (int i = 0; i < perDesk * 2; i++) {
                OrderUseCases desk = i % 2 == 0 ? deskA : deskB;
                futures.add(pool.submit(() -> {
                    start.await();
                    return desk.save(clerk, draft).number();
                }));
            }
            start.countDown();
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : futures) {
                numbers.add(f.get(120, TimeUnit.SECONDS));
            }
            Collections.sort(numbers);
            return numbers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The gapless series {@code count} saves on a new book take: SO-100001 onwards. */
    static List<String> firstNumbers(int count) {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add("SO-" + (100001 + i));
        }
        return expected;
    }
}
