package org.programmeregistry.domain.programme;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.programmeregistry.domain.fixtures.Programmes.AL;
import static org.programmeregistry.domain.fixtures.Programmes.BA;
import static org.programmeregistry.domain.fixtures.Programmes.CS;
import static org.programmeregistry.domain.fixtures.Programmes.HU;
import static org.programmeregistry.domain.fixtures.Programmes.RS;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;
import static org.programmeregistry.domain.fixtures.SeedProgrammes.CATALOGUE;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.organisation.Acronym;
import org.programmeregistry.domain.organisation.Organisation;
import org.programmeregistry.domain.organisation.OrganisationType;

class ProgrammeRulesTest {

    private static final Acronym IOM = Acronym.of("IOM");
    private static final Acronym EC = Acronym.of("EC");

    @Nested
    @DisplayName("P1 identifier")
    class P1 {
        @Test
        @DisplayName("P1 accepts IATI activity identifiers")
        void acceptsIatiActivityIdentifiers() {
            assertThat(new ProgrammeId("XM-DAC-47066-HU-0001").value()).isEqualTo("XM-DAC-47066-HU-0001");
            assertThat(new ProgrammeId("a.b_c/d-1")).isNotNull();
            assertThat(new ProgrammeId("x".repeat(100))).isNotNull();
        }

        @Test
        @DisplayName("P1 identifiers that differ only in case are the same identifier, each keeping its spelling")
        void sameRegardlessOfCase() {
            ProgrammeId lower = new ProgrammeId("iom-hu-ibm-2009");
            ProgrammeId upper = new ProgrammeId("IOM-HU-IBM-2009");
            assertThat(lower).isEqualTo(upper).hasSameHashCodeAs(upper).isEqualByComparingTo(upper);
            assertThat(lower.value()).isEqualTo("iom-hu-ibm-2009");
            assertThat(lower.key()).isEqualTo("IOM-HU-IBM-2009");
            assertThat(new ProgrammeId("IOM-HU-IBM-2010")).isNotEqualTo(upper).isGreaterThan(lower);
            assertThat(new java.util.TreeSet<>(java.util.List.of(upper, lower))).hasSize(1);
        }

        @Test
        @DisplayName("P1 refuses empty, over-long or identifiers with spaces and other characters")
        void refusesMalformedIdentifiers() {
            assertRefused(Rule.P1, () -> new ProgrammeId(""));
            assertRefused(Rule.P1, () -> new ProgrammeId(null));
            assertRefused(Rule.P1, () -> new ProgrammeId("x".repeat(101)));
            assertRefused(Rule.P1, () -> new ProgrammeId("IBM 2009"));
            assertRefused(Rule.P1, () -> new ProgrammeId("IBM#2009"));
        }

        @Test
        @DisplayName("P1 a missing identifier is said to be missing, not shown as 'null'")
        void missingIdentifierInWords() {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ProgrammeId(null))
                    .hasMessage("[P1] no programme identifier is given; use 1-100 letters, digits, '.', '_', '/' or '-'");
        }
    }

    @Nested
    @DisplayName("P2 title and summary")
    class P2 {
        @Test
        @DisplayName("P2 refuses a blank title")
        void refusesBlankTitle() {
            assertRefused(Rule.P2, () -> Programme.register(new ProgrammeId("X"), "  ", "", Period.unknown()));
            Programme programme = Programmes.empty();
            assertRefused(Rule.P2, programme::snapshot, () -> programme.revise("", "summary"));
        }

        @Test
        @DisplayName("P2 refuses a title over 500 and a summary over 10,000 characters")
        void refusesOverlongText() {
            Programme programme = Programmes.empty();
            assertRefused(Rule.P2, programme::snapshot, () -> programme.revise("t".repeat(501), ""));
            assertRefused(Rule.P2, programme::snapshot, () -> programme.revise("title", "s".repeat(10_001)));
        }

        @Test
        @DisplayName("P2 accepts a title of 500 and a summary of 10,000 characters")
        void acceptsLimits() {
            Programme programme = Programmes.empty();
            programme.revise("t".repeat(500), "s".repeat(10_000));
            assertThat(programme.title()).hasSize(500);
            assertThat(programme.summary()).hasSize(10_000);
        }
    }

    @Nested
    @DisplayName("P3 periods")
    class P3 {
        @Test
        @DisplayName("P3 refuses a planned end before the planned start")
        void refusesReversedPlannedPeriod() {
            assertRefused(Rule.P3, () -> Period.of(of(2011, 1, 1), of(2010, 12, 31), Rule.P3, "the planned period"));
        }

        @Test
        @DisplayName("P3 refuses an actual end before the actual start")
        void refusesReversedActualPeriod() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P3, programme::snapshot, () -> programme.finalise(of(2009, 6, 14), CATALOGUE));
        }

        @Test
        @DisplayName("P3 accepts a one-day period")
        void acceptsOneDay() {
            assertThat(Period.of(of(2010, 1, 1), of(2010, 1, 1), Rule.P3, "x").contains(of(2010, 1, 1))).isTrue();
            Programme programme = Programmes.inImplementation();
            programme.finalise(of(2009, 6, 15), CATALOGUE);
            assertThat(programme.actual()).isEqualTo(new Period(of(2009, 6, 15), of(2009, 6, 15)));
        }
    }

    @Nested
    @DisplayName("P4 status life cycle")
    class P4 {
        @Test
        @DisplayName("P4 follows pipeline, implementation, finalisation, closed")
        void followsTheLifeCycle() {
            Programme programme = Programmes.ready();
            programme.start(of(2009, 6, 15), CATALOGUE);
            programme.suspend();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.SUSPENDED);
            programme.resume();
            programme.finalise(of(2011, 6, 14), CATALOGUE);
            programme.close();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
        }

        @Test
        @DisplayName("P4 refuses to close a programme in implementation or to suspend one in the pipeline")
        void refusesSkippingSteps() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P4, programme::snapshot, programme::close);
            Programme pipeline = Programmes.ready();
            assertRefused(Rule.P4, pipeline::snapshot, pipeline::suspend);
            assertRefused(Rule.P4, pipeline::snapshot, pipeline::resume);
        }

        @Test
        @DisplayName("P4 any non-terminal status can be cancelled; cancelled is terminal")
        void cancelFromAnyOpenStatus() {
            Programme programme = Programmes.inImplementation();
            programme.suspend();
            programme.cancel();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.CANCELLED);
            assertRefused(Rule.P4, programme::snapshot, programme::cancel);
        }

        @Test
        @DisplayName("P4 a closed programme is read-only")
        void closedIsReadOnly() {
            Programme programme = Programmes.inImplementation();
            programme.finalise(of(2011, 6, 14), CATALOGUE);
            programme.close();
            assertThat(programme.isReadOnly()).isTrue();
            assertRefused(Rule.P4, programme::snapshot, () -> programme.revise("new", ""));
            assertRefused(Rule.P4, programme::snapshot, () -> programme.addBeneficiary(CS, CATALOGUE));
            assertRefused(Rule.P4, programme::snapshot, () -> programme.tagSdgTarget(new SdgTarget("10.7")));
            assertRefused(Rule.P4, programme::snapshot, () -> programme.addModule(new Module(2, "Visa", IOM)));
            assertRefused(Rule.P4, programme::snapshot, programme::cancel);
        }

        @Test
        @DisplayName("P4 the seeds' Completed is CLOSED and IATI codes 1-6 map to the statuses")
        void iatiCodes() {
            assertThat(ProgrammeStatus.CLOSED.label()).isEqualTo("Completed");
            assertThat(ProgrammeStatus.fromIatiCode("4")).contains(ProgrammeStatus.CLOSED);
            assertThat(ProgrammeStatus.fromIatiCode("6")).contains(ProgrammeStatus.SUSPENDED);
            assertThat(ProgrammeStatus.fromIatiCode("7")).isEmpty();
        }
    }

    @Nested
    @DisplayName("P5 status requirements")
    class P5 {
        @Test
        @DisplayName("P5 implementation needs a beneficiary")
        void implementationNeedsBeneficiary() {
            Programme programme = Programmes.empty();
            programme.recordContribution(Contribution.of(EC, "IPA", null));
            assertRefused(Rule.P5, programme::snapshot, () -> programme.start(of(2009, 6, 15), CATALOGUE));
        }

        @Test
        @DisplayName("P5 implementation needs a contribution")
        void implementationNeedsContribution() {
            Programme programme = Programmes.empty();
            programme.addBeneficiary(AL, CATALOGUE);
            assertRefused(Rule.P5, programme::snapshot, () -> programme.start(of(2009, 6, 15), CATALOGUE));
        }

        @Test
        @DisplayName("P5 implementation keeps its last beneficiary and its actual start")
        void implementationKeepsItsRequirements() {
            Programme programme = Programmes.ready();
            programme.start(of(2009, 6, 15), CATALOGUE);
            assertRefused(Rule.P5, programme::snapshot, () -> programme.removeBeneficiary(AL));
            assertRefused(Rule.P5, programme::snapshot, () -> programme.reschedule(programme.planned(), Period.unknown(), CATALOGUE));
        }

        @Test
        @DisplayName("P5 a ready programme starts, with its actual start recorded")
        void readyProgrammeStarts() {
            Programme programme = Programmes.ready();
            programme.start(of(2009, 7, 1), CATALOGUE);
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.IMPLEMENTATION);
            assertThat(programme.actual().start()).isEqualTo(of(2009, 7, 1));
        }

        @Test
        @DisplayName("P5 closure needs an actual end, which finalisation records")
        void closureNeedsActualEnd() {
            Programme programme = Programmes.inImplementation();
            programme.finalise(of(2011, 6, 14), CATALOGUE);
            assertThat(programme.actual().end()).isEqualTo(of(2011, 6, 14));
            assertRefused(Rule.P5, programme::snapshot, () -> programme.reschedule(programme.planned(),
                    new Period(of(2009, 6, 15), null), CATALOGUE));
            programme.close();
            assertThat(programme.status()).isEqualTo(ProgrammeStatus.CLOSED);
        }
    }

    @Nested
    @DisplayName("P6 beneficiaries exist during the period")
    class P6 {
        @Test
        @DisplayName("P6 refuses Serbia and Montenegro in a 2009-2011 programme")
        void refusesTerritoryThatNoLongerExisted() {
            Programme programme = Programmes.empty();
            var violation = assertRefused(Rule.P6, programme::snapshot, () -> programme.addBeneficiary(CS, CATALOGUE));
            assertThat(violation.getMessage()).contains("Serbia and Montenegro (CS)");
        }

        @Test
        @DisplayName("P6 refusing CS in a 1995-1996 programme names each life of the reused code, not one span around the gap")
        void refusalNamesEachLifeOfAReusedCode() {
            Programme programme = Programme.register(new ProgrammeId("P-1995"), "1995", "", new Period(of(1995, 1, 1), of(1996, 12, 31)));
            var violation = assertRefused(Rule.P6, programme::snapshot, () -> programme.addBeneficiary(CS, CATALOGUE));
            assertThat(violation.getMessage()).contains("did not exist during 1995-01-01 .. 1996-12-31; CS was Czechoslovakia until "
                    + "1992-12-31 and Serbia and Montenegro 2003-02-04 .. 2006-06-04.").doesNotContain("?");
        }

        @Test
        @DisplayName("P6 refuses Serbia in a 2003-2005 programme and accepts Serbia and Montenegro")
        void historicalTerritories() {
            Programme programme = Programme.register(new ProgrammeId("CARDS"), "CARDS", "", new Period(of(2004, 1, 1), of(2005, 12, 31)));
            assertRefused(Rule.P6, programme::snapshot, () -> programme.addBeneficiary(RS, CATALOGUE));
            programme.addBeneficiary(CS, CATALOGUE);
            assertThat(programme.beneficiaries()).containsExactly(CS);
        }

        @Test
        @DisplayName("P6 accepts a territory that exists on the last day of the period only")
        void acceptsOverlapOnOneDay() {
            Programme programme = Programme.register(new ProgrammeId("P"), "P", "", new Period(of(2005, 1, 1), of(2006, 6, 5)));
            programme.addBeneficiary(RS, CATALOGUE);
            assertThat(programme.hasBeneficiary(RS)).isTrue();
        }

        @Test
        @DisplayName("P6 refuses a new period in which a beneficiary did not exist")
        void refusesReschedulingAwayFromBeneficiary() {
            Programme programme = Programme.register(new ProgrammeId("P"), "P", "", new Period(of(2004, 1, 1), of(2005, 12, 31)));
            programme.addBeneficiary(CS, CATALOGUE);
            assertRefused(Rule.P6, programme::snapshot, () -> programme.reschedule(new Period(of(2008, 1, 1), of(2009, 1, 1)),
                    Period.unknown(), CATALOGUE));
        }

        @Test
        @DisplayName("P6 a reconstituted programme with a beneficiary outside its period fails the territory check")
        void checkTerritoriesOfReconstitutedProgramme() {
            Programme valid = Programmes.ready();
            valid.checkTerritories(CATALOGUE);
            var s = valid.snapshot();
            Programme imported = Programme.reconstitute(new ProgrammeSnapshot(s.id(), s.title(), s.summary(), s.status(), s.planned(),
                    s.actual(), s.coordinatingOffice(), java.util.List.of(CS), s.contributions(), s.roles(), s.modules(), s.deliverables(),
                    s.sdgTargets(), s.events(), s.version()));
            assertRefused(Rule.P6, () -> imported.checkTerritories(CATALOGUE));
        }

        @Test
        @DisplayName("P6 an unknown code is refused as T1")
        void unknownCode() {
            Programme programme = Programmes.empty();
            assertRefused(Rule.T1, programme::snapshot, () -> programme.addBeneficiary(org.programmeregistry.domain.territory.TerritoryCode.of("QQ"), CATALOGUE));
        }
    }

    @Nested
    @DisplayName("P7 coordinating office")
    class P7 {
        private Organisation iomWithHungaryOffice(java.time.LocalDate opened) {
            Organisation iom = Organisation.register(IOM, "International Organization for Migration", OrganisationType.MULTILATERAL, null);
            iom.openOffice(HU, opened, CATALOGUE);
            return iom;
        }

        @Test
        @DisplayName("P7 accepts the accountable organisation's office open on the start date")
        void acceptsOpenOfficeOfAccountable() {
            Programme programme = Programmes.empty();
            programme.assignRole(IOM, PartnerRole.ACCOUNTABLE);
            programme.assignCoordinatingOffice(iomWithHungaryOffice(of(2009, 6, 15)), HU);
            assertThat(programme.coordinatingOffice()).contains(new CoordinatingOffice(IOM, HU, of(2009, 6, 15)));
        }

        @Test
        @DisplayName("P7 refuses an office of an organisation that is not accountable")
        void refusesOfficeOfOtherOrganisation() {
            Programme programme = Programmes.empty();
            programme.assignRole(IOM, PartnerRole.IMPLEMENTING);
            assertRefused(Rule.P7, programme::snapshot, () -> programme.assignCoordinatingOffice(iomWithHungaryOffice(of(1992, 1, 1)), HU));
        }

        @Test
        @DisplayName("P7 refuses an office opened after the programme starts")
        void refusesOfficeOpenedLater() {
            Programme programme = Programmes.empty();
            programme.assignRole(IOM, PartnerRole.ACCOUNTABLE);
            assertRefused(Rule.P7, programme::snapshot, () -> programme.assignCoordinatingOffice(iomWithHungaryOffice(of(2009, 6, 16)), HU));
        }

        @Test
        @DisplayName("P7 refuses an office the organisation does not have")
        void refusesMissingOffice() {
            Programme programme = Programmes.empty();
            programme.assignRole(IOM, PartnerRole.ACCOUNTABLE);
            assertRefused(Rule.P7, programme::snapshot, () -> programme.assignCoordinatingOffice(iomWithHungaryOffice(of(1992, 1, 1)), AL));
        }

        @Test
        @DisplayName("P7 refuses moving the start before the office opened")
        void refusesEarlierStart() {
            Programme programme = Programmes.empty();
            programme.assignRole(IOM, PartnerRole.ACCOUNTABLE);
            programme.assignCoordinatingOffice(iomWithHungaryOffice(of(2009, 6, 15)), HU);
            assertRefused(Rule.P7, programme::snapshot, () -> programme.reschedule(new Period(of(2009, 6, 14), of(2011, 6, 14)),
                    Period.unknown(), CATALOGUE));
        }

        @Test
        @DisplayName("P7 a programme without a coordinating office is valid (imported IATI activities)")
        void officeIsOptional() {
            assertThatCode(() -> Programmes.inImplementation()).doesNotThrowAnyException();
            assertThat(Programmes.inImplementation().coordinatingOffice()).isEmpty();
        }
    }

    @Nested
    @DisplayName("P8 modules")
    class P8 {
        @Test
        @DisplayName("P8 refuses a second module with the same number")
        void refusesDuplicateNumber() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P8, programme::snapshot, () -> programme.addModule(new Module(1, "Asylum", Acronym.of("UNHCR"))));
        }

        @Test
        @DisplayName("P8 refuses a second module with the same name in another case")
        void refusesDuplicateName() {
            Programme programme = Programmes.inImplementation();
            assertRefused(Rule.P8, programme::snapshot, () -> programme.addModule(new Module(2, "MIGRATION", Acronym.of("UNHCR"))));
        }

        @Test
        @DisplayName("P8 refuses module number 0 and a blank name")
        void refusesBadModule() {
            assertRefused(Rule.P8, () -> new Module(0, "Visa", IOM));
            assertRefused(Rule.P8, () -> new Module(2, " ", IOM));
        }

        @Test
        @DisplayName("P8 a module's lead becomes an implementing partner")
        void leadBecomesImplementing() {
            Programme programme = Programmes.inImplementation();
            programme.addModule(new Module(2, "Asylum", Acronym.of("UNHCR")));
            assertThat(programme.rolesOf(Acronym.of("unhcr"))).containsExactly(PartnerRole.IMPLEMENTING);
        }

        @Test
        @DisplayName("P8 refuses to remove a module that has events, removes one without")
        void moduleWithEventsStays() {
            Programme programme = Programmes.inImplementation();
            programme.addModule(new Module(2, "Asylum", Acronym.of("UNHCR")));
            Event.schedule(programme, Programmes.eventDetails(Optional.of(1), "2010-01-01", "2010-01-02"), CATALOGUE);
            assertRefused(Rule.P8, programme::snapshot, () -> programme.removeModule(1));
            programme.removeModule(2);
            assertThat(programme.modules()).extracting(Module::number).containsExactly(1);
        }
    }

    @Nested
    @DisplayName("P9 contributions")
    class P9 {
        @Test
        @DisplayName("P9 refuses the same donor twice for one instrument")
        void refusesDuplicateLine() {
            Programme programme = Programmes.ready();
            assertRefused(Rule.P9, programme::snapshot, () -> programme.recordContribution(Contribution.of(Acronym.of("ec"), "ipa", null)));
        }

        @Test
        @DisplayName("P9 accepts the same donor through another instrument, and the donor becomes a funding partner")
        void acceptsOtherInstrument() {
            Programme programme = Programmes.ready();
            programme.recordContribution(Contribution.of(EC, "CARDS", Money.of("1500000.00", "EUR")));
            assertThat(programme.contributions()).hasSize(2);
            assertThat(programme.rolesOf(EC)).containsExactly(PartnerRole.FUNDING);
        }

        @Test
        @DisplayName("P9 refuses a negative amount and a currency that is not ISO 4217")
        void refusesBadMoney() {
            assertRefused(Rule.P9, () -> new Money(new BigDecimal("-1"), "EUR"));
            assertRefused(Rule.P9, () -> new Money(BigDecimal.TEN, "EURO"));
            assertRefused(Rule.P9, () -> new Money(BigDecimal.TEN, "XYZ"));
            assertRefused(Rule.P9, () -> Money.of("ten", "EUR"));
        }

        @Test
        @DisplayName("P9 accepts a zero amount")
        void acceptsZero() {
            assertThat(new Money(BigDecimal.ZERO, "USD").amount()).isZero();
            assertThat(Money.of("1500000.50", "EUR")).isEqualTo(Money.of("1500000.500", "EUR"));
        }

        @Test
        @DisplayName("P9 accepts every ISO 4217 code, those with the letters A and Z included; lower case is not one")
        void acceptsCurrenciesFromAToZ() {
            assertThat(Money.of("1", "ZAR").currency()).isEqualTo("ZAR");
            assertThat(Money.of("1", "AUD").currency()).isEqualTo("AUD");
            assertRefused(Rule.P9, () -> Money.of("1", "eur"));
        }
    }

    @Nested
    @DisplayName("P10 deliverables")
    class P10 {
        @Test
        @DisplayName("P10 a national deliverable names a beneficiary of the programme")
        void nationalNamesBeneficiary() {
            Programme programme = Programmes.ready();
            Deliverable strategy = programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.NATIONAL, "National strategy", Optional.of(AL));
            assertThat(strategy.number()).isEqualTo(1);
            assertRefused(Rule.P10, programme::snapshot, () -> programme.addDeliverable(DeliverableKind.STRATEGY,
                    DeliverableScope.NATIONAL, "National strategy", Optional.of(BA)));
        }

        @Test
        @DisplayName("P10 a national deliverable without a territory and a regional one with a territory are refused")
        void scopeMatchesTerritory() {
            Programme programme = Programmes.ready();
            assertRefused(Rule.P10, programme::snapshot, () -> programme.addDeliverable(DeliverableKind.STRATEGY,
                    DeliverableScope.NATIONAL, "National strategy", Optional.empty()));
            assertRefused(Rule.P10, programme::snapshot, () -> programme.addDeliverable(DeliverableKind.STRATEGY,
                    DeliverableScope.REGIONAL, "Regional strategy", Optional.of(AL)));
            programme.addDeliverable(DeliverableKind.STRATEGY, DeliverableScope.REGIONAL, "Regional strategy", Optional.empty());
            assertThat(programme.deliverables()).hasSize(1);
        }

        @Test
        @DisplayName("P10 a beneficiary named by a national deliverable cannot be removed")
        void beneficiaryOfDeliverableStays() {
            Programme programme = Programmes.ready();
            programme.addBeneficiary(BA, CATALOGUE);
            programme.addDeliverable(DeliverableKind.ACTION_PLAN, DeliverableScope.NATIONAL, "Action plan", Optional.of(BA));
            assertRefused(Rule.P10, programme::snapshot, () -> programme.removeBeneficiary(BA));
        }
    }

    @Nested
    @DisplayName("P11 SDG targets")
    class P11 {
        @Test
        @DisplayName("P11 accepts real targets, lettered ones included")
        void acceptsRealTargets() {
            Programme programme = Programmes.ready();
            programme.tagSdgTarget(new SdgTarget("10.7"));
            programme.tagSdgTarget(new SdgTarget("10.a"));
            programme.tagSdgTarget(new SdgTarget("17.19"));
            programme.tagSdgTarget(new SdgTarget("1.1"));
            programme.tagSdgTarget(new SdgTarget("10.7"));
            assertThat(programme.sdgTargets()).extracting(SdgTarget::code).containsExactly("1.1", "10.7", "10.a", "17.19");
            assertThat(SdgTarget.allCodes()).hasSize(169);
        }

        @Test
        @DisplayName("P11 refuses targets that are not in the 2030 Agenda")
        void refusesInventedTargets() {
            assertRefused(Rule.P11, () -> new SdgTarget("10.8"));
            assertRefused(Rule.P11, () -> new SdgTarget("18.1"));
            assertRefused(Rule.P11, () -> new SdgTarget("10"));
            assertRefused(Rule.P11, () -> new SdgTarget(null));
        }
    }

    @Test
    @DisplayName("P12 a deliverable has a non-blank title of at most 500 characters; deliverables take the next free number")
    void deliverableTitleAndNumber() {
        Programme programme = Programmes.ready();
        assertRefused(Rule.P12, programme::snapshot, () -> programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL,
                " ", Optional.empty()));
        assertRefused(Rule.P12, programme::snapshot, () -> programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL,
                "x".repeat(Deliverable.TITLE_MAX + 1), Optional.empty()));
        assertThat(programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL, "First", Optional.empty()).number()).isEqualTo(1);
        assertThat(programme.addDeliverable(DeliverableKind.OTHER, DeliverableScope.REGIONAL, "Second", Optional.empty()).number()).isEqualTo(2);
    }

    @Test
    @DisplayName("P9 a blank instrument is no instrument: a donor's second contribution without one is refused")
    void blankInstrumentIsNone() {
        Programme programme = Programmes.ready();
        assertThat(Contribution.of(Acronym.of("NL-GOV"), "  ", null).instrument()).isEmpty();
        programme.recordContribution(Contribution.of(Acronym.of("NL-GOV"), null, null));
        assertRefused(Rule.P9, programme::snapshot, () -> programme.recordContribution(Contribution.of(Acronym.of("NL-GOV"), " ", null)));
    }
}
