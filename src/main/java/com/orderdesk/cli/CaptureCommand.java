package com.orderdesk.cli;

import com.orderdesk.logic.common.FileTrouble;
import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.PoRegister;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code capture}: reads email, EDI and file orders into drafts (src/site/markdown/contracts/capture.md). Read-only. */
@Command(name = "capture", mixinStandardHelpOptions = true,
        description = {"Reads the order messages in a folder (.eml, .edi/.x12/.850, .csv) into order drafts: "
                + "TOUCHLESS when every field is certain, REVIEW with reasons, NOT_AN_ORDER or REJECTED.",
                "Master data: CSV, UTF-8, header row. Writes drafts.json (to --out, else standard output).",
                "Exit status: 0 done, 2 bad input (one located message per problem on standard error, nothing written)."})
public final class CaptureCommand implements Callable<Integer> {
    static final int BAD_INPUT = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--customers", required = true, paramLabel = "FILE", description = "customers.csv: customer_no,name,emails,edi_id,phone")
    Path customers;

    @Option(names = "--ship-tos", required = true, paramLabel = "FILE", description = "ship_tos.csv: customer_no,code,name,street,city,state,zip,is_default")
    Path shipTos;

    @Option(names = "--products", required = true, paramLabel = "FILE", description = "products.csv: sku,description,unit,case_qty,gtin,list_price")
    Path products;

    @Option(names = "--prices", paramLabel = "FILE", description = "prices.csv: customer_no,sku,unit_price (contract prices)")
    Path prices;

    @Option(names = "--part-numbers", paramLabel = "FILE", description = "part_numbers.csv: customer_no,customer_part,sku")
    Path partNumbers;

    @Option(names = "--in", required = true, paramLabel = "DIR", description = "Folder of messages; every regular file directly in it is read, in file-name order.")
    Path in;

    @Option(names = "--internal-domains", paramLabel = "LIST", description = "The company's own mail domains, ';'-separated (e.g. @ourcompany.com).")
    String internalDomains;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write drafts.json (default: standard output).")
    Path out;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "Anchors relative dates (default: the system date).")
    String today;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        InputProblems problems = new InputProblems();
        LocalDate anchor = LocalDate.now();
        if (today != null) {
            try {
                anchor = LocalDate.parse(today.trim());
            } catch (DateTimeParseException e) {
                problems.addFile("--today", "\"" + today + "\" is not a date (YYYY-MM-DD)");
            }
        }
        String refusal = out == null ? null : FileTrouble.unwritable(out, "drafts.json");
        if (refusal != null) {
            problems.addFile("--out", refusal);
        }
        List<Path> files = messages(problems);
        MasterData data = CaptureCsv.read(customers, shipTos, products, prices, partNumbers, domains(), problems);
        if (data == null || !problems.isEmpty()) {
            problems.printTo(err);
            return BAD_INPUT;
        }
        CaptureEngine engine = new CaptureEngine(data);
        PoRegister register = PoRegister.empty();
        List<Draft> drafts = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                err.println(file + ": cannot read: " + FileTrouble.why(file, e));
                err.flush();
                return 1;
            }
            drafts.addAll(engine.capture(new InboundMessage(file.getFileName().toString(), bytes), anchor, register));
        }
        try {
            StringWriter json = new StringWriter();
            DraftsJson.write(drafts, json);
            if (out == null) {
                PrintWriter stdout = spec.commandLine().getOut();
                stdout.print(json);
                stdout.flush();
            } else {
                MatchCommand.writeWhole(out, json.toString());
            }
        } catch (IOException e) {
            err.println((out == null ? "standard output" : out.toString()) + ": cannot write: " + FileTrouble.why(out, e));
            err.flush();
            return 1;
        }
        return 0;
    }

    private List<Path> messages(InputProblems problems) {
        if (!Files.isDirectory(in)) {
            problems.addFile("--in", "folder " + in + " does not exist");
            return List.of();
        }
        try (Stream<Path> listing = Files.list(in)) {
            return listing.filter(Files::isRegularFile).sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.addFile("--in", "cannot list " + in + ": " + FileTrouble.why(in, e));
            return List.of();
        }
    }

    private List<String> domains() {
        List<String> list = new ArrayList<>();
        if (internalDomains != null) {
            for (String d : internalDomains.split(";")) {
                if (!d.isBlank()) {
                    list.add(d.trim());
                }
            }
        }
        return list;
    }
}
