package org.programmeregistry.domain;

/**
 * The numbered invariants of the domain (see {@code design/domain.md}). Every broken rule is
 * reported with one of these identifiers so that tests, logs and people can name it.
 */
public enum Rule {
    P1("a programme identifier has 1-100 letters, digits, '.', '_', '/' or '-' and is unique"),
    P2("a programme has a non-blank title of at most 500 characters and a summary of at most 10,000"),
    P3("a period does not end before it starts"),
    P4("a programme's status follows the IATI activity-status life cycle; closed and cancelled programmes are read-only"),
    P5("implementation needs an actual start, a beneficiary and a contribution; finalisation and closure need an actual end"),
    P6("every beneficiary territory exists at some point of the programme period"),
    P7("the coordinating office belongs to the accountable organisation and was open on the programme's start date"),
    P8("modules have unique numbers and names and one lead organisation; a module with events cannot be removed"),
    P9("a donor contributes once per instrument; amounts are non-negative and carry an ISO 4217 currency"),
    P10("a national deliverable names one beneficiary territory of the programme; a regional deliverable names none"),
    P11("SDG targets are real 2030 Agenda targets"),
    E1("an event has a title and a venue, ends not before it starts, and falls inside the programme period"),
    E2("a module-level event names a module of the same programme"),
    E3("the venue territory exists on the event's start date"),
    E4("delegations come from beneficiary territories existing on the event's start date, one per territory, each with one head; a person is in one delegation"),
    E5("a signature is recorded once the event is held, by the head of the delegation of the deliverable's territory, once per deliverable and territory"),
    E6("no event is scheduled, changed or held on a closed or cancelled programme; an event with signatures cannot be cancelled"),
    O1("an organisation has a name and a unique acronym; an IATI organisation identifier has the form XX-XXX-..."),
    O2("an office's territory exists on its opening date; one office per territory"),
    T1("a territory is known to the catalogue and its name is the one valid on the date asked about");

    private final String statement;

    Rule(String statement) {
        this.statement = statement;
    }

    /** The rule in one plain sentence. */
    public String statement() {
        return statement;
    }
}
