package fr.vigie.job;

import fr.vigie.export.PackageVerifier;
import fr.vigie.export.Verification;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import fr.vigie.store.Review;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import org.springframework.util.FileSystemUtils;

/**
 * The DPO's review of export packages. An approval is recorded in the database before the package
 * appears in the partner's outbox, and only a package whose signature and checksums still verify can
 * be approved; a rejection records why. Every decision goes to the audit log.
 */
public class Reviews {
    private final ExportRepository exports;
    private final AuditLog audit;
    private final VigieSettings settings;

    public Reviews(ExportRepository exports, AuditLog audit, VigieSettings settings) {
        this.exports = exports;
        this.audit = audit;
        this.settings = settings;
    }

    /** Approves a pending package and releases it to the partner's outbox; returns the outbox folder. */
    public Path approve(String exportId, String reviewer, String comment) {
        ExportRecord export = pending(exportId);
        Path packageDir = Path.of(export.packagePath());
        Verification verification = PackageVerifier.verify(packageDir, Signing.publicKey(settings));
        if (!verification.ok()) {
            throw new VigieException(ExitCode.FAILED, "export " + exportId + " does not verify any more, it cannot"
                    + " be approved: " + verification.problems().stream().map(Object::toString).collect(java.util.stream.Collectors.joining("; ")));
        }
        Path outbox = settings.store().outbox(export.partner()).resolve(export.dataset() + "-" + export.runId());
        Path staging = outbox.resolveSibling(".tmp-" + outbox.getFileName());
        copyTree(packageDir, staging);
        boolean decided = exports.decide(new Review(exportId, ExportStatus.RELEASED, reviewer, comment, Instant.now()),
                outbox.toString());
        if (!decided) {
            deleteTree(staging);
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "export " + exportId + " was decided meanwhile");
        }
        audit.append(reviewer, "EXPORT_APPROVED", "export/" + exportId, comment);
        try {
            Files.move(staging, outbox, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("approval recorded, but the package could not be moved to " + outbox, e);
        }
        audit.append(reviewer, "EXPORT_RELEASED", "export/" + exportId, "released to " + outbox);
        return outbox;
    }

    /** Rejects a pending package; the reason is mandatory. */
    public void reject(String exportId, String reviewer, String reason) {
        pending(exportId);
        if (reason == null || reason.isBlank()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "a rejection needs a reason (--reason)");
        }
        if (!exports.decide(new Review(exportId, ExportStatus.REJECTED, reviewer, reason, Instant.now()), null)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "export " + exportId + " was decided meanwhile");
        }
        audit.append(reviewer, "EXPORT_REJECTED", "export/" + exportId, reason);
    }

    private ExportRecord pending(String exportId) {
        ExportRecord export = exports.find(exportId).orElseThrow(() -> new VigieException(
                ExitCode.BAD_CONFIGURATION, "no export " + exportId + " (see vigie exports)"));
        if (export.status() != ExportStatus.PENDING_REVIEW) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "export " + exportId + " is already "
                    + export.status());
        }
        return export;
    }

    private static void copyTree(Path from, Path to) {
        try {
            FileSystemUtils.deleteRecursively(to);
            FileSystemUtils.copyRecursively(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    private static void deleteTree(Path dir) {
        try {
            FileSystemUtils.deleteRecursively(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
