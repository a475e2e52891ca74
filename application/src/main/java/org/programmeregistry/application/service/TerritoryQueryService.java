package org.programmeregistry.application.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.programmeregistry.application.NotFoundException;
import org.programmeregistry.application.port.in.territory.TerritoryQuery;
import org.programmeregistry.domain.territory.Territory;
import org.programmeregistry.domain.territory.TerritoryCatalogue;
import org.programmeregistry.domain.territory.TerritoryCode;

/** Reads the territory catalogue; needs no store. */
public final class TerritoryQueryService implements TerritoryQuery {

    private final TerritoryCatalogue catalogue;

    public TerritoryQueryService(TerritoryCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public TerritoryView find(String code, LocalDate on) {
        Territory territory = catalogue.find(TerritoryCode.of(code))
                .orElseThrow(() -> new NotFoundException("territory", code.strip().toUpperCase(Locale.ROOT),
                        "see 'territory list' for the known codes"));
        return view(territory, on);
    }

    @Override
    public List<TerritoryView> list(LocalDate on) {
        return catalogue.all().stream().filter(t -> on == null || t.existsOn(on)).map(t -> view(t, on)).toList();
    }

    private static TerritoryView view(Territory t, LocalDate on) {
        return new TerritoryView(t.code().value(), t.kind(), on == null ? Optional.of(t.latestName()) : t.nameOn(on),
                t.names().stream().map(n -> new DatedName(n.name(), n.validity())).toList());
    }
}
