package com.orderdesk.logic.simulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A day's bank credits as the BAI2 file a bank sends (one group, one account, a 16 record per
 * credit with the payer's name, its remittance text on an 88 record, control totals and record
 * counts), for the cash desk's own import.
 */
public final class Bai2File {
    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd");

    /** One credit: {@code bankRef} is unique in the run, so the simulator knows which credit became which payment. */
    public record Credit(String bankRef, String payerName, BigDecimal amount, String remittance) {
    }

    private Bai2File() {
    }

    public static String write(List<Credit> credits, LocalDate day) {
        StringBuilder out = new StringBuilder(credits.size() * 120 + 200);
        String date = day.format(YYMMDD);
        out.append("01,021000021,ORDERDESK,").append(date).append(",0600,1,80,,2/\n");
        out.append("02,ORDERDESK,021000021,1,").append(date).append(",2400,USD,2/\n");
        out.append("03,0012345678,USD,,,,/\n");
        long total = 0;
        int records = 1;
        for (Credit c : credits) {
            long cents = c.amount().movePointRight(2).longValueExact();
            total += cents;
            out.append("16,165,").append(cents).append(",0,").append(c.bankRef()).append(",,ORIG CO NAME:")
                    .append(clean(c.payerName())).append('\n');
            out.append("88,REF: ").append(clean(c.remittance())).append('\n');
            records += 2;
        }
        records++;
        out.append("49,").append(total).append(',').append(records).append("/\n");
        out.append("98,").append(total).append(",1,").append(records + 2).append("/\n");
        out.append("99,").append(total).append(",1,").append(records + 4).append("/\n");
        return out.toString();
    }

    private static String clean(String s) {
        return s.replace(',', ' ').replace('/', ' ');
    }
}
