package org.programmeregistry.application.port.in.programme;

import static org.programmeregistry.application.port.in.Patterns.ACRONYM;
import static org.programmeregistry.application.port.in.Patterns.ACRONYM_MESSAGE;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY;
import static org.programmeregistry.application.port.in.Patterns.TERRITORY_MESSAGE;

import java.time.LocalDate;
import org.programmeregistry.application.InvalidCommandException;
import org.programmeregistry.application.readmodel.Page;
import org.programmeregistry.application.readmodel.ProgrammeSummary;
import org.programmeregistry.application.readmodel.SearchCursor;
import org.programmeregistry.domain.programme.ProgrammeStatus;

/**
 * Finds programmes by beneficiary, organisation in any role, donor, status, a day they were
 * active on and words of their text (title, summary, module names, deliverable and event
 * titles). A page holds at most {@code limit} programmes and the cursor of the next page: pass
 * it as {@code after} to continue. With a text, the most relevant come first; otherwise
 * programmes come by identifier. An unknown territory code or an unregistered organisation is
 * refused (Q1) rather than matched against nothing.
 */
public interface SearchProgrammesQuery {

    Page<ProgrammeSummary> search(Criteria criteria);

    /**
     * Every criterion may be null; the given ones must all hold. Checked by hand rather than by
     * the Jakarta validator: a search is what a command line runs most, and it should not pay
     * for starting the validator. The messages are the validator's.
     */
    record Criteria(String territory, String organisation, String donor, ProgrammeStatus status, LocalDate activeOn, String text,
            String after, int limit, boolean exactTotal) {

        private static final java.util.regex.Pattern TERRITORY_FORM = java.util.regex.Pattern.compile(TERRITORY);
        private static final java.util.regex.Pattern ACRONYM_FORM = java.util.regex.Pattern.compile(ACRONYM);

        public Criteria {
            java.util.List<String> problems = new java.util.ArrayList<>();
            if (territory != null && !TERRITORY_FORM.matcher(territory).matches()) {
                problems.add("territory: " + TERRITORY_MESSAGE);
            }
            if (organisation != null && !ACRONYM_FORM.matcher(organisation).matches()) {
                problems.add("organisation: " + ACRONYM_MESSAGE);
            }
            if (donor != null && !ACRONYM_FORM.matcher(donor).matches()) {
                problems.add("donor: " + ACRONYM_MESSAGE);
            }
            if (text != null && text.length() > 200) {
                problems.add("text: size must be between 0 and 200");
            }
            if (after != null && SearchCursor.of(after).isEmpty()) {
                problems.add("after: is not the cursor of a page this registry gave");
            }
            if (limit < 1) {
                problems.add("limit: must be greater than or equal to 1");
            }
            if (limit > 1000) {
                problems.add("limit: must be less than or equal to 1000");
            }
            if (!problems.isEmpty()) {
                java.util.Collections.sort(problems);
                throw new InvalidCommandException("SearchProgrammesQuery.Criteria", problems);
            }
        }

        /** Every programme, the first page of 1000. */
        public static Criteria everything() {
            return new Criteria(null, null, null, null, null, null, null, 1000, false);
        }

        /** The same criteria for the page after {@code cursor}. */
        public Criteria after(String cursor) {
            return new Criteria(territory, organisation, donor, status, activeOn, text, cursor, limit, exactTotal);
        }
    }
}
