package com.orderdesk.bench.capture;

import com.orderdesk.logic.capture.MasterData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A set of inbound messages with known right answers: email orders in many phrasings (plain,
 * HTML, tables, CSV attachments, quoted and forwarded mail, signatures), EDI 850 interchanges
 * (004010 and 005010, varied separators, several orders each), order CSV files, messages that are
 * not orders, and broken files. The same seed gives the same set.
 */
public final class CaptureSetGenerator {
    /** The generated set: master data, messages in file order, and the right answers. */
    public record CaptureSet(MasterData data, List<GeneratedMessage> messages, LocalDate today, String style) {
        public List<Expected> expected() {
            List<Expected> out = new ArrayList<>();
            messages.forEach(m -> out.addAll(m.expected()));
            return out;
        }
    }

    private CaptureSetGenerator() {
    }

    /** {@code style}: friendly, terse or mixed (each email message picks one). */
    public static CaptureSet generate(int count, long seed, LocalDate today, String style) {
        Random random = new Random(seed);
        World world = new World(random, Math.max(20, count / 8), 420);
        PlanMaker plans = new PlanMaker(world, random);
        MessageStyle friendly = new FriendlyStyle();
        MessageStyle terse = new TerseStyle();
        EmailMessages friendlyMail = new EmailMessages(plans, friendly, random, today);
        EmailMessages terseMail = new EmailMessages(plans, terse, random, today);
        StructuredMessages structured = new StructuredMessages(plans, random, today);
        List<GeneratedMessage> messages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            EmailMessages mail = switch (style.toLowerCase(Locale.ROOT)) {
                case "friendly" -> friendlyMail;
                case "terse" -> terseMail;
                default -> random.nextBoolean() ? friendlyMail : terseMail;
            };
            int kind = random.nextInt(100);
            String base = String.format(Locale.ROOT, "%05d", i);
            GeneratedMessage m;
            if (kind < 8) {
                m = mail.nonOrder(base + ".eml");
            } else if (kind < 9) {
                m = mail.garbageMail(base + ".eml");
            } else if (kind < 11) {
                m = structured.edi(base + ext(random), true);
            } else if (kind < 12) {
                m = structured.csv(base + ".csv", true);
            } else if (kind < 26) {
                m = structured.edi(base + ext(random), false);
            } else if (kind < 32) {
                m = structured.csv(base + ".csv", false);
            } else {
                m = mail.order(base + ".eml");
            }
            messages.add(m);
        }
        return new CaptureSet(world.data, messages, today, style);
    }

    private static String ext(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ".edi";
            case 1 -> ".x12";
            default -> ".850";
        };
    }
}
