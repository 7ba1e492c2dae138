package com.orderdesk.bench.cash;

import com.orderdesk.logic.cash.matching.Cents;
import com.orderdesk.logic.cash.matching.Payment;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes payments as one BAI2 file (one group, one account, a 16 record per payment with its
 * payer and remittance as ACH-style text, continued on an 88 record), with correct control totals
 * and record counts: the file a bank would send for a day of these credits.
 */
public final class Bai2Writer {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    private Bai2Writer() {
    }

    public static String write(List<Payment> payments, LocalDate asOf) {
        return write(payments, asOf, "ACH");
    }

    /** The same, with the bank references {@code refPrefix1, refPrefix2...} (a run's own, so two runs never share one). */
    public static String write(List<Payment> payments, LocalDate asOf, String refPrefix) {
        StringBuilder out = new StringBuilder(payments.size() * 120);
        String date = asOf.format(YYMMDD);
        out.append("01,021000021,ORDERDESK,").append(date).append(",0600,1,80,,2/\n");
        out.append("02,ORDERDESK,021000021,1,").append(date).append(",2400,USD,2/\n");
        out.append("03,0012345678,USD,,,,/\n");
        long total = 0;
        int records = 1;
        int n = 0;
        for (Payment p : payments) {
            long cents = Cents.of(p.amount());
            total += cents;
            n++;
            out.append("16,165,").append(cents).append(",0,").append(refPrefix).append(n).append(",,ORIG CO NAME:")
                    .append(p.payerName().replace(',', ' ').replace('/', ' ')).append('\n');
            out.append("88,REF: ").append(p.reference().replace(',', ' ').replace('/', ' ')).append('\n');
            records += 2;
        }
        records++;
        out.append("49,").append(total).append(',').append(records).append("/\n");
        out.append("98,").append(total).append(",1,").append(records + 2).append("/\n");
        out.append("99,").append(total).append(",1,").append(records + 4).append("/\n");
        return out.toString();
    }
}
