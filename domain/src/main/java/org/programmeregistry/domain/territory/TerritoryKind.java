package org.programmeregistry.domain.territory;

/** Where a territory code comes from. */
public enum TerritoryKind {
    /** A current ISO 3166-1 alpha-2 code. */
    ISO_3166_1,
    /** A withdrawn code, listed in ISO 3166-3 (CS Serbia and Montenegro, YU Yugoslavia). */
    ISO_3166_3,
    /** A code outside ISO 3166-1 in common use, such as XK for Kosovo under UNSCR 1244. */
    USER_ASSIGNED
}
