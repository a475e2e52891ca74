package org.programmeregistry.adapters.cli;

import java.util.List;
import java.util.stream.Collectors;

/** RFC 4180 lines: fields quoted when they hold a comma, a quote or a line break. */
final class Csv {

    private Csv() {
    }

    static String line(List<?> fields) {
        return fields.stream().map(f -> f == null ? "" : quote(f.toString())).collect(Collectors.joining(","));
    }

    private static String quote(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return '"' + field.replace("\"", "\"\"") + '"';
        }
        return field;
    }
}
