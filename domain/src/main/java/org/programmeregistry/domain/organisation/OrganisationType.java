package org.programmeregistry.domain.organisation;

import java.util.Arrays;
import java.util.Optional;

/** The IATI OrganisationType codelist (2.03). */
public enum OrganisationType {
    GOVERNMENT("10", "Government"),
    LOCAL_GOVERNMENT("11", "Local Government"),
    OTHER_PUBLIC_SECTOR("15", "Other Public Sector"),
    INTERNATIONAL_NGO("21", "International NGO"),
    NATIONAL_NGO("22", "National NGO"),
    REGIONAL_NGO("23", "Regional NGO"),
    PARTNER_COUNTRY_BASED_NGO("24", "Partner Country based NGO"),
    PUBLIC_PRIVATE_PARTNERSHIP("30", "Public Private Partnership"),
    MULTILATERAL("40", "Multilateral"),
    FOUNDATION("60", "Foundation"),
    PRIVATE_SECTOR("70", "Private Sector"),
    PRIVATE_SECTOR_IN_PROVIDER_COUNTRY("71", "Private Sector in Provider Country"),
    PRIVATE_SECTOR_IN_AID_RECIPIENT_COUNTRY("72", "Private Sector in Aid Recipient Country"),
    PRIVATE_SECTOR_IN_THIRD_COUNTRY("73", "Private Sector in Third Country"),
    ACADEMIC("80", "Academic, Training and Research"),
    OTHER("90", "Other");

    private final String iatiCode;
    private final String label;

    OrganisationType(String iatiCode, String label) {
        this.iatiCode = iatiCode;
        this.label = label;
    }

    public String iatiCode() {
        return iatiCode;
    }

    public String label() {
        return label;
    }

    public static Optional<OrganisationType> fromIatiCode(String code) {
        return Arrays.stream(values()).filter(t -> t.iatiCode.equals(code)).findFirst();
    }
}
