package com.orderdesk.persistence.kpi;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * Customer numbers by id, read once per ledger read from the customer number's own index (a
 * covering scan, not the wide customer rows). Ids are dense (INTEGER PRIMARY KEY), so they index an
 * array: a lookup per invoice and order row costs no boxing and no hashing. A joined column was
 * measured dearer (every row then reads a customer row). Sparse ids fall back to a map.
 */
final class CustomerNumbers {
    private static final int MAX_DENSE = 50_000_000;

    private final String[] byId;
    private final Map<Long, String> sparse;

    private CustomerNumbers(String[] byId, Map<Long, String> sparse) {
        this.byId = byId;
        this.sparse = sparse;
    }

    static CustomerNumbers read(Connection connection) throws SQLException {
        long[] ids = new long[1024];
        String[] numbers = new String[1024];
        int[] n = {0};
        long[] max = {0};
        long[][] idsRef = {ids};
        String[][] numbersRef = {numbers};
        ReceivablesReader.Rows.each(connection, "SELECT id, customer_no FROM customer", rs -> {
            if (n[0] == idsRef[0].length) {
                idsRef[0] = java.util.Arrays.copyOf(idsRef[0], n[0] * 2);
                numbersRef[0] = java.util.Arrays.copyOf(numbersRef[0], n[0] * 2);
            }
            long id = rs.getLong(1);
            idsRef[0][n[0]] = id;
            numbersRef[0][n[0]] = rs.getString(2);
            max[0] = Math.max(max[0], id);
            n[0]++;
        });
        ids = idsRef[0];
        numbers = numbersRef[0];
        boolean dense = max[0] < MAX_DENSE && max[0] <= 4L * n[0] + 1024 && isNonNegative(ids, n[0]);
        if (dense) {
            String[] byId = new String[(int) max[0] + 1];
            for (int i = 0; i < n[0]; i++) {
                byId[(int) ids[i]] = numbers[i];
            }
            return new CustomerNumbers(byId, null);
        }
        Map<Long, String> sparse = new HashMap<>(n[0] * 2);
        for (int i = 0; i < n[0]; i++) {
            sparse.put(ids[i], numbers[i]);
        }
        return new CustomerNumbers(null, sparse);
    }

    private static boolean isNonNegative(long[] ids, int n) {
        for (int i = 0; i < n; i++) {
            if (ids[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The customer's number, or null when no customer has the id. */
    String of(long id) {
        if (byId != null) {
            return id >= 0 && id < byId.length ? byId[(int) id] : null;
        }
        return sparse.get(id);
    }
}
