package org.programmeregistry.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.programmeregistry.application.ConcurrentChangeException;
import org.programmeregistry.domain.event.Event;
import org.programmeregistry.domain.event.EventId;
import org.programmeregistry.domain.fixtures.Programmes;
import org.programmeregistry.domain.fixtures.SeedProgrammes;
import org.programmeregistry.domain.programme.Programme;

/** What every {@link org.programmeregistry.application.port.out.EventRepository} does. */
public abstract class EventRepositoryContract extends PortContract {

    @Test
    @DisplayName("the Vienna event reads back with its delegations, members and signatures")
    void roundTrip() {
        var cards = SeedProgrammes.cards();
        run(() -> {
            ports.programmes().add(cards.programme());
            cards.events().forEach(ports.events()::add);
        });
        Event vienna = cards.events().get(0);
        Event loaded = inTransaction(() -> ports.events().find(vienna.id())).orElseThrow();
        assertThat(loaded.snapshot()).isEqualTo(vienna.snapshot());
        assertThat(inTransaction(() -> ports.events().ofProgramme(cards.programme().id()))).hasSize(1);
        assertThat(inTransaction(() -> ports.events().find(new EventId(cards.programme().id(), 2)))).isEmpty();
    }

    @Test
    @DisplayName("events of a programme come by number; an update stores changes and increases the version")
    void updateAndOrder() {
        Programme programme = Programmes.inImplementation();
        Event first = Programmes.seminar(programme);
        Event second = Programmes.seminar(programme);
        run(() -> {
            ports.programmes().add(programme);
            ports.events().add(second);
            ports.events().add(first);
        });
        assertThat(inTransaction(() -> ports.events().ofProgramme(programme.id()))).extracting(e -> e.id().number()).containsExactly(1, 2);
        Event loaded = inTransaction(() -> ports.events().find(first.id())).orElseThrow();
        Programme loadedProgramme = inTransaction(() -> ports.programmes().find(programme.id())).orElseThrow();
        loaded.addDelegation(loadedProgramme, Programmes.AL, SeedProgrammes.person("Head of delegation", "Ministry of Interior of Albania"),
                SeedProgrammes.CATALOGUE);
        loaded.addParticipant(loadedProgramme, Programmes.AL, SeedProgrammes.person("Official", "Ministry of Foreign Affairs of Albania"));
        loaded.markHeld(loadedProgramme);
        run(() -> ports.events().update(loaded));
        Event again = inTransaction(() -> ports.events().find(first.id())).orElseThrow();
        assertThat(again.version()).isEqualTo(1);
        assertThat(again.snapshot()).usingRecursiveComparison().ignoringFields("version").isEqualTo(loaded.snapshot());
        assertThat(again.delegationOf(Programmes.AL)).get().satisfies(d -> assertThat(d.members()).hasSize(1));
    }

    @Test
    @DisplayName("saving an event loaded at an older version is a concurrent change")
    void staleUpdate() {
        Programme programme = Programmes.inImplementation();
        Event event = Programmes.seminar(programme);
        run(() -> {
            ports.programmes().add(programme);
            ports.events().add(event);
        });
        Event a = inTransaction(() -> ports.events().find(event.id())).orElseThrow();
        Event b = inTransaction(() -> ports.events().find(event.id())).orElseThrow();
        a.markHeld(Programme.reconstitute(programme.snapshot()));
        run(() -> ports.events().update(a));
        b.cancel(Programme.reconstitute(programme.snapshot()));
        assertThatThrownBy(() -> run(() -> ports.events().update(b))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(inTransaction(() -> ports.events().find(event.id()))).get().extracting(Event::status)
                .isEqualTo(org.programmeregistry.domain.programme.EventStatus.HELD);
    }
}
