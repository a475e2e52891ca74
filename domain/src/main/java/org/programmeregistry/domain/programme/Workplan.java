package org.programmeregistry.domain.programme;

import static org.programmeregistry.domain.RuleViolation.require;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.programmeregistry.domain.Rule;
import org.programmeregistry.domain.RuleViolation;
import org.programmeregistry.domain.territory.TerritoryCode;

/**
 * A programme's modules (P8) and deliverables (P10, P12): what it is divided into and what it
 * produces, each numbered within the programme.
 */
final class Workplan {

    private final ProgrammeId programme;
    private final Map<Integer, Module> modules = new TreeMap<>();
    private final Map<Integer, Deliverable> deliverables = new TreeMap<>();

    Workplan(ProgrammeId programme) {
        this.programme = programme;
    }

    /** Rebuilds stored modules and deliverables, checking P8, P10 and P12 between them. */
    static Workplan of(ProgrammeId programme, List<Module> modules, List<Deliverable> deliverables, Set<TerritoryCode> beneficiaries) {
        Workplan workplan = new Workplan(programme);
        modules.forEach(workplan::addModule);
        for (Deliverable deliverable : deliverables) {
            require(!workplan.deliverables.containsKey(deliverable.number()), Rule.P12,
                    () -> "deliverable " + deliverable.number() + " appears twice; deliverables have unique numbers");
            workplan.checkTerritory(deliverable, beneficiaries);
            workplan.deliverables.put(deliverable.number(), deliverable);
        }
        return workplan;
    }

    /** P8: module numbers and names (case-insensitive) are unique. */
    void addModule(Module module) {
        Objects.requireNonNull(module, "module");
        require(!modules.containsKey(module.number()), Rule.P8, () -> "programme " + programme + " already has a module " + module.number()
                + " (" + modules.get(module.number()).name() + "); module numbers are unique");
        String name = module.name().toLowerCase(Locale.ROOT);
        modules.values().stream().filter(m -> m.name().toLowerCase(Locale.ROOT).equals(name)).findFirst().ifPresent(m -> {
            throw new RuleViolation(Rule.P8, "module " + m.number() + " is already called '" + m.name() + "'; module names are unique");
        });
        modules.put(module.number(), module);
    }

    /** P8: only a module of the programme is removed; that it has no events is the event ledger's to check. */
    void requireModule(int number) {
        require(modules.containsKey(number), Rule.P8, () -> "programme " + programme + " has no module " + number);
    }

    void removeModule(int number) {
        modules.remove(number);
    }

    boolean hasModule(int number) {
        return modules.containsKey(number);
    }

    /** P10: a national deliverable names a beneficiary; it takes the next free number (P12). */
    Deliverable addDeliverable(DeliverableKind kind, DeliverableScope scope, String title, Optional<TerritoryCode> territory,
            Set<TerritoryCode> beneficiaries) {
        int number = deliverables.isEmpty() ? 1 : Collections.max(deliverables.keySet()) + 1;
        Deliverable deliverable = new Deliverable(number, kind, scope, title, territory);
        checkTerritory(deliverable, beneficiaries);
        deliverables.put(number, deliverable);
        return deliverable;
    }

    /**
     * Replaces what deliverable {@code number} says, keeping its number: P12 its title, P10 its
     * territory. That it exists (P13, {@link #requireDeliverable}) and was not signed (the event
     * ledger's) the programme checks first, in that order, as for a removal.
     */
    Deliverable changeDeliverable(int number, DeliverableKind kind, DeliverableScope scope, String title, Optional<TerritoryCode> territory,
            Set<TerritoryCode> beneficiaries) {
        Deliverable changed = new Deliverable(number, kind, scope, title, territory);
        checkTerritory(changed, beneficiaries);
        deliverables.put(number, changed);
        return changed;
    }

    /** P13: only a deliverable of the programme is changed or removed. */
    void requireDeliverable(int number) {
        require(deliverables.containsKey(number), Rule.P13, () -> "programme " + programme + " has no deliverable " + number
                + (deliverables.isEmpty() ? "; it has none" : "; its deliverables are " + deliverables.keySet()));
    }

    void removeDeliverable(int number) {
        deliverables.remove(number);
    }

    /** P10: a beneficiary that a national deliverable names stays a beneficiary. */
    void requireNoDeliverableFor(TerritoryCode territory) {
        deliverables.values().stream().filter(d -> d.territory().equals(Optional.of(territory))).findFirst().ifPresent(d -> {
            throw new RuleViolation(Rule.P10, "deliverable " + d.number() + " '" + d.title() + "' is for " + territory
                    + "; remove or change that deliverable before removing the beneficiary");
        });
    }

    Optional<Module> module(int number) {
        return Optional.ofNullable(modules.get(number));
    }

    List<Module> modules() {
        return List.copyOf(modules.values());
    }

    Optional<Deliverable> deliverable(int number) {
        return Optional.ofNullable(deliverables.get(number));
    }

    List<Deliverable> deliverables() {
        return List.copyOf(deliverables.values());
    }

    private void checkTerritory(Deliverable deliverable, Set<TerritoryCode> beneficiaries) {
        deliverable.territory().ifPresent(t -> require(beneficiaries.contains(t), Rule.P10,
                () -> t + " is not a beneficiary of programme " + programme + "; a national deliverable names a beneficiary territory"));
    }
}
