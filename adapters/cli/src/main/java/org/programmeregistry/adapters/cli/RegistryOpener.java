package org.programmeregistry.adapters.cli;

import java.time.Duration;
import java.util.function.Consumer;

/** Opens the registry the global options point at; implemented by the composition root. */
public interface RegistryOpener {

    InputPorts open(StoreOptions options);

    /**
     * Where the data lives: an explicit JDBC URL, or the embedded database under {@code home};
     * how long to wait for another process that holds the embedded database; and where to say
     * that it waits (standard error).
     */
    record StoreOptions(String url, String user, String password, String home, Duration patience, Consumer<String> notices) {

        @Override
        public String toString() {
            return "StoreOptions[url=" + url + ", user=" + user + ", home=" + home + ", patience=" + patience + "]";
        }
    }
}
