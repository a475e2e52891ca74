package org.programmeregistry.application;

/** A command or query named a programme, organisation or event that the registry does not hold. */
public final class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String identifier;

    public NotFoundException(String kind, String identifier, String hint) {
        super(kind + " " + identifier + " is not registered; " + hint, null, false, false);
        this.kind = kind;
        this.identifier = identifier;
    }

    public static NotFoundException programme(Object id) {
        return new NotFoundException("programme", String.valueOf(id), "see 'programme list' for the registered programmes");
    }

    public static NotFoundException organisation(Object acronym) {
        return new NotFoundException("organisation", String.valueOf(acronym), "register it first or see 'organisation list'");
    }

    /** "event 2 of programme X is not registered": an event is known by its number within its programme. */
    public static NotFoundException event(Object programme, int number) {
        return new NotFoundException("event", number + " of programme " + programme, "see 'event list " + programme + "' for its events");
    }

    public static NotFoundException event(org.programmeregistry.domain.event.EventId id) {
        return event(id.programme(), id.number());
    }

    public String kind() {
        return kind;
    }

    public String identifier() {
        return identifier;
    }
}
