package org.programmeregistry.domain.territory;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.domain.Period;

/** The catalogue file format: a header, one dated name per line, open ends empty, # comments. */
class BundledCatalogueFileTest {

    private static final String HEADER = "code\tkind\tfrom\tto\tname\tsource\tfrom_basis\n";

    private static BundledTerritoryCatalogue parse(String text) throws IOException {
        return BundledTerritoryCatalogue.parse(new BufferedReader(new StringReader(text)));
    }

    @Test
    @DisplayName("T1 each line gives a territory one dated name; a territory's names join in date order; empty dates are open")
    void linesBecomeDatedNames() throws IOException {
        BundledTerritoryCatalogue catalogue = parse("# a comment\n\n" + HEADER
                + "MK\tISO_3166_1\t2019-02-12\t\tNorth Macedonia\tISO 3166-1\tprevious-name\n"
                + "MK\tISO_3166_1\t1993-04-08\t2019-02-11\tThe former Yugoslav Republic of Macedonia\tISO 3166-1\topenregister\n"
                + "AT\tISO_3166_1\t\t\tAustria\tISO 3166-1\tundated:openregister-state\n");
        assertThat(catalogue.all()).extracting(Territory::code).containsExactly(TerritoryCode.of("AT"), TerritoryCode.of("MK"));
        Territory mk = catalogue.get(TerritoryCode.of("MK"));
        assertThat(mk.names()).extracting(TerritoryName::name).containsExactly("The former Yugoslav Republic of Macedonia", "North Macedonia");
        assertThat(mk.existsOn(of(1993, 4, 7))).isFalse();
        assertThat(mk.nameOn(of(2030, 1, 1))).contains("North Macedonia");
        assertThat(catalogue.get(TerritoryCode.of("AT")).names()).singleElement()
                .isEqualTo(new TerritoryName("Austria", new Period(null, null)));
    }

    @Test
    @DisplayName("a file without the header, or with a line of other than seven fields, is refused with its line number")
    void malformedFilesAreRefused() {
        assertThatThrownBy(() -> parse("code\tname\n")).isInstanceOf(IllegalStateException.class).hasMessageContaining("line 1");
        assertThatThrownBy(() -> parse(HEADER + "AT\tISO_3166_1\t\tAustria\n")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("line 2").hasMessageContaining("found 4");
    }

    @Test
    @DisplayName("the bundled file loads every territory the seeds name; a missing file is reported by name")
    void bundledFileLoads() {
        BundledTerritoryCatalogue bundled = BundledTerritoryCatalogue.load("territories.tsv");
        assertThat(bundled.all().size()).isGreaterThan(250);
        for (String code : List.of("AL", "BA", "HR", "XK", "MK", "ME", "RS", "TR", "CS", "AT", "HU")) {
            assertThat(bundled.find(TerritoryCode.of(code))).as(code).isPresent();
        }
        assertThatThrownBy(() -> BundledTerritoryCatalogue.load("missing.tsv")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("missing.tsv");
    }

    @Test
    @DisplayName("a territory has at least one name, and its names do not overlap")
    void namesDoNotOverlap() {
        TerritoryCode cs = TerritoryCode.of("CS");
        assertThatThrownBy(() -> new Territory(cs, TerritoryKind.ISO_3166_1, List.of())).isInstanceOf(IllegalArgumentException.class);
        TerritoryName first = new TerritoryName("First", new Period(of(2000, 1, 1), of(2001, 1, 1)));
        assertThatThrownBy(() -> new Territory(cs, TerritoryKind.ISO_3166_1, List.of(first,
                new TerritoryName("Second", new Period(of(2001, 1, 1), null))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Territory(cs, TerritoryKind.ISO_3166_1, List.of(first,
                new TerritoryName("Second", new Period(null, of(2005, 1, 1)))))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Territory(cs, TerritoryKind.ISO_3166_1, List.of(new TerritoryName("Open", new Period(of(1990, 1, 1), null)),
                new TerritoryName("Later", new Period(of(2003, 1, 1), null))))).isInstanceOf(IllegalArgumentException.class);
        Territory adjacent = new Territory(cs, TerritoryKind.ISO_3166_1, List.of(new TerritoryName("Second", new Period(of(2001, 1, 2), null)),
                first));
        assertThat(adjacent.names()).extracting(TerritoryName::name).containsExactly("First", "Second");
        assertThat(adjacent.lifetime()).isEqualTo(new Period(of(2000, 1, 1), null));
        assertThat(adjacent.lives()).containsExactly(new Period(of(2000, 1, 1), null));
        assertThatThrownBy(() -> new TerritoryName(" ", new Period(null, null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("T1 a territory's history names every name with its span, and a code used twice has two lives")
    void historyNamesEveryName() {
        Territory reused = new Territory(TerritoryCode.of("QQ"), TerritoryKind.ISO_3166_3, List.of(
                new TerritoryName("First", new Period(null, of(1990, 1, 1))),
                new TerritoryName("Second", new Period(of(1990, 1, 2), of(1995, 1, 1))),
                new TerritoryName("Third", new Period(of(2000, 1, 1), null))));
        assertThat(reused.history()).isEqualTo("QQ was First until 1990-01-01, Second 1990-01-02 .. 1995-01-01 and Third from 2000-01-01");
        assertThat(reused.lives()).containsExactly(new Period(null, of(1995, 1, 1)), new Period(of(2000, 1, 1), null));
        Territory always = new Territory(TerritoryCode.of("AT"), TerritoryKind.ISO_3166_1, List.of(new TerritoryName("Austria", new Period(null, null))));
        assertThat(always.history()).isEqualTo("AT was Austria with no known beginning or end");
    }
}
