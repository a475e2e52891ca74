package org.programmeregistry.bootstrap.iati;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A small checker for the rules of IATI's {@code standard.json} ruleset (IATI-Rulesets,
 * version-2.03, see {@code reference/iati/rulesets/SPEC.rst}) that apply to what the registry
 * writes. A rule case applies when every element its XPaths name is one the export writes
 * ({@link #WRITTEN}) and it needs nothing from outside the file; the others are listed as
 * skipped with the reason, so a reader sees what is and is not checked. "NOW" is the file's
 * {@code generated-datetime}, never the wall clock.
 */
final class IatiRuleset {

    /** The elements an export writes (StaxIatiActivityWriter). */
    static final Set<String> WRITTEN = Set.of("iati-activities", "iati-activity", "iati-identifier", "reporting-org", "title",
            "description", "narrative", "participating-org", "other-identifier", "activity-status", "activity-date", "recipient-country",
            "recipient-region", "tag");

    private static final Set<String> XPATH_WORDS = Set.of("count", "not", "and", "or", "text", "number", "sum", "string", "NOW",
            "true", "false", "local-name", "contains", "starts-with", "lang", "node");
    private static final Pattern NAME = Pattern.compile("(?<![@$\\w-])([A-Za-z][\\w-]*+)(?!\\s*\\()");
    private static final Pattern QUOTED = Pattern.compile("'[^']*'|\"[^\"]*\"");

    /** A broken rule: the ruleset's id, severity and message, with the activity it was found in. */
    record Finding(String ruleId, String severity, String activity, String message) {
    }

    /** What a check found, and which rule ids it checked and skipped (with why). */
    record Outcome(List<Finding> findings, Set<String> checked, Map<String, String> skipped) {
    }

    private final JsonNode ruleset;

    private IatiRuleset(JsonNode ruleset) {
        this.ruleset = ruleset;
    }

    static IatiRuleset load(Path json) throws IOException {
        return new IatiRuleset(new ObjectMapper().readTree(json.toFile()));
    }

    Outcome check(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "xml".equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
        String generated = document.getDocumentElement().getAttribute("generated-datetime");
        Run run = new Run(xpath, LocalDate.parse(generated.substring(0, 10)));
        for (Iterator<Map.Entry<String, JsonNode>> contexts = ruleset.fields(); contexts.hasNext();) {
            Map.Entry<String, JsonNode> context = contexts.next();
            if (context.getKey().contains("iati-organisations")) {
                run.skipAll(context.getValue(), "an organisation file's rule; the registry writes activity files");
                continue;
            }
            NodeList nodes = (NodeList) xpath.evaluate(context.getKey(), document, XPathConstants.NODESET);
            for (Iterator<Map.Entry<String, JsonNode>> rules = context.getValue().fields(); rules.hasNext();) {
                Map.Entry<String, JsonNode> rule = rules.next();
                for (JsonNode c : rule.getValue().get("cases")) {
                    run.applyCase(context.getKey(), rule.getKey(), c, nodes, null);
                }
            }
        }
        return new Outcome(run.findings, run.checked, run.skipped);
    }

    private static final class Run {
        final XPath xpath;
        final LocalDate now;
        final List<Finding> findings = new ArrayList<>();
        final Set<String> checked = new TreeSet<>();
        final Map<String, String> skipped = new TreeMap<>();

        Run(XPath xpath, LocalDate now) {
            this.xpath = xpath;
            this.now = now;
        }

        void skipAll(JsonNode rules, String why) {
            rules.forEach(rule -> rule.get("cases").forEach(c -> skip(c, why)));
        }

        void skip(JsonNode c, String why) {
            if (c.has("ruleInfo")) {
                String id = c.get("ruleInfo").get("id").asText();
                if (!checked.contains(id)) {
                    skipped.putIfAbsent(id, why);
                }
            } else if (c.has("do")) {
                c.get("do").forEach(rule -> rule.get("cases").forEach(inner -> skip(inner, why)));
            }
        }

        void applyCase(String context, String rule, JsonNode c, NodeList nodes, String substitute) throws XPathExpressionException {
            String foreign = foreignElements(context, c);
            if (foreign != null) {
                skip(c, "names elements the registry never writes: " + foreign);
                return;
            }
            if (c.has("idCondition")) {
                skip(c, "needs IATI's registry of publishers (" + c.get("idCondition").asText() + ")");
                return;
            }
            if (rule.equals("loop")) {
                for (int i = 0; i < nodes.getLength(); i++) {
                    Set<String> values = new LinkedHashSet<>();
                    NodeList found = (NodeList) xpath.evaluate(c.get("foreach").asText(), nodes.item(i), XPathConstants.NODESET);
                    for (int j = 0; j < found.getLength(); j++) {
                        values.add(found.item(j).getTextContent());
                    }
                    for (String value : values) {
                        for (Iterator<Map.Entry<String, JsonNode>> inner = c.get("do").fields(); inner.hasNext();) {
                            Map.Entry<String, JsonNode> r = inner.next();
                            for (JsonNode innerCase : r.getValue().get("cases")) {
                                applyCase(context, r.getKey(), innerCase, single(nodes.item(i)), value);
                            }
                        }
                    }
                }
                markChecked(context, c);
                return;
            }
            String id = c.get("ruleInfo").get("id").asText();
            if (!Set.of("atleast_one", "no_more_than_one", "unique", "startswith", "one_or_all", "date_now", "date_order", "regex_matches",
                    "no_spaces", "range", "strict_sum", "if_then").contains(rule)) {
                skip(c, "rule type " + rule + " is not implemented by this checker");
                return;
            }
            if (rule.equals("one_or_all") && !Set.of("lang", "currency").contains(c.get("all").asText())) {
                skip(c, "one_or_all over " + c.get("all").asText() + " is not implemented by this checker");
                return;
            }
            checked.add(id);
            skipped.remove(id);
            for (int i = 0; i < nodes.getLength(); i++) {
                Node node = nodes.item(i);
                if (c.has("condition") && !bool(text(c, "condition", substitute), node)) {
                    continue;
                }
                if (!holds(rule, c, node, substitute)) {
                    JsonNode info = c.get("ruleInfo");
                    findings.add(new Finding(id, info.get("severity").asText(), activityOf(node), info.get("message").asText()));
                }
            }
        }

        private void markChecked(String context, JsonNode loop) {
            loop.get("do").forEach(rule -> rule.get("cases").forEach(inner -> {
                if (foreignElements(context, inner) == null && !inner.has("idCondition")) {
                    String id = inner.get("ruleInfo").get("id").asText();
                    checked.add(id);
                    skipped.remove(id);
                }
            }));
        }

        private boolean holds(String rule, JsonNode c, Node node, String sub) throws XPathExpressionException {
            switch (rule) {
                case "atleast_one": {
                    for (String path : paths(c, sub)) {
                        if (nodes(path, node).size() > 0) {
                            return true;
                        }
                    }
                    return false;
                }
                case "no_more_than_one": {
                    int count = 0;
                    for (String path : paths(c, sub)) {
                        count += nodes(path, node).size();
                    }
                    return count <= 1;
                }
                case "unique": {
                    List<String> values = new ArrayList<>();
                    for (String path : paths(c, sub)) {
                        values.addAll(nodes(path, node));
                    }
                    return new LinkedHashSet<>(values).size() == values.size();
                }
                case "startswith": {
                    List<String> prefixes = new ArrayList<>();
                    for (JsonNode p : c.get("prefix")) {
                        prefixes.addAll(nodes(p.asText(), node));
                    }
                    String separator = c.has("separator") ? c.get("separator").asText() : "";
                    for (String path : paths(c, sub)) {
                        for (String value : nodes(path, node)) {
                            if (prefixes.stream().noneMatch(p -> value.startsWith(p + separator))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }
                case "one_or_all": {
                    if (!nodes(c.get("one").asText(), node).isEmpty()) {
                        return true;
                    }
                    String all = c.get("all").asText();
                    return all.equals("lang") ? bool("not(.//narrative[not(@xml:lang)])", node) : bool("not(.//value[not(@currency)])", node);
                }
                case "date_now": {
                    for (String value : nodes(text(c, "date", sub), node)) {
                        if (LocalDate.parse(value.substring(0, 10)).isAfter(now)) {
                            return false;
                        }
                    }
                    return true;
                }
                case "date_order": {
                    List<String> less = nodes(text(c, "less", sub), node);
                    List<String> more = c.get("more").asText().equals("NOW") ? List.of(now.toString()) : nodes(text(c, "more", sub), node);
                    if (less.isEmpty() || more.isEmpty()) {
                        return true;
                    }
                    return !LocalDate.parse(less.get(0).substring(0, 10)).isAfter(LocalDate.parse(more.get(0).substring(0, 10)));
                }
                case "regex_matches": {
                    Pattern regex = Pattern.compile(c.get("regex").asText());
                    for (String path : paths(c, sub)) {
                        for (String value : nodes(path, node)) {
                            if (!regex.matcher(value).find()) {
                                return false;
                            }
                        }
                    }
                    return true;
                }
                case "no_spaces": {
                    for (String path : paths(c, sub)) {
                        for (String value : nodes(path, node)) {
                            if (!value.equals(value.strip())) {
                                return false;
                            }
                        }
                    }
                    return true;
                }
                case "range": {
                    BigDecimal min = c.has("min") ? new BigDecimal(c.get("min").asText()) : null;
                    BigDecimal max = c.has("max") ? new BigDecimal(c.get("max").asText()) : null;
                    for (String path : paths(c, sub)) {
                        for (String value : nodes(path, node)) {
                            BigDecimal v = new BigDecimal(value);
                            if (min != null && v.compareTo(min) < 0 || max != null && v.compareTo(max) > 0) {
                                return false;
                            }
                        }
                    }
                    return true;
                }
                case "strict_sum": {
                    BigDecimal total = BigDecimal.ZERO;
                    for (String path : paths(c, sub)) {
                        for (String value : nodes(path, node)) {
                            total = total.add(new BigDecimal(value));
                        }
                    }
                    return total.compareTo(new BigDecimal(c.get("sum").asText())) == 0;
                }
                case "if_then":
                    return !bool(text(c, "if", sub), node) || bool(text(c, "then", sub), node);
                default:
                    throw new IllegalStateException(rule);
            }
        }

        private List<String> paths(JsonNode c, String sub) {
            List<String> paths = new ArrayList<>();
            c.get("paths").forEach(p -> paths.add(substitute(p.asText(), sub)));
            return paths;
        }

        private static String text(JsonNode c, String key, String sub) {
            return substitute(c.get(key).asText(), sub);
        }

        private static String substitute(String xpath, String sub) {
            return sub == null ? xpath : xpath.replace("$1", sub);
        }

        private List<String> nodes(String path, Node node) throws XPathExpressionException {
            NodeList list = (NodeList) xpath.evaluate(path, node, XPathConstants.NODESET);
            List<String> values = new ArrayList<>();
            for (int i = 0; i < list.getLength(); i++) {
                values.add(list.item(i).getTextContent());
            }
            return values;
        }

        private boolean bool(String expression, Node node) throws XPathExpressionException {
            return (Boolean) xpath.evaluate(expression, node, XPathConstants.BOOLEAN);
        }

        private String activityOf(Node node) throws XPathExpressionException {
            return xpath.evaluate("ancestor-or-self::iati-activity/iati-identifier", node);
        }

        private static NodeList single(Node node) {
            return new NodeList() {
                @Override
                public Node item(int index) {
                    return index == 0 ? node : null;
                }

                @Override
                public int getLength() {
                    return 1;
                }
            };
        }
    }

    /** The element names in the case's XPaths (and its context) that an export never writes, or null when there are none. */
    static String foreignElements(String context, JsonNode c) {
        Set<String> foreign = new TreeSet<>();
        List<String> expressions = new ArrayList<>(List.of(context));
        for (String key : List.of("paths", "prefix", "less", "more", "date", "start", "end", "condition", "if", "then", "one", "foreach",
                "excluded")) {
            JsonNode value = c.get(key);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(v -> expressions.add(v.asText()));
            } else {
                expressions.add(value.asText());
            }
        }
        if (c.has("do")) {
            c.get("do").forEach(rule -> rule.get("cases").forEach(inner -> {
                String more = foreignElements(context, inner);
                if (more != null) {
                    foreign.add(more);
                }
            }));
        }
        for (String expression : expressions) {
            if (expression.equals("ORG-ID-PREFIX")) {
                continue;
            }
            Matcher name = NAME.matcher(QUOTED.matcher(expression).replaceAll("''"));
            while (name.find()) {
                String n = name.group(1);
                if (!XPATH_WORDS.contains(n) && !WRITTEN.contains(n) && !n.matches("\\d.*")) {
                    foreign.add(n);
                }
            }
        }
        return foreign.isEmpty() ? null : String.join(", ", foreign);
    }
}
