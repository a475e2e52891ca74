package org.programmeregistry.domain.territory;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.programmeregistry.domain.fixtures.Refusals.assertRefused;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;
import org.programmeregistry.domain.Rule;

class TerritoryCatalogueTest {

    private final TerritoryCatalogue catalogue = TerritoryCatalogue.bundled();

    private static TerritoryCode code(String value) {
        return TerritoryCode.of(value);
    }

    @Test
    @DisplayName("T1 MK is The former Yugoslav Republic of Macedonia before 2019-02-12 and North Macedonia from then")
    void macedonia() {
        assertThat(catalogue.nameOn(code("MK"), of(2019, 2, 11))).isEqualTo("The former Yugoslav Republic of Macedonia");
        assertThat(catalogue.nameOn(code("MK"), of(2019, 2, 12))).isEqualTo("North Macedonia");
    }

    @Test
    @DisplayName("T1 TR is Turkey before 2022-06-01 and Türkiye from then")
    void turkey() {
        assertThat(catalogue.nameOn(code("TR"), of(2022, 5, 31))).isEqualTo("Turkey");
        assertThat(catalogue.nameOn(code("TR"), of(2022, 6, 1))).isEqualTo("Türkiye");
    }

    @Test
    @DisplayName("T1 CS Serbia and Montenegro exists 2003-02-04 .. 2006-06-04")
    void serbiaAndMontenegro() {
        assertThat(catalogue.existsOn(code("CS"), of(2003, 2, 3))).isFalse();
        assertThat(catalogue.nameOn(code("CS"), of(2003, 2, 4))).isEqualTo("Serbia and Montenegro");
        assertThat(catalogue.nameOn(code("CS"), of(2006, 6, 4))).isEqualTo("Serbia and Montenegro");
        assertThat(catalogue.existsOn(code("CS"), of(2006, 6, 5))).isFalse();
        assertThat(catalogue.get(code("CS")).kind()).isEqualTo(TerritoryKind.ISO_3166_3);
    }

    @Test
    @DisplayName("T1 RS exists from 2006-06-05 and ME from 2006-06-03")
    void serbiaAndMontenegroSeparately() {
        assertThat(catalogue.existsOn(code("RS"), of(2006, 6, 4))).isFalse();
        assertThat(catalogue.nameOn(code("RS"), of(2006, 6, 5))).isEqualTo("Serbia");
        assertThat(catalogue.existsOn(code("ME"), of(2006, 6, 2))).isFalse();
        assertThat(catalogue.nameOn(code("ME"), of(2006, 6, 3))).isEqualTo("Montenegro");
    }

    @Test
    @DisplayName("T1 XK is Kosovo under UNSCR 1244, a user-assigned code")
    void kosovo() {
        assertThat(catalogue.nameOn(code("XK"), of(2010, 1, 1))).isEqualTo("Kosovo under UNSCR 1244");
        assertThat(catalogue.get(code("XK")).kind()).isEqualTo(TerritoryKind.USER_ASSIGNED);
    }

    @Test
    @DisplayName("T1 YU Yugoslavia ends the day before Serbia and Montenegro begins")
    void yugoslavia() {
        assertThat(catalogue.existsOn(code("YU"), of(2003, 2, 3))).isTrue();
        assertThat(catalogue.existsOn(code("YU"), of(2003, 2, 4))).isFalse();
    }

    @Test
    @DisplayName("T1 a reused code keeps separate lives: CS was Czechoslovakia until 1992-12-31 and Serbia and Montenegro 2003-02-04 .. 2006-06-04")
    void reusedCodeHasTwoLives() {
        Territory cs = catalogue.get(code("CS"));
        assertThat(cs.lives()).containsExactly(new Period(null, of(1992, 12, 31)), new Period(of(2003, 2, 4), of(2006, 6, 4)));
        assertThat(cs.existsDuring(new Period(of(1995, 1, 1), of(1996, 12, 31)))).isFalse();
        assertThat(cs.history()).isEqualTo("CS was Czechoslovakia until 1992-12-31 and Serbia and Montenegro 2003-02-04 .. 2006-06-04");
    }

    @Test
    @DisplayName("T1 a rename does not end a life: DE was West Germany until 1990-10-02 and Germany from 1990-10-03, one life")
    void renameKeepsOneLife() {
        Territory de = catalogue.get(code("DE"));
        assertThat(de.lives()).containsExactly(new Period(null, null));
        assertThat(de.history()).isEqualTo("DE was West Germany until 1990-10-02 and Germany from 1990-10-03");
    }

    @Test
    @DisplayName("T1 a name asked for a day between two lives names each life, not a span that includes the day")
    void refusalNamesEachLife() {
        assertThatThrownBy(() -> catalogue.nameOn(code("CS"), of(1995, 1, 1))).hasMessageContaining(
                "CS did not exist on 1995-01-01; CS was Czechoslovakia until 1992-12-31 and Serbia and Montenegro 2003-02-04 .. 2006-06-04");
        assertThatThrownBy(() -> catalogue.nameOn(code("TL"), of(1995, 1, 1))).hasMessageContaining(
                "TL did not exist on 1995-01-01; TL was Timor-Leste from 2002-05-20");
    }

    @Test
    @DisplayName("T1 the successors of a withdrawn code begin when it was withdrawn: AN until 2010-12-14, BQ, CW and SX from 2010-12-15")
    void netherlandsAntilles() {
        assertThat(catalogue.nameOn(code("AN"), of(2010, 12, 14))).isEqualTo("Netherlands Antilles");
        assertThat(catalogue.existsOn(code("AN"), of(2010, 12, 15))).isFalse();
        for (String successor : List.of("BQ", "CW", "SX")) {
            assertThat(catalogue.existsOn(code(successor), of(2010, 12, 14))).as(successor).isFalse();
            assertThat(catalogue.existsOn(code(successor), of(2010, 12, 15))).as(successor).isTrue();
        }
    }

    @Test
    @DisplayName("T1 Timor-Leste (TL) begins 2002-05-20, when East Timor (TP) was withdrawn; it did not exist in 1995")
    void timorLeste() {
        assertThat(catalogue.existsOn(code("TL"), of(1995, 6, 1))).isFalse();
        assertThat(catalogue.nameOn(code("TP"), of(1995, 6, 1))).isEqualTo("East Timor");
        assertThat(catalogue.existsOn(code("TP"), of(2002, 5, 20))).isFalse();
        assertThat(catalogue.nameOn(code("TL"), of(2002, 5, 20))).isEqualTo("Timor-Leste");
    }

    @Test
    @DisplayName("T1 the territories existing on 2005-09-29 include Serbia and Montenegro and the Netherlands Antilles, and none created later")
    void territoriesOnADay() {
        LocalDate day = of(2005, 9, 29);
        List<String> existing = catalogue.all().stream().filter(t -> t.existsOn(day)).map(t -> t.code().value()).toList();
        assertThat(existing).contains("CS", "AN", "TL", "HR").doesNotContain("BQ", "CW", "SX", "RS", "ME", "SS", "TP", "YU");
    }

    @Test
    @DisplayName("T1 a fact sheet shows the names valid during the programme")
    void nameDuringPeriod() {
        Period ibm = new Period(of(2009, 6, 15), of(2011, 6, 14));
        assertThat(catalogue.get(code("MK")).nameDuring(ibm)).isEqualTo("The former Yugoslav Republic of Macedonia");
        assertThat(catalogue.get(code("TR")).nameDuring(ibm)).isEqualTo("Turkey");
    }

    @Test
    @DisplayName("T1 every current ISO 3166-1 code is known")
    void everyIsoCode() {
        assertThat(catalogue.all().stream().filter(t -> t.kind() == TerritoryKind.ISO_3166_1)).hasSize(249);
        assertThat(catalogue.find(code("AT"))).isPresent();
    }

    @Test
    @DisplayName("T1 refuses an unknown code, a malformed code, and a name asked for a day the territory did not exist")
    void refusals() {
        assertRefused(Rule.T1, () -> catalogue.get(code("QQ")));
        assertRefused(Rule.T1, () -> TerritoryCode.of("ALB"));
        assertRefused(Rule.T1, () -> TerritoryCode.of("1A"));
        assertRefused(Rule.T1, () -> catalogue.nameOn(code("RS"), of(2005, 1, 1)));
    }

    @Test
    @DisplayName("T1 codes are accepted in lower case with spaces")
    void lenientCodes() {
        assertThat(TerritoryCode.of(" al ")).isEqualTo(new TerritoryCode("AL"));
    }
}
