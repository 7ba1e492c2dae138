package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.CaptureEngine;
import com.orderdesk.logic.capture.Channel;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.DraftStatus;
import com.orderdesk.logic.capture.InboundMessage;
import com.orderdesk.logic.capture.MasterData;
import com.orderdesk.logic.capture.PoRegister;
import com.orderdesk.logic.capture.email.SenderDirectory;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a simple mail rule does, for comparison: the customer from the sender, a line wherever our
 * exact SKU appears next to one whole number, the first "PO" number, no dates, the default ship-to;
 * touchless when every such line has its number. EDI and CSV files, which need no reading of
 * words, go through the engine as they are.
 */
final class ExactSkuBaseline {
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Pattern PO = Pattern.compile("PO[#:]?\\s*([A-Z0-9-]*\\d[A-Z0-9-]*)");
    private final CaptureEngine engine;
    private final SenderDirectory senders;
    private final Map<String, MasterData.Product> products = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();

    ExactSkuBaseline(MasterData data) {
        engine = new CaptureEngine(data);
        senders = new SenderDirectory(data);
        data.products().forEach(p -> products.put(p.sku(), p));
        data.shipTos().stream().filter(MasterData.ShipTo::isDefault).forEach(s -> defaults.put(s.customerNo(), s.code()));
    }

    List<Draft> capture(InboundMessage message, LocalDate today, PoRegister register) {
        if (!message.fileName().endsWith(".eml")) {
            return engine.capture(message, today, register);
        }
        try {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(message.bytes()));
            String from = m.getFrom() == null ? null : ((InternetAddress) m.getFrom()[0]).getAddress();
            List<String> customers = senders.customersOf(from);
            String customer = customers.size() == 1 ? customers.get(0) : null;
            String text = (m.getSubject() == null ? "" : m.getSubject()) + "\n" + text(m);
            List<DraftLine> lines = new ArrayList<>();
            boolean complete = true;
            for (String line : text.split("\n")) {
                List<String> skus = new ArrayList<>();
                List<Long> numbers = new ArrayList<>();
                Matcher t = TOKEN.matcher(line);
                while (t.find()) {
                    if (products.containsKey(t.group())) {
                        skus.add(t.group());
                    } else if (t.group().matches("\\d{1,5}")) {
                        numbers.add(Long.parseLong(t.group()));
                    }
                }
                if (skus.size() == 1) {
                    complete &= numbers.size() == 1;
                    lines.add(new DraftLine(skus.get(0), numbers.size() == 1 ? numbers.get(0) : null, null, line, null));
                }
            }
            Matcher po = PO.matcher(text);
            String poNumber = po.find() ? po.group(1) : null;
            boolean touchless = customer != null && !lines.isEmpty() && complete;
            return List.of(new Draft(message.fileName(), Channel.EMAIL, lines.isEmpty() ? DraftStatus.NOT_AN_ORDER
                    : touchless ? DraftStatus.TOUCHLESS : DraftStatus.REVIEW, customer, customer == null ? null : defaults.get(customer),
                    poNumber, null, touchless ? 1 : 0.5, lines, List.of(), text, Map.of()));
        } catch (Exception e) {
            return List.of(new Draft(message.fileName(), Channel.EMAIL, DraftStatus.REJECTED, null, null, null, null, 0,
                    List.of(), List.of(), "", Map.of()));
        }
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/*")) {
            return String.valueOf(part.getContent()).replaceAll("<[^>]+>", "\n");
        }
        if (part.isMimeType("multipart/*")) {
            Multipart mp = (Multipart) part.getContent();
            return mp.getCount() == 0 ? "" : text(mp.getBodyPart(0));
        }
        return "";
    }
}
