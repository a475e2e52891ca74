package org.programmeregistry.domain;

/**
 * The numbered invariants of the domain (see {@code design/domain.md}). Every broken rule is
 * reported with one of these identifiers so that tests, logs and people can name it.
 */
public enum Rule {
    P1("a programme identifier has 1-100 letters, digits, '.', '_', '/' or '-' and is unique (case-insensitive)"),
    P2("a programme has a non-blank title of at most 500 characters and a summary of at most 10,000"),
    P3("a period does not end before it starts"),
    P4("a programme's status follows the IATI activity-status life cycle; closed and cancelled programmes are read-only"),
    P5("implementation needs an actual start, a beneficiary and a contribution; finalisation and closure need an actual end"),
    P6("every beneficiary territory exists at some point of the programme period"),
    P7("the coordinating office belongs to the accountable organisation and was open on the programme's start date"),
    P8("modules are numbered 1, 2, 3 ... and named (at most 200 characters), numbers and names (case-insensitive) unique, each with one lead organisation; a module with events cannot be removed"),
    P9("a donor contributes once per instrument (named in at most 300 characters); amounts are non-negative and carry an ISO 4217 currency"),
    P10("a national deliverable names one beneficiary territory of the programme; a regional deliverable names none"),
    P11("SDG targets are real 2030 Agenda targets"),
    P12("deliverables are numbered uniquely within their programme and have a non-blank title of at most 500 characters"),
    P13("a contribution, deliverable or SDG target is changed or removed only where the programme has it; a deliverable signed at an event is neither changed nor removed"),
    E1("an event ends not before it starts, and both its dates fall inside the programme period (actual dates where known, planned otherwise)"),
    E2("a module-level event names a module of the same programme"),
    E3("the venue territory exists on the event's start date"),
    E4("delegations come from beneficiary territories existing on the event's start date, one per territory, each with one head; a person is in one delegation"),
    E5("a signature is recorded once the event is held, by the head of the delegation of the deliverable's territory, once per deliverable and territory"),
    E6("no event is scheduled, changed or held on a closed or cancelled programme; an event with signatures cannot be cancelled"),
    E7("only a scheduled event is changed or held; a cancelled event stays cancelled"),
    E8("an event has a non-blank title of at most 500 characters, a venue city of at most 200 and target groups of at most 300 each"),
    E9("a participant has a non-blank name of at most 200 characters, a position of at most 200 and an institution of at most 300"),
    E10("a participant is corrected or removed only where their territory's delegation has them"),
    O1("organisation acronyms are unique (case-insensitive); an IATI organisation identifier, when given, has the form XX-XXX-... and is unique"),
    O2("an office's territory exists on its opening date; one office per territory"),
    O3("an organisation has a non-blank name of at most 300 characters and an acronym of 1-40 letters, digits, '.', '_', '&', '/' or '-', starting with a letter or digit"),
    T1("a territory is known to the catalogue and its name is the one valid on the date asked about"),
    I1("an IATI activity uses the codes of IATI 2.03: activity status 1-6, participating-organisation role 1-4; each participating organisation has an identifier or a name"),
    I2("an IATI file states its version, one of 2.01, 2.02 and 2.03, the versions the registry reads"),
    I3("an exported activity is reported by an organisation with an IATI organisation identifier: the accountable organisation, else the one named for the export"),
    I4("an exported programme has a summary and a planned or an actual start date, as an IATI activity needs a description and a start"),
    Q1("a search names only territories the catalogue knows and organisations the registry has registered");

    private final String statement;

    Rule(String statement) {
        this.statement = statement;
    }

    /** The rule in one plain sentence. */
    public String statement() {
        return statement;
    }
}
