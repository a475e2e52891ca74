package org.programmeregistry.adapters.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.programmeregistry.domain.Period;
import picocli.CommandLine;

/** Dates as people read them on a fact sheet (15 Jun 2009) and as they type them (2009-06-15). */
final class Dates {

    private static final DateTimeFormatter FACT_SHEET = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private Dates() {
    }

    static String factSheet(LocalDate day) {
        return day == null ? "?" : FACT_SHEET.format(day);
    }

    /** {@code 15 Jun 2009 - 14 Jun 2011}, as on the seed pages. */
    static String factSheet(Period period) {
        return factSheet(period.start()) + " - " + factSheet(period.end());
    }

    static String iso(LocalDate day) {
        return day == null ? "" : day.toString();
    }

    /** Converts option values, with a message that says how to write a date. */
    static final class Converter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a date; write it as YYYY-MM-DD, e.g. 2009-06-15");
            }
        }
    }
}
