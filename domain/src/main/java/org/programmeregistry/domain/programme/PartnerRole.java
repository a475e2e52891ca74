package org.programmeregistry.domain.programme;

import java.util.Arrays;
import java.util.Optional;

/** What an organisation is to a programme, as in the IATI OrganisationRole codelist. */
public enum PartnerRole {
    FUNDING("1"),
    ACCOUNTABLE("2"),
    EXTENDING("3"),
    IMPLEMENTING("4");

    private final String iatiCode;

    PartnerRole(String iatiCode) {
        this.iatiCode = iatiCode;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public static Optional<PartnerRole> fromIatiCode(String code) {
        return Arrays.stream(values()).filter(r -> r.iatiCode.equals(code)).findFirst();
    }
}
