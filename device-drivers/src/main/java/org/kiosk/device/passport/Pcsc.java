package org.kiosk.device.passport;

import java.lang.reflect.Field;
import java.lang.reflect.InaccessibleObjectException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Access to PC/SC through {@code javax.smartcardio}, which keeps one PC/SC context for the whole process. When
 * pcscd stops, that context dies for good (every call answers {@code SCARD_E_INVALID_HANDLE} even after pcscd is
 * back), so {@link #reset()} discards it; that needs the JDK's package opened to this code
 * ({@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED}). Without it, a pcscd restart needs an
 * application restart, reported as {@link PassportError#PCSC_RESTART_NEEDED}.
 */
public final class Pcsc {

    /** The system property naming the pcsc-lite library; read once, when PC/SC is first used. */
    public static final String LIBRARY_PROPERTY = "sun.security.smartcardio.library";

    /** Codes meaning the service went away and the context must be renewed. */
    private static final Set<String> SERVICE_LOST = Set.of("SCARD_E_NO_SERVICE", "SCARD_E_SERVICE_STOPPED",
            "SCARD_E_INVALID_HANDLE", "SCARD_F_COMM_ERROR");

    private static final Logger log = LoggerFactory.getLogger(Pcsc.class);
    private static TerminalFactory factory;
    private static boolean contextDead;

    private Pcsc() {
    }

    /** Points javax.smartcardio at a pcsc-lite library unless it was already set; must run before first use. */
    public static void useLibrary(Path library) {
        if (System.getProperty(LIBRARY_PROPERTY) == null && Files.exists(library)) {
            System.setProperty(LIBRARY_PROPERTY, library.toString());
        }
    }

    /**
     * The terminals, through a live context.
     *
     * @throws PcscUnavailableException when pcscd does not answer, or its context died and cannot be renewed
     */
    static synchronized CardTerminals terminals() throws PcscUnavailableException {
        if (factory == null) {
            if (contextDead && !renewContext()) {
                throw new PcscUnavailableException(PassportError.PCSC_RESTART_NEEDED, "PC/SC context cannot be renewed");
            }
            try {
                factory = TerminalFactory.getInstance("PC/SC", null);
                contextDead = false;
            } catch (NoSuchAlgorithmException e) {
                throw new PcscUnavailableException(PassportError.PCSC_UNAVAILABLE,
                        "PC/SC not available: " + code(e).orElse(e.getClass().getSimpleName()));
            }
        }
        return factory.terminals();
    }

    /** After a failure that means pcscd went away: the next {@link #terminals()} starts a new context. */
    static synchronized void reset() {
        factory = null;
        contextDead = true;
    }

    /** Whether a PC/SC failure means the service went away (and the context must be renewed). */
    static boolean serviceLost(Throwable e) {
        return code(e).map(SERVICE_LOST::contains).orElse(false);
    }

    /** The PC/SC error name ({@code SCARD_...}) in a failure's causes, if any. */
    static Optional<String> code(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.startsWith("SCARD_")) {
                return Optional.of(m.split("\\s")[0]);
            }
        }
        return Optional.empty();
    }

    /** Zeroes the JDK's static context and forgets its terminals, which hold the dead context too. */
    private static boolean renewContext() {
        try {
            Class<?> terminals = Class.forName("sun.security.smartcardio.PCSCTerminals");
            Field context = terminals.getDeclaredField("contextId");
            Field cache = terminals.getDeclaredField("terminals");
            context.setAccessible(true);
            cache.setAccessible(true);
            synchronized (terminals) {
                context.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
            }
            return true;
        } catch (ReflectiveOperationException | InaccessibleObjectException | ClassCastException e) {
            log.warn("PC/SC context cannot be renewed after a pcscd restart: {}", e.getClass().getSimpleName());
            return false;
        }
    }

    /** PC/SC is not usable right now. */
    static final class PcscUnavailableException extends Exception {

        private final PassportError error;

        PcscUnavailableException(PassportError error, String message) {
            super(message);
            this.error = error;
        }

        PassportError error() {
            return error;
        }
    }
}
