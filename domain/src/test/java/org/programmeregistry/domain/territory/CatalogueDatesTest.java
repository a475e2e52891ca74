package org.programmeregistry.domain.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue is dated wherever a public source dates it (issue 13). Reads the generated
 * files as data: territories.tsv says for each row where its from-date comes from, or why it has
 * none; successions.tsv gives every successor of every withdrawn ISO 3166-3 code.
 */
class CatalogueDatesTest {

    /** Why a territory has no start date; the generator writes the tag, this test checks it holds. */
    enum Undated {
        FORMER_CODE("undated:former-code", "a former code: ISO 3166-3 dates only its withdrawal, openregister only its end"),
        OPENREGISTER_STATE("undated:openregister-state", "a state the UK register lists without a start-date: in ISO 3166 since 1974"),
        TERRITORY_REGISTER("undated:territory-register", "a dependent territory: the UK territory register has no dates"),
        PYCOUNTRY_ONLY("undated:pycountry-only", "only pycountry lists it, without dates"),
        WITHDRAWAL_YEAR_ONLY("undated:withdrawal-year-only", "created by a withdrawal that ISO 3166-3 dates by year only");

        final String tag;
        final String meaning;

        Undated(String tag, String meaning) {
            this.tag = tag;
            this.meaning = meaning;
        }

        static Undated of(String tag) {
            return Stream.of(values()).filter(u -> u.tag.equals(tag)).findFirst()
                    .orElseThrow(() -> new AssertionError("unknown reason for a missing start date: " + tag));
        }
    }

    record CatalogueRow(String code, TerritoryKind kind, String from, String basis) {
    }

    record Succession(String former, String code, String withdrawn, LocalDate lastDay, String successor, String relation,
            LocalDate successorFrom, String source, String note) {

        boolean withdrawnOnAFullDate() {
            return withdrawn.length() == 10;
        }

        int withdrawalYear() {
            return Integer.parseInt(withdrawn.substring(0, 4));
        }

        @Override
        public String toString() {
            return former + " -> " + successor + " (" + relation + ")";
        }
    }

    private static final TerritoryCatalogue CATALOGUE = TerritoryCatalogue.bundled();
    private static final List<CatalogueRow> ROWS = read("territories.tsv").stream()
            .map(f -> new CatalogueRow(f[0], TerritoryKind.valueOf(f[1]), f[2], f[6])).toList();
    private static final List<Succession> SUCCESSIONS = read("successions.tsv").stream()
            .map(f -> new Succession(f[0], f[1], f[3], date(f[4]), f[5], f[6], date(f[7]), f[8], f[9])).toList();

    private static List<String[]> read(String resource) {
        try (InputStream in = CatalogueDatesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            return lines.stream().skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static LocalDate date(String field) {
        return field.isEmpty() ? null : LocalDate.parse(field);
    }

    private static Territory territory(String code) {
        return CATALOGUE.get(TerritoryCode.of(code));
    }

    /** The first row of every code without a start date, with its reason. */
    static Stream<CatalogueRow> undatedCodes() {
        return ROWS.stream().filter(r -> r.from().isEmpty());
    }

    static Stream<Succession> successions() {
        return SUCCESSIONS.stream();
    }

    private static Set<String> successors(String relation) {
        return SUCCESSIONS.stream().filter(s -> s.relation().equals(relation)).map(Succession::successor).collect(Collectors.toSet());
    }

    @ParameterizedTest(name = "{0} has no start date: {1}")
    @MethodSource("undatedCodes")
    @DisplayName("T1 every code without a start date has a reason that the sources bear out")
    void everyUndatedCodeHasItsReason(CatalogueRow row) {
        Undated reason = Undated.of(row.basis());
        Set<String> created = successors("created");
        switch (reason) {
            case FORMER_CODE -> assertThat(row.kind()).isEqualTo(TerritoryKind.ISO_3166_3);
            case WITHDRAWAL_YEAR_ONLY -> assertThat(SUCCESSIONS).as(row.code() + " is created by a withdrawal dated by year only")
                    .anySatisfy(s -> {
                        assertThat(s.successor()).isEqualTo(row.code());
                        assertThat(s.relation()).isEqualTo("created");
                        assertThat(s.withdrawnOnAFullDate()).isFalse();
                    });
            default -> {
                assertThat(row.kind()).isNotEqualTo(TerritoryKind.ISO_3166_3);
                assertThat(created).as("%s would be dated by the withdrawal that created it", row.code()).doesNotContain(row.code());
                assertThat(successors("seceded")).doesNotContain(row.code());
            }
        }
        assertThat(territory(row.code()).names().get(0).validity().start()).isNull();
    }

    @Test
    @DisplayName("T1 a territory has no start date only where no source dates it, and each has one of the known reasons")
    void onlyTheFirstNameOfATerritoryMayLackAStartDate() {
        Map<String, Long> undatedPerCode = undatedCodes().collect(Collectors.groupingBy(CatalogueRow::code, Collectors.counting()));
        assertThat(undatedPerCode.values()).allMatch(n -> n == 1);
        assertThat(ROWS).allSatisfy(r -> assertThat(r.basis().startsWith("undated:")).as(r.code()).isEqualTo(r.from().isEmpty()));
        assertThat(undatedCodes().map(r -> Undated.of(r.basis()))).contains(Undated.values());
        assertThat(undatedCodes().filter(r -> Undated.of(r.basis()) == Undated.FORMER_CODE).map(CatalogueRow::code))
                .containsExactlyInAnyOrder("AN", "BU", "CS", "DD", "FX", "NH", "NT", "RH", "SU", "TP", "YD", "YU", "ZR");
        assertThat(undatedCodes().filter(r -> Undated.of(r.basis()) == Undated.WITHDRAWAL_YEAR_ONLY).map(CatalogueRow::code))
                .containsExactlyInAnyOrder("BF", "BJ", "MP", "TF", "UM");
    }

    @Test
    @DisplayName("T1 a from-date set by a withdrawal is the first day after the former territory's last day")
    void withdrawalDatesComeFromTheSuccessions() {
        List<CatalogueRow> dated = ROWS.stream().filter(r -> r.basis().startsWith("withdrawal:")).toList();
        assertThat(dated).extracting(CatalogueRow::code).containsExactlyInAnyOrder("BQ", "CD", "CW", "MM", "SX", "TL");
        assertThat(dated).allSatisfy(r -> assertThat(SUCCESSIONS).anySatisfy(s -> {
            assertThat(s.former()).isEqualTo(r.basis().substring("withdrawal:".length()));
            assertThat(s.successor()).isEqualTo(r.code());
            assertThat(s.successorFrom()).isEqualTo(LocalDate.parse(r.from())).isEqualTo(s.lastDay().plusDays(1));
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("successions")
    @DisplayName("T1 for every withdrawn code, no successor created by the withdrawal existed before it")
    void noSuccessorExistedBeforeTheWithdrawal(Succession s) {
        Territory successor = territory(s.successor());
        if (s.lastDay() != null) {
            // the former territory's life ends on that day
            assertThat(territory(s.code()).existsOn(s.lastDay())).isTrue();
            assertThat(territory(s.code()).existsOn(s.lastDay().plusDays(1))).isFalse();
        }
        switch (s.relation()) {
            case "created" -> {
                if (s.successorFrom() == null) {
                    assertThat(s.withdrawnOnAFullDate()).as("only a withdrawal dated by year leaves its successor undated").isFalse();
                    assertThat(successor.names().get(0).validity().start()).isNull();
                    return;
                }
                assertThat(successor.existsOn(s.successorFrom())).isTrue();
                assertThat(successor.existsOn(s.successorFrom().minusDays(1))).isFalse();
                if (s.lastDay() != null) {
                    assertThat(s.successorFrom()).isAfter(s.lastDay());
                    assertThat(successor.existsOn(s.lastDay())).isFalse();
                } else {
                    assertThat(s.successorFrom().getYear()).isGreaterThanOrEqualTo(s.withdrawalYear());
                }
            }
            case "seceded" -> {
                // a source dates its independence before the former territory ended: the note says which
                assertThat(s.note()).isNotBlank();
                assertThat(successor.existsOn(s.successorFrom())).isTrue();
                assertThat(s.lastDay() != null ? !s.successorFrom().isAfter(s.lastDay())
                        : s.successorFrom().getYear() < s.withdrawalYear()).isTrue();
            }
            case "continues" -> {
                // it existed before and took the former territory over: the note says how
                assertThat(s.note()).isNotBlank();
                LocalDate start = successor.names().get(0).validity().start();
                if (s.lastDay() != null) {
                    assertThat(successor.existsOn(s.lastDay())).isTrue();
                } else {
                    assertThat(start == null || start.getYear() <= s.withdrawalYear()).isTrue();
                }
            }
            default -> throw new AssertionError("unknown relation " + s.relation());
        }
        assertThat(s.source()).isNotBlank();
    }

    @Test
    @DisplayName("T1 every ISO 3166-3 entry with a successor is in the successions (all but BYAA, renamed under its code), a divided one with each part")
    void successionsCoverTheWholeList() {
        assertThat(SUCCESSIONS.stream().map(Succession::former).distinct()).containsExactlyInAnyOrder(
                "AIDJ", "ANHH", "BQAQ", "BUMM", "CSHH", "CSXX", "CTKI", "DDDE", "DYBJ", "FQHH", "FXFR", "GEHH", "HVBF", "JTUM",
                "MIUM", "NHVU", "NQAQ", "NTHH", "PCHH", "PUUM", "PZPA", "RHZW", "SKIN", "SUHH", "TPTL", "VDVN", "WKUM", "YDYE",
                "YUCS", "ZRCD");
        Map<String, List<String>> parts = SUCCESSIONS.stream().collect(Collectors.groupingBy(Succession::former,
                Collectors.mapping(Succession::successor, Collectors.toList())));
        assertThat(parts.get("ANHH")).containsExactlyInAnyOrder("BQ", "CW", "SX");
        assertThat(parts.get("CSHH")).containsExactlyInAnyOrder("CZ", "SK");
        assertThat(parts.get("CSXX")).containsExactlyInAnyOrder("ME", "RS");
        assertThat(parts.get("SUHH")).hasSize(13).contains("RU", "EE", "LV", "LT");
        parts.forEach((former, successors) -> assertThat(successors).as(former)
                .hasSizeGreaterThanOrEqualTo(former.endsWith("HH") || former.endsWith("XX") ? 2 : 1)
                .containsAnyOf(former.endsWith("HH") || former.endsWith("XX") ? successors.get(0) : former.substring(2)));
    }
}
