package fr.vigie.job;

import fr.vigie.export.Keys;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.ReleaseStatement;
import fr.vigie.export.Signer;
import fr.vigie.export.Verification;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.model.ExitCode;
import fr.vigie.model.Permission;
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

    /**
     * Approves a pending package and releases it to the partner's outbox, with the authority's signed
     * release statement naming the user; returns the outbox folder. Only a user who may decide (the DPO)
     * approves, and a report that is not GREEN needs a comment.
     */
    public Path approve(String exportId, AuthenticatedUser user, String comment) {
        String reviewer = decider(user);
        ExportRecord export = pending(exportId);
        requireCommentUnlessGreen(export, comment);
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
        signReleaseStatement(export, staging, user, comment);
        try {
            Files.move(staging, outbox, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("approval recorded, but the package could not be moved to " + outbox, e);
        }
        audit.append(reviewer, "EXPORT_RELEASED", "export/" + exportId, "released to " + outbox);
        return outbox;
    }

    /** Rejects a pending package; the reason is mandatory, and only a user who may decide (the DPO) rejects. */
    public void reject(String exportId, AuthenticatedUser user, String reason) {
        String reviewer = decider(user);
        pending(exportId);
        if (reason == null || reason.isBlank()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "a rejection needs a reason (--reason)");
        }
        if (!exports.decide(new Review(exportId, ExportStatus.REJECTED, reviewer, reason, Instant.now()), null)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "export " + exportId + " was decided meanwhile");
        }
        audit.append(reviewer, "EXPORT_REJECTED", "export/" + exportId, reason);
    }

    private static String decider(AuthenticatedUser user) {
        if (!user.may(Permission.DECIDE_EXPORTS)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, user.label() + " may not decide on exports:"
                    + " only a DPO approves or rejects");
        }
        return user.name();
    }

    /** An AMBER or RED report (or one that cannot be read: fail closed) needs the DPO to say why it goes. */
    private void requireCommentUnlessGreen(ExportRecord export, String comment) {
        Path report = settings.store().reports(export.runId()).resolve("report.json");
        String light = "unreadable";
        try {
            light = RunWorkspace.JSON.readTree(report.toFile()).path("summary").path("status").asString("unreadable");
        } catch (RuntimeException e) {
            // fail closed: treated as a report that needs a comment
        }
        if (!"GREEN".equals(light) && (comment == null || comment.isBlank())) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "the report of run " + export.runId() + " is "
                    + light + ": an approval needs a comment (--comment) saying why the package may go");
        }
    }

    /** The signed statement of this approval, in the released copy of the package (apart from its manifest). */
    private void signReleaseStatement(ExportRecord export, Path packageDir, AuthenticatedUser user, String comment) {
        Signer signer = Keys.loadOrCreate(settings.keyDir()).signer();
        new ReleaseStatement(export.exportId(), export.partner(), export.dataset(), export.runId(),
                ReleaseStatement.manifestSha256(packageDir), user.name(), user.role().name(),
                user.method().name(), Instant.now().toString(), comment, signer.publicKeySha256())
                .writeSigned(packageDir, signer);
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
