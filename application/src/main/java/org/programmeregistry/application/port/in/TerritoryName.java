package org.programmeregistry.application.port.in;

/** A territory as a reader sees it: its code and the name valid at the time in question (T1). */
public record TerritoryName(String code, String name) {
}
