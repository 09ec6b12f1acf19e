package org.kiosk.provisioning.qr;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.kiosk.platform.code.Classification;
import org.kiosk.platform.code.CodeClassifier;
import org.kiosk.platform.code.CodeVerifier;
import org.kiosk.platform.code.InMemoryReplayStore;
import org.kiosk.platform.code.JwkSet;
import org.kiosk.platform.code.KeyLookup;
import org.kiosk.platform.code.KeySetException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The platform's published keys, for the qr commands that verify the signed codes they read. Without {@code --keys}
 * a code is shown with the kind it claims, unverified.
 */
public final class SignedCodeOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--keys", paramLabel = "FILE", description = "The platform's published key set (JWK Set JSON).")
    Path keys;

    @Option(names = "--kiosk-keys", paramLabel = "FILE",
            description = "The enrolled kiosks' key set (JWK Set JSON), to verify provisional receipts.")
    Path kioskKeys;

    @Option(names = "--issuer", paramLabel = "NAME", description = "The platform's issuer name (iss) in its codes.")
    String issuer;

    /** A classifier verifying against the given keys, or none when no keys were given; bad options are refused. */
    Optional<CodeClassifier> classifier() {
        if (keys == null) {
            if (issuer != null || kioskKeys != null) {
                throw new ParameterException(spec.commandLine(), "--issuer and --kiosk-keys go with --keys");
            }
            return Optional.empty();
        }
        if (issuer == null) {
            throw new ParameterException(spec.commandLine(), "--keys needs --issuer, the platform's issuer name");
        }
        CodeVerifier.Builder verifier;
        try {
            verifier = CodeVerifier.builder(issuer, KeyLookup.of(keySet(keys, "--keys")));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--issuer: " + e.getMessage());
        }
        if (kioskKeys != null) {
            verifier.kioskKeys(KeyLookup.of(keySet(kioskKeys, "--kiosk-keys")));
        }
        return Optional.of(new CodeClassifier(verifier.build(), new InMemoryReplayStore()));
    }

    /** Verified when a classifier is given, otherwise the kind the code claims, marked unverified. */
    static Classification classify(String text, Optional<CodeClassifier> classifier) {
        return classifier.map(c -> c.classify(text)).orElseGet(() -> CodeClassifier.kindOnly(text));
    }

    private JwkSet keySet(Path file, String option) {
        try {
            return JwkSet.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), option + ": cannot read " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        } catch (KeySetException e) {
            throw new ParameterException(spec.commandLine(), option + ": " + file + " is not a usable key set: "
                    + e.getMessage());
        }
    }
}
