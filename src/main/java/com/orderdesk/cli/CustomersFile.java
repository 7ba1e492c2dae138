package com.orderdesk.cli;

import com.orderdesk.logic.customer.CustomerRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a customers file (the columns customers import reads); it appears whole or not at all. */
public final class CustomersFile {
    private CustomersFile() {
    }

    /**
     * @param source hands each customer to the consumer it is given
     * @return how many customers were written
     */
    public static int write(Path out, Consumer<Consumer<CustomerRecord>> source) throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), ".customers-", ".csv.part");
        int[] count = {0};
        try {
            try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter csv = new CSVPrinter(w, CSVFormat.RFC4180.builder()
                         .setHeader(CustomersCsv.COLUMNS.toArray(String[]::new)).get())) {
                source.accept(r -> {
                    try {
                        CustomersCsv.write(csv, r);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    count[0]++;
                });
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return count[0];
    }
}
