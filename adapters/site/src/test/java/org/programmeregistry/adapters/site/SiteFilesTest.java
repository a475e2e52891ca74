package org.programmeregistry.adapters.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SiteFilesTest {

    @Test
    @DisplayName("an identifier holding / (P1) becomes one file name inside the programme folder")
    void slashBecomesPartOfTheName() {
        assertThat(SiteFiles.programme("XM-DAC-47066/HU-0001")).isEqualTo("programme/XM-DAC-47066~2FHU-0001.html");
        assertThat(SiteFiles.programme("IOM-HU-IBM-2009")).isEqualTo("programme/IOM-HU-IBM-2009.html");
    }

    @Test
    @DisplayName("no identifier makes a hidden file or climbs out of its folder")
    void noHiddenFileNoClimbing() {
        assertThat(SiteFiles.programme("..")).isEqualTo("programme/~2E..html");
        assertThat(SiteFiles.programme("../../etc/passwd")).isEqualTo("programme/~2E.~2F..~2Fetc~2Fpasswd.html");
        assertThat(SiteFiles.programme(".hidden")).isEqualTo("programme/~2Ehidden.html");
    }

    @Test
    @DisplayName("different identifiers never share a file name")
    void namesAreOneToOne() {
        List<String> ids = List.of("a/b", "a~2Fb", "a_b", "a-b", "a.b", ".a", "/.a", "~2Ea", "A/B", "a//b", "a/", "/a");
        Set<String> names = new HashSet<>();
        ids.forEach(id -> names.add(SiteFiles.programme(id)));
        assertThat(names).hasSameSizeAs(ids);
    }

    @Test
    @DisplayName("status and territory pages are named in lower case")
    void indexPages() {
        assertThat(SiteFiles.status("CLOSED")).isEqualTo("status/closed.html");
        assertThat(SiteFiles.territory("CS")).isEqualTo("territory/cs.html");
    }
}
