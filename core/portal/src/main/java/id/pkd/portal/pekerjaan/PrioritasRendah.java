package id.pkd.portal.pekerjaan;

import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.io.IOException;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives the calling thread a higher nice value, so the scheduler runs it only with what the request threads leave.
 * A draft is minutes of work nobody watches click by click; a click is what a user waits for. Java's thread
 * priorities do nothing on Linux unless the JVM runs as root with -XX:ThreadPriorityPolicy=1, so this calls
 * {@code setpriority(PRIO_PROCESS, 0, nice)}: on Linux the nice value belongs to the thread, and {@code 0} is the
 * calling thread. A thread can only raise its own nice value, never lower it again: only dedicated workers call
 * this. Off Linux the thread keeps its priority silently; where the call cannot be made (native access refused) or
 * fails, it keeps it too and the failure is logged as a warning.
 */
final class PrioritasRendah {

    private static final Logger log = LoggerFactory.getLogger(PrioritasRendah.class);
    private static final int PRIO_PROCESS = 0;
    private static final Optional<MethodHandle> SETPRIORITY = cari();

    private PrioritasRendah() {}

    /**
     * Raises the calling thread's nice value to at least {@code nice} (0–19); a thread already nicer (the whole JVM
     * started under {@code nice}) keeps its value. False when this platform does not allow it.
     */
    static boolean turunkan(int nice) {
        if (nice < 0 || nice > 19) {
            throw new IllegalArgumentException("Nilai nice harus 0–19: " + nice);
        }
        OptionalInt kini = niceSaatIni();
        if (nice == 0 || (kini.isPresent() && kini.getAsInt() >= nice)) {
            return true;
        }
        if (SETPRIORITY.isEmpty()) {
            return false;
        }
        try {
            int hasil = (int) SETPRIORITY.get().invokeExact(PRIO_PROCESS, 0, nice);
            if (hasil != 0) {
                log.warn("Prioritas pekerja {} tidak dapat diturunkan (setpriority {})", Thread.currentThread(), hasil);
            }
            return hasil == 0;
        } catch (Throwable e) {
            log.warn("Prioritas pekerja tidak dapat diturunkan: {}", e.toString());
            return false;
        }
    }

    /** The calling thread's nice value as the kernel reports it; empty off Linux. */
    static OptionalInt niceSaatIni() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            // fields after the command name (which may hold spaces) start after its closing parenthesis
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return OptionalInt.of(Integer.parseInt(f[16]));
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    private static Optional<MethodHandle> cari() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup()
                    .find("setpriority")
                    .map(alamat -> linker.downcallHandle(
                            alamat, FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_INT, JAVA_INT)));
        } catch (RuntimeException | LinkageError e) {
            log.warn("Prioritas pekerja tidak dapat diatur di platform ini: {}", e.toString());
            return Optional.empty();
        }
    }
}
