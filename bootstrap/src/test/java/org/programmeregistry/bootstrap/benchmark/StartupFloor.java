package org.programmeregistry.bootstrap.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The floor of the start-up benchmark: the least a command line can do to answer
 * "programme list" — picocli parses the arguments, the same embedded H2 file is opened and one
 * query runs. Run by bootstrap/benchmarks/startup.sh.
 */
@Command(name = "floor")
public final class StartupFloor implements Callable<Integer> {

    @Option(names = "--home", required = true)
    String home;

    @Override
    public Integer call() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home + "/registry;DB_CLOSE_ON_EXIT=FALSE", "sa", "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, status, title from programme order by id limit 100")) {
            while (rs.next()) {
                System.out.println(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
            }
        }
        return 0;
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new StartupFloor()).execute(args));
    }
}
