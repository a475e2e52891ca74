package org.programmeregistry.application.port.in;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.InvalidCommandException;
import org.programmeregistry.application.port.in.event.AddDelegationUseCase;
import org.programmeregistry.application.port.in.event.Person;
import org.programmeregistry.application.port.in.event.ScheduleEventUseCase;
import org.programmeregistry.application.port.in.organisation.RegisterOrganisationUseCase;
import org.programmeregistry.application.port.in.programme.ChangeProgrammeStatusUseCase;
import org.programmeregistry.application.port.in.programme.RecordContributionUseCase;
import org.programmeregistry.application.port.in.programme.RegisterProgrammeUseCase;
import org.programmeregistry.application.port.in.programme.SearchProgrammesQuery;
import org.programmeregistry.domain.event.EventKind;

/** Bad input is refused when the command is built, before any I/O, with a message for each field. */
class CommandValidationTest {

    private static List<String> problems(Runnable construction) {
        InvalidCommandException refused = catchThrowableOfType(InvalidCommandException.class, construction::run);
        assertThat(refused).as("the command was refused").isNotNull();
        return refused.problems();
    }

    @Test
    @DisplayName("a registration with missing and malformed fields names every one of them")
    void registrationNamesEachField() {
        List<String> problems = problems(() -> new RegisterProgrammeUseCase.Command(" ", "IBM 2009", "", "s".repeat(10_001), null, null));
        assertThat(problems).containsExactly(
                "actor: must not be blank",
                "programmeId: must be 1-100 letters, digits, '.', '_', '/' or '-' (P1)",
                "summary: size must be between 0 and 10000",
                "title: must not be blank");
    }

    @Test
    @DisplayName("a well-formed registration passes")
    void wellFormedRegistration() {
        assertThatCode(() -> new RegisterProgrammeUseCase.Command("officer", "XM-DAC-47066-HU-0001", "Title", null, of(2009, 6, 15), null))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("P9 an amount without a currency, a negative amount and a lower-case currency are refused")
    void contributionFields() {
        assertThat(problems(() -> new RecordContributionUseCase.Command("a", "P", "EC", null, new BigDecimal("10"), null)))
                .containsExactly("amountWithCurrency: amount and currency are given together (P9)");
        assertThat(problems(() -> new RecordContributionUseCase.Command("a", "P", "EC", null, new BigDecimal("-1"), "eur")))
                .containsExactly("amount: must be greater than or equal to 0", "currency: must be an ISO 4217 currency code such as EUR (P9)");
    }

    @Test
    @DisplayName("P5 start without a date is refused before the programme is read")
    void startNeedsDate() {
        assertThat(problems(() -> new ChangeProgrammeStatusUseCase.Command("a", "P", ChangeProgrammeStatusUseCase.Step.START, null)))
                .containsExactly("dateGivenWhenNeeded: start needs the actual start date and finalise the actual end date (P5)");
        assertThatCode(() -> new ChangeProgrammeStatusUseCase.Command("a", "P", ChangeProgrammeStatusUseCase.Step.CLOSE, null))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("an event with a bad territory, no dates and a blank target group names each field")
    void eventFields() {
        assertThat(problems(() -> new ScheduleEventUseCase.Command("a", "P", 0, EventKind.SEMINAR, "Seminar", "Vienna", "AUT", null, null,
                List.of("civil servants", " ")))).containsExactly(
                        "end: must not be null",
                        "module: must be greater than 0",
                        "start: must not be null",
                        "targetGroups[1].<list element>: must not be blank",
                        "venueTerritory: must be a two-letter territory code such as AL or XK (T1)");
    }

    @Test
    @DisplayName("a delegation head without a name is refused, naming the nested field")
    void nestedPerson() {
        assertThat(problems(() -> new AddDelegationUseCase.Command("a", "P", 1, "AL", new Person(" ", "Head", "MoI"))))
                .containsExactly("head.name: must not be blank");
    }

    @Test
    @DisplayName("O1 an IATI organisation identifier without its agency prefix is refused")
    void organisationIdentifier() {
        assertThat(problems(() -> new RegisterOrganisationUseCase.Command("a", "IOM", "International Organization for Migration",
                org.programmeregistry.domain.organisation.OrganisationType.MULTILATERAL, "47066")))
                .containsExactly("iatiIdentifier: must be an IATI organisation identifier such as XM-DAC-47066 (O1)");
    }

    @Test
    @DisplayName("search criteria: a page larger than 1000, a cursor no page gave and a malformed territory are refused")
    void searchCriteria() {
        assertThat(problems(() -> new SearchProgrammesQuery.Criteria("Albania", null, null, null, null, null, "not a cursor!", 5000, false)))
                .containsExactly("after: is not the cursor of a page this registry gave", "limit: must be less than or equal to 1000",
                        "territory: must be a two-letter territory code such as AL or XK (T1)");
    }
}
