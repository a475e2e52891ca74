package org.programmeregistry.adapters.cli;

/** Opens the registry the global options point at; implemented by the composition root. */
public interface RegistryOpener {

    InputPorts open(StoreOptions options);

    /** Where the data lives: an explicit JDBC URL, or the embedded database under {@code home}. */
    record StoreOptions(String url, String user, String password, String home) {

        @Override
        public String toString() {
            return "StoreOptions[url=" + url + ", user=" + user + ", home=" + home + "]";
        }
    }
}
