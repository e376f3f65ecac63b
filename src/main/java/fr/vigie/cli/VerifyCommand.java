package fr.vigie.cli;

import fr.vigie.export.Keys;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.Verification;
import fr.vigie.model.ExitCode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vigie verify}: what a partner runs on a package it received. Needs no store. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Verify an export package: the manifest's signature and every file's checksum.",
                "Prints what the package guarantees; any tampering fails with exit code 1 and names the file."})
final class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    VigieCommand root;

    @Parameters(paramLabel = "DIR", description = "The package folder (holding datapackage.json).")
    Path dir;

    @Option(names = "--public-key", paramLabel = "FILE",
            description = "The authority's public key (vigie-signing.pub). Default: the one in the key folder.")
    Path publicKey;

    @Override
    public Integer call() {
        PublicKey key = publicKey != null ? Keys.readPublicKey(publicKey) : defaultKey();
        Verification verification = PackageVerifier.verify(dir, key);
        verification.describe().forEach(System.out::println);
        return verification.ok() ? ExitCode.OK : ExitCode.FAILED;
    }

    private PublicKey defaultKey() {
        Path file = root.settings().keyDir().resolve(Keys.PUBLIC_KEY_FILE);
        if (!Files.exists(file)) {
            throw new fr.vigie.model.VigieException(ExitCode.BAD_CONFIGURATION,
                    "no public key given and none in " + file + ": use --public-key FILE");
        }
        return Keys.readPublicKey(file);
    }
}
