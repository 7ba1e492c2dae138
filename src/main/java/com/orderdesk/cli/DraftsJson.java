package com.orderdesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.orderdesk.logic.capture.Draft;
import com.orderdesk.logic.capture.DraftLine;
import com.orderdesk.logic.capture.Reason;
import java.io.IOException;
import java.io.Writer;
import java.math.RoundingMode;
import java.util.List;

/** Writes drafts as the {@code drafts.json} of src/site/markdown/contracts/capture.md. */
public final class DraftsJson {
    private DraftsJson() {
    }

    public static void write(List<Draft> drafts, Writer out) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeArrayFieldStart("orders");
            for (Draft d : drafts) {
                g.writeStartObject();
                g.writeStringField("source", d.source());
                g.writeStringField("status", d.status().name());
                g.writeStringField("customer_no", d.customerNo());
                g.writeStringField("ship_to", d.shipTo());
                g.writeStringField("po_number", d.poNumber());
                g.writeStringField("requested_date", d.requestedDate() == null ? null : d.requestedDate().toString());
                g.writeNumberField("confidence", Math.round(d.confidence() * 100) / 100.0);
                g.writeArrayFieldStart("lines");
                for (DraftLine l : d.lines()) {
                    g.writeStartObject();
                    g.writeStringField("sku", l.sku());
                    if (l.quantity() == null) {
                        g.writeNullField("quantity");
                    } else {
                        g.writeNumberField("quantity", l.quantity());
                    }
                    g.writeStringField("unit_price", l.unitPrice() == null ? null : l.unitPrice().setScale(2, RoundingMode.HALF_UP).toPlainString());
                    g.writeStringField("text", l.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("reasons");
                for (Reason r : d.reasons()) {
                    g.writeStartObject();
                    g.writeStringField("code", r.code().name());
                    g.writeStringField("text", r.text());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }
}
