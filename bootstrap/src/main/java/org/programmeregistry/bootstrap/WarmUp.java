package org.programmeregistry.bootstrap;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.h2.jdbcx.JdbcDataSource;
import org.programmeregistry.adapters.persistence.jooq.JooqPersistence;
import org.programmeregistry.application.ProgrammeRegistry;
import org.programmeregistry.domain.territory.TerritoryCatalogue;

/**
 * Start-up work done on a second thread while picocli builds and parses the command line: the classes of
 * the application services, which every command on the registry needs, and the bundled territory catalogue
 * and jOOQ, which every command but a programme list needs; together they take as long to load and
 * initialise as picocli takes to parse. Nothing is opened: the registry built here has no database behind it
 * and is thrown away; the command then finds the classes ready. Only for a command line that names a command
 * on the registry; -V, help and the territory catalogue skip it.
 */
final class WarmUp implements Runnable {

    private static final Set<String> REGISTRY_COMMANDS = Set.of("programme", "organisation", "event", "examples", "iati", "site");
    private static final Set<String> NO_REGISTRY = Set.of("-h", "--help", "-V", "--version", "help");

    private final boolean jooq;
    private final boolean territories;

    private WarmUp(boolean jooq, boolean territories) {
        this.jooq = jooq;
        this.territories = territories;
    }

    /** Whether {@code args} name a command that opens the registry (a guess from the words alone, good enough for a head start). */
    static boolean namesRegistryCommand(String[] args) {
        List<String> words = List.of(args);
        return words.stream().anyMatch(REGISTRY_COMMANDS::contains) && words.stream().noneMatch(NO_REGISTRY::contains);
    }

    /**
     * Whether the command will use jOOQ: all but a programme list, whose search is plain SQL, unless it names
     * an organisation or a donor, which is looked up (again a guess from the words). Starting jOOQ for a list
     * would only take a core from the work it waits for.
     */
    static boolean usesJooq(String[] args) {
        List<String> words = List.of(args);
        return !programmeList(words) || names(words, "--organisation") || names(words, "--donor");
    }

    /** Whether the command will consult the territory catalogue: all but a programme list without a territory. */
    static boolean consultsTerritories(String[] args) {
        List<String> words = List.of(args);
        return !programmeList(words) || names(words, "--territory");
    }

    private static boolean programmeList(List<String> words) {
        return words.contains("programme") && words.contains("list");
    }

    /** Whether {@code option} is among the words, alone or as {@code option=value}. */
    private static boolean names(List<String> words, String option) {
        return words.stream().anyMatch(w -> w.equals(option) || w.startsWith(option + "="));
    }

    /** Starts the warm-up if {@code args} name a command that opens the registry. */
    static void startFor(String[] args) {
        if (namesRegistryCommand(args)) {
            Thread thread = new Thread(new WarmUp(usesJooq(args), consultsTerritories(args)), "programmes-warm-up");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void run() {
        try {
            JooqPersistence idle = JooqPersistence.unpooled(new JdbcDataSource(), "jdbc:h2:mem:");
            ProgrammeRegistry.over(idle.ports()).build();
            // the JDK's English number and month names and its Formatter, which the text output uses (Amounts, Dates)
            String.format(Locale.ENGLISH, "%-3s %,d %s", "", 1_000L, DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).format(LocalDate.EPOCH));
            if (territories) {
                TerritoryCatalogue.bundled().all();
            }
            if (jooq) {
                idle.startJooq();
            }
        } catch (RuntimeException | LinkageError e) {
            // only a head start: the command does the same work again and reports what fails
        }
    }
}
