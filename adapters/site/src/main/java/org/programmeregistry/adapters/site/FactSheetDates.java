package org.programmeregistry.adapters.site;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.programmeregistry.domain.Period;

/** Dates as the seed pages write them: {@code 15 Jun 2009}, {@code 29/30 Sep 2005}. */
final class FactSheetDates {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private FactSheetDates() {
    }

    static String day(LocalDate day) {
        return day == null ? "?" : DAY.format(day);
    }

    /** {@code 15 Jun 2009 - 14 Jun 2011}; an unknown end shows as {@code ?}; no dates at all as {@code -}. */
    static String period(Period period) {
        if (period.start() == null && period.end() == null) {
            return "-";
        }
        return day(period.start()) + " - " + day(period.end());
    }

    /** {@code (2009 - 2011)} after a title, as on the seed pages; nothing when the start is unknown. */
    static String years(Period period) {
        if (period.start() == null) {
            return "";
        }
        return " (" + period.start().getYear() + " - " + (period.end() == null ? "" : period.end().getYear()) + ")";
    }

    /** {@code 29/30 Sep 2005}, {@code 3-5 Mar 2010}, or a full range across months. */
    static String days(LocalDate start, LocalDate end) {
        if (start.equals(end)) {
            return day(start);
        }
        if (start.getYear() == end.getYear() && start.getMonth() == end.getMonth()) {
            String separator = end.getDayOfMonth() - start.getDayOfMonth() == 1 ? "/" : "-";
            return start.getDayOfMonth() + separator + end.getDayOfMonth() + " " + MONTH_YEAR.format(start);
        }
        return day(start) + " - " + day(end);
    }
}
