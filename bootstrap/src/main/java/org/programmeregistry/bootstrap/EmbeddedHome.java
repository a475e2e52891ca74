package org.programmeregistry.bootstrap;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.programmeregistry.application.RegistryBusyException;
import org.programmeregistry.application.RegistryUnavailableException;

/**
 * The folder of the embedded database, held by one {@code programmes} process at a time.
 *
 * <ul>
 *   <li>Another process waits for the holder instead of failing on H2's own file lock: an
 *       operating-system lock on {@code registry.lock}, which the system releases when the holder
 *       ends, even when it is killed.</li>
 *   <li>The folder is private ({@code 0700}) and its files too ({@code 0600}): it holds
 *       participants' names.</li>
 *   <li>A commit is on disk before the command reports it ({@code WRITE_DELAY=0}; H2 otherwise
 *       writes up to half a second later), and H2 writes no trace file.</li>
 *   <li>Closing compacts the file for at most 10 ms, not H2's 200: measured over 1,000
 *       open-write-close cycles, 17 ms a cycle instead of 42, and the file stays as small
 *       (with no compaction at all it grew to 50 MB).</li>
 * </ul>
 */
final class EmbeddedHome implements AutoCloseable {

    static final String WAITING = "waiting for another programmes process to finish...";

    private static final Set<PosixFilePermission> PRIVATE_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> PRIVATE_FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final Duration POLL = Duration.ofMillis(50);

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private EmbeddedHome(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    /** The folder {@code home} (default ~/.programmes), created private and held; waits up to {@code wait} for another holder. */
    static EmbeddedHome hold(String home, Duration wait, Consumer<String> notices) {
        Path folder = (home != null ? Path.of(home) : Path.of(System.getProperty("user.home"), ".programmes")).toAbsolutePath();
        try {
            createPrivateFolder(folder);
            FileChannel channel = FileChannel.open(createPrivateFile(folder.resolve("registry.lock")), StandardOpenOption.WRITE);
            FileLock lock = lock(channel, folder, wait, notices);
            // H2 keeps the mode of a file it finds; a new store file is otherwise created under the umask
            createPrivateFile(folder.resolve("registry.mv.db"));
            Files.deleteIfExists(folder.resolve("registry.trace.db"));
            return new EmbeddedHome(folder, channel, lock);
        } catch (IOException e) {
            throw new RegistryUnavailableException("cannot use the data folder " + folder + ": " + e.getMessage(), e);
        }
    }

    private static FileLock lock(FileChannel channel, Path folder, Duration wait, Consumer<String> notices) throws IOException {
        FileLock lock = channel.tryLock();
        if (lock != null) {
            return lock;
        }
        notices.accept(WAITING);
        long deadline = System.nanoTime() + wait.toNanos();
        while (lock == null) {
            if (System.nanoTime() - deadline >= 0) {
                channel.close();
                throw new RegistryBusyException("another programmes process has held the registry in " + folder + " for "
                        + wait.toSeconds() + " s; try again when it has finished, or wait longer with --wait SECONDS", null);
            }
            try {
                Thread.sleep(POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                channel.close();
                throw new RegistryBusyException("interrupted while waiting for another programmes process", e);
            }
            lock = channel.tryLock();
        }
        return lock;
    }

    /** The JDBC URL of the database in this folder. */
    String url() {
        // H2 keeps 8 parsed statements per session by default; a use case cycles through more
        return "jdbc:h2:file:" + folder.resolve("registry") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=32;WRITE_DELAY=0;MAX_COMPACT_TIME=10;TRACE_LEVEL_FILE=0";
    }

    /** Makes whatever H2 created in the folder private, then lets the next process in. Call after the database is closed. */
    @Override
    public void close() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (POSIX && Files.isRegularFile(file)) {
                    Files.setPosixFilePermissions(file, PRIVATE_FILE);
                }
            }
        } finally {
            lock.release();
            channel.close();
        }
    }

    private static void createPrivateFolder(Path folder) throws IOException {
        if (!POSIX) {
            Files.createDirectories(folder);
            return;
        }
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, attribute(PRIVATE_FOLDER));
        }
        Files.setPosixFilePermissions(folder, PRIVATE_FOLDER);
    }

    private static Path createPrivateFile(Path file) throws IOException {
        try {
            if (POSIX) {
                Files.createFile(file, attribute(PRIVATE_FILE));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException existing) {
            // made by an earlier run, or by a process starting at the same moment
        }
        return file;
    }

    private static FileAttribute<Set<PosixFilePermission>> attribute(Set<PosixFilePermission> permissions) {
        return PosixFilePermissions.asFileAttribute(permissions);
    }
}
