package org.programmeregistry.adapters.site;

/** A text that may link to another page of the site; {@code href} is null where there is nothing to link to. */
public record Link(String text, String href) {

    public static Link plain(String text) {
        return new Link(text, null);
    }

    public boolean linked() {
        return href != null;
    }
}
