package dev.backforge.stacks.python.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A Google-style docstring: summary, prose, then Args / Returns / Yields / Raises / Attributes sections. */
final class Docstring {

    private final String summary;
    private final List<String> paragraphs = new ArrayList<>();
    private final Map<String, List<String[]>> sections = new LinkedHashMap<>();

    Docstring(String summary) {
        this.summary = PyText.sentence(summary);
    }

    Docstring paragraph(String text) {
        if (text != null && !text.isBlank()) {
            paragraphs.add(text.strip());
        }
        return this;
    }

    Docstring arg(String name, String text) {
        return entry("Args", name, text);
    }

    Docstring returns(String text) {
        return entry("Returns", null, text);
    }

    Docstring yields(String text) {
        return entry("Yields", null, text);
    }

    Docstring raises(String exception, String text) {
        return entry("Raises", exception, text);
    }

    Docstring attribute(String name, String text) {
        return entry("Attributes", name, text);
    }

    private Docstring entry(String section, String name, String text) {
        sections.computeIfAbsent(section, k -> new ArrayList<>()).add(new String[] {name, PyText.sentence(text)});
        return this;
    }

    /** The docstring's lines, indented for its place. */
    List<String> render(String indent) {
        int width = PyText.LINE - indent.length();
        if (paragraphs.isEmpty() && sections.isEmpty() && summary.length() + 6 <= width) {
            return List.of(indent + "\"\"\"" + PyText.doc(summary) + "\"\"\"");
        }
        List<String> lines = new ArrayList<>();
        List<String> first = wrap(PyText.doc(summary), width - 3);
        lines.add(indent + "\"\"\"" + first.get(0));
        first.subList(1, first.size()).forEach(l -> lines.add(indent + l));
        for (String p : paragraphs) {
            lines.add("");
            wrap(PyText.doc(p), width).forEach(l -> lines.add(indent + l));
        }
        for (var section : sections.entrySet()) {
            lines.add("");
            lines.add(indent + section.getKey() + ":");
            for (String[] e : section.getValue()) {
                String head = e[0] == null ? "" : e[0] + ": ";
                List<String> body = wrap(PyText.doc(head + e[1]), width - 8);
                lines.add(indent + "    " + body.get(0));
                body.subList(1, body.size()).forEach(l -> lines.add(indent + "        " + l));
            }
        }
        lines.add(indent + "\"\"\"");
        return lines;
    }

    /** Greedy word wrap; paragraphs keep their own line breaks. */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (String para : text.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : para.trim().split("\\s+")) {
                if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                    out.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
            }
            out.add(line.toString());
        }
        return out;
    }
}
