package com.orderdesk.logic.capture.email;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An HTML mail body as the lines a person sees: blocks on their own lines, table rows as
 * "cell | cell | cell" (so a table keeps its columns), quoted blocks ({@code blockquote}, Gmail's
 * and Outlook's quote containers) prefixed with "> " like quoted plain text.
 */
final class HtmlText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "hr", "pre", "address", "section", "article", "header", "footer", "dd", "dt");

    private HtmlText() {
    }

    static String toText(String html) {
        Document doc = Jsoup.parse(html);
        doc.select("style, script, head, title").remove();
        // Quoted earlier mail in HTML: mark it like plain-text quoting so one rule leaves it out.
        doc.select("blockquote, div.gmail_quote, div#appendonsend, div#divRplyFwdMsg").forEach(e -> e.attr("data-quoted", "1"));
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean firstCell = true;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.getWholeText().replace('\u00a0', ' ').replaceAll("\\s+", " ");
                    if (!s.isBlank()) {
                        if (endsLine(out) && quoted(node)) {
                            out.append("> ");
                        }
                        out.append(endsLine(out) ? s.stripLeading() : s);
                    }
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("td") || tag.equals("th")) {
                        if (!firstCell) {
                            out.append(" | ");
                        }
                        firstCell = false;
                    } else if (tag.equals("tr")) {
                        newline(out);
                        firstCell = true;
                    } else if (BLOCKS.contains(tag)) {
                        newline(out);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && (BLOCKS.contains(e.normalName()) && !e.normalName().equals("br"))) {
                    newline(out);
                }
            }
        }, doc.body() == null ? doc : doc.body());
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n").strip() + "\n";
    }

    private static boolean quoted(Node node) {
        for (Node n = node.parent(); n != null; n = n.parent()) {
            if (n instanceof Element e && e.hasAttr("data-quoted")) {
                return true;
            }
        }
        return false;
    }

    private static boolean endsLine(StringBuilder b) {
        return b.length() == 0 || b.charAt(b.length() - 1) == '\n';
    }

    private static void newline(StringBuilder b) {
        if (!endsLine(b)) {
            b.append('\n');
        }
    }
}
