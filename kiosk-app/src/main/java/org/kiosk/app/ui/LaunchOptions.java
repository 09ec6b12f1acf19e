package org.kiosk.app.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * The kiosk's own arguments, taken out before the rest go to Spring: {@code --headless} (no display: Monocle),
 * {@code --journey NAME} (run a scripted journey and exit), {@code --serve} (stay up without a journey).
 */
public record LaunchOptions(boolean headless, String journey, boolean serve, List<String> springArgs) {

    public static final String USAGE = """
            usage: kiosk [--headless (--journey NAME | --serve)] [--key=value ...]
              (no option)         the kiosk window on this display
              --headless --serve  the kiosk without a display, until stopped
              --headless --journey NAME  runs a scripted journey, saves a screenshot per screen, exits 0 if it
                                  reached its end""";

    /** A command line the kiosk cannot run; the message says why. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    public LaunchOptions {
        springArgs = List.copyOf(springArgs);
    }

    public static LaunchOptions parse(String... args) throws UsageException {
        boolean headless = false;
        boolean serve = false;
        String journey = null;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--headless" -> headless = true;
                case "--serve" -> serve = true;
                case "--journey" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new UsageException("--journey needs the journey's name");
                    }
                    journey = args[++i];
                }
                default -> {
                    if (a.startsWith("--journey=")) {
                        journey = a.substring("--journey=".length());
                        if (journey.isEmpty()) {
                            throw new UsageException("--journey needs the journey's name");
                        }
                    } else {
                        rest.add(a);
                    }
                }
            }
        }
        if ((journey != null || serve) && !headless) {
            throw new UsageException((journey != null ? "--journey" : "--serve") + " runs without a display: add --headless");
        }
        if (journey != null && serve) {
            throw new UsageException("--journey and --serve exclude each other");
        }
        if (headless && journey == null && !serve) {
            throw new UsageException("--headless needs --journey NAME or --serve");
        }
        return new LaunchOptions(headless, journey, serve, rest);
    }
}
