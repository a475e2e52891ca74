package org.programmeregistry.adapters.cli;

import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code programmes site}: the portfolio as a static web site, fact sheets like the seed pages. */
@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Write the portfolio as a static web site, fact sheets like the seed pages.",
            "Writes index.html, an index per status and per beneficiary territory, and a fact sheet page with a timeline per "
                    + "programme. HTML and CSS only: it loads nothing from another host and works from a folder or any web server path."})
final class SiteCommand extends RegistryCommand {

    @Option(names = "--output", required = true, paramLabel = "<dir>",
            description = "folder to write the site into (created if missing; pages of the same names are replaced)")
    Path output;

    @Option(names = "--programme", paramLabel = "<id>",
            description = "a programme to publish; repeat for several (default: every programme)")
    List<String> programmes = new ArrayList<>();

    @Option(names = "--with-names",
            description = "name the people of delegations; without it they appear by position and institution only")
    boolean withNames;

    @Override
    public Integer call() {
        Console console = System.console();
        int[] written = {0};
        Consumer<String> progress = console == null ? id -> { } : id -> {
            if (++written[0] % 500 == 0) {
                console.writer().print("\rwrote " + written[0] + " programme pages ...");
                console.writer().flush();
            }
        };
        SitePublisher.Published published = port(SitePublisher.class).publish(output, programmes, withNames, progress);
        if (console != null && written[0] >= 500) {
            console.writer().print("\r");
            console.writer().flush();
        }
        return done("wrote " + published.pages() + " pages for " + published.programmes() + " programme(s); open "
                + published.index());
    }
}
