package org.programmeregistry.domain.programme;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;

/** A 2030 Agenda target a programme contributes to, such as 10.7 or 10.a (P11). */
public record SdgTarget(String code) implements Comparable<SdgTarget> {

    public SdgTarget {
        if (code == null || !Targets.TITLES.containsKey(code.strip())) {
            throw new RuleViolation(Rule.P11, "'" + code + "' is not a 2030 Agenda target; use a target from 1.1 to 17.19, such as 10.7 or 10.a");
        }
        code = code.strip();
    }

    /** The goal the target belongs to: 10 for 10.7. */
    public int goal() {
        return Integer.parseInt(code.substring(0, code.indexOf('.')));
    }

    public String title() {
        return Targets.TITLES.get(code);
    }

    public static Set<String> allCodes() {
        return Targets.TITLES.keySet();
    }

    @Override
    public int compareTo(SdgTarget other) {
        int byGoal = Integer.compare(goal(), other.goal());
        if (byGoal != 0) {
            return byGoal;
        }
        String mine = code.substring(code.indexOf('.') + 1);
        String theirs = other.code.substring(other.code.indexOf('.') + 1);
        boolean mineNumeric = Character.isDigit(mine.charAt(0));
        boolean theirsNumeric = Character.isDigit(theirs.charAt(0));
        if (mineNumeric && theirsNumeric) {
            return Integer.compare(Integer.parseInt(mine), Integer.parseInt(theirs));
        }
        return mineNumeric != theirsNumeric ? (mineNumeric ? -1 : 1) : mine.compareTo(theirs);
    }

    @Override
    public String toString() {
        return code;
    }

    /** The codelist, read once from {@code sdg-targets.tsv} (IATI UNSDG-Targets). */
    private static final class Targets {
        static final Map<String, String> TITLES = load();

        private static Map<String, String> load() {
            Map<String, String> titles = new LinkedHashMap<>();
            try (InputStream in = SdgTarget.class.getResourceAsStream("sdg-targets.tsv")) {
                if (in == null) {
                    throw new IllegalStateException("sdg-targets.tsv is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String line;
                while ((line = reader.readLine()) != null) {
                    if (!line.isEmpty() && !line.startsWith("#")) {
                        int tab = line.indexOf('\t');
                        titles.put(line.substring(0, tab), line.substring(tab + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Collections.unmodifiableMap(titles);
        }
    }
}
