package fr.vigie.review;

import fr.vigie.export.Keys;
import fr.vigie.export.PackageVerifier;
import fr.vigie.export.ReleaseStatement;
import fr.vigie.export.Signer;
import fr.vigie.export.Verification;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.job.AuditCheckpoints;
import fr.vigie.job.VigieSettings;
import fr.vigie.keys.Signing;
import fr.vigie.model.ExitCode;
import fr.vigie.report.ComplianceReport;
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
import java.util.stream.Collectors;
import org.springframework.util.FileSystemUtils;

/**
 * The DPO's review of export packages. Only a user who may decide (the DPO) approves or rejects. An
 * approval is recorded in the database before the package appears in the partner's outbox, with the
 * authority's signed release statement naming the user; only the package exported (same manifest,
 * still verifying) can be approved; a rejection records why. Every decision, and every refused
 * approval, goes to the audit log.
 */
public class Reviews {
    private final ExportRepository exports;
    private final AuditLog audit;
    private final VigieSettings settings;
    private final AuditCheckpoints checkpoints;

    /** The export packages, newest first, with the given status (all when null), for {@code vigie exports}. */
    public java.util.List<ExportRecord> exports(ExportStatus status) {
        return exports.list(status);
    }

    public Reviews(ExportRepository exports, AuditLog audit, VigieSettings settings, AuditCheckpoints checkpoints) {
        this.exports = exports;
        this.audit = audit;
        this.settings = settings;
        this.checkpoints = checkpoints;
    }

    /**
     * Approves a pending package and releases it to the partner's outbox; returns the outbox folder. The
     * package released is the one exported: the copy about to be released must verify, name the export's
     * partner, dataset and run, and carry the very manifest recorded at export time. Every refusal is
     * written to the audit log with its reason. A report that is not GREEN needs a comment.
     */
    public Path approve(String exportId, AuthenticatedUser user, String comment) {
        String reviewer = user.name();
        if (!user.may(Permission.DECIDE_EXPORTS)) {
            throw refused(exportId, reviewer, ExitCode.BAD_CONFIGURATION, notADecider(user));
        }
        ExportRecord export = pending(exportId, reviewer);
        String missingComment = missingComment(export, comment);
        if (missingComment != null) {
            throw refused(exportId, reviewer, ExitCode.BAD_CONFIGURATION, missingComment);
        }
        Path packageDir = Path.of(export.packagePath());
        if (!Files.isDirectory(packageDir)) {
            throw refused(exportId, reviewer, ExitCode.FAILED, "its package folder " + packageDir + " is missing");
        }
        Path outbox = settings.store().outbox(export.partner()).resolve(export.dataset() + "-" + export.runId());
        Path staging = outbox.resolveSibling(".tmp-" + outbox.getFileName());
        // The copy is what gets checked: a package swapped after the check could not slip through.
        copyTree(packageDir, staging);
        String problem = releaseProblem(export, PackageVerifier.verify(staging, Signing.publicKey(settings.keyDir())));
        if (problem != null) {
            deleteTree(staging);
            throw refused(exportId, reviewer, ExitCode.FAILED, problem);
        }
        boolean decided = exports.decide(new Review(exportId, ExportStatus.RELEASED, reviewer, comment, Instant.now()),
                outbox.toString());
        if (!decided) {
            deleteTree(staging);
            throw refused(exportId, reviewer, ExitCode.BAD_CONFIGURATION, "it was decided meanwhile");
        }
        audit.append(reviewer, "EXPORT_APPROVED", "export/" + exportId, comment);
        signReleaseStatement(export, staging, user, comment);
        try {
            Files.move(staging, outbox, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("approval recorded, but the package could not be moved to " + outbox, e);
        }
        audit.append(reviewer, "EXPORT_RELEASED", "export/" + exportId, "released to " + outbox);
        checkpoints.writeAfter("the release of " + exportId);
        return outbox;
    }

    /** Why the package about to be released is not the one exported, or null when it is. */
    static String releaseProblem(ExportRecord export, Verification copy) {
        if (!copy.ok()) {
            return "it does not verify any more: " + copy.problems().stream().map(Object::toString)
                    .collect(Collectors.joining("; "));
        }
        Verification.Identity found = copy.identity();
        if (!export.partner().equals(found.partner())) {
            return "its manifest is for partner " + found.partner() + ", not " + export.partner() + SWAPPED;
        }
        if (!export.dataset().equals(found.dataset())) {
            return "its manifest is of dataset " + found.dataset() + ", not " + export.dataset() + SWAPPED;
        }
        if (!export.runId().equals(found.runId())) {
            return "its manifest is of run " + found.runId() + ", not " + export.runId() + SWAPPED;
        }
        if (!export.manifestSha256().equals(copy.manifestSha256())) {
            return "its manifest is not the one recorded at export time (sha256 " + export.manifestSha256()
                    + " recorded, " + copy.manifestSha256() + " found)" + SWAPPED;
        }
        return null;
    }

    private static final String SWAPPED = ": another package was put in its place";

    /** Rejects a pending package; the reason is mandatory, and only a user who may decide (the DPO) rejects. */
    public void reject(String exportId, AuthenticatedUser user, String reason) {
        if (!user.may(Permission.DECIDE_EXPORTS)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, notADecider(user));
        }
        String reviewer = user.name();
        if (reason == null || reason.isBlank()) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "a rejection needs a reason (--reason)");
        }
        ExportRecord export = exports.find(exportId).orElseThrow(() -> new VigieException(
                ExitCode.BAD_CONFIGURATION, "no export " + exportId + " (see vigie exports)"));
        if (export.status() != ExportStatus.PENDING_REVIEW
                || !exports.decide(new Review(exportId, ExportStatus.REJECTED, reviewer, reason, Instant.now()), null)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "export " + exportId + " is already "
                    + exports.find(exportId).map(ExportRecord::status).orElse(export.status()));
        }
        audit.append(reviewer, "EXPORT_REJECTED", "export/" + exportId, reason);
        checkpoints.writeAfter("the rejection of " + exportId);
    }

    private static String notADecider(AuthenticatedUser user) {
        return user.label() + " may not decide on exports: only a DPO approves or rejects";
    }

    /**
     * Why an approval without a comment cannot go, or null: an AMBER or RED report (or one that cannot be
     * read: fail closed) needs the DPO to say why the package may go.
     */
    private String missingComment(ExportRecord export, String comment) {
        if (comment != null && !comment.isBlank()) {
            return null;
        }
        Path report = settings.store().reports(export.runId()).resolve("report.json");
        String light = "unreadable";
        try {
            light = ComplianceReport.read(report).light().name();
        } catch (RuntimeException e) {
            // fail closed: treated as a report that needs a comment
        }
        return "GREEN".equals(light) ? null : "the report of run " + export.runId() + " is " + light
                + ": an approval needs a comment (--comment) saying why the package may go";
    }

    /** The signed statement of this approval, in the released copy of the package (apart from its manifest). */
    private void signReleaseStatement(ExportRecord export, Path packageDir, AuthenticatedUser user, String comment) {
        Signer signer = Keys.loadOrCreate(settings.keyDir()).signer();
        new ReleaseStatement(export.exportId(), export.partner(), export.dataset(), export.runId(),
                ReleaseStatement.manifestSha256(packageDir), user.name(), user.role().name(),
                user.method().name(), Instant.now().toString(), comment, signer.publicKeySha256())
                .writeSigned(packageDir, signer);
    }

    /** The export, if it waits for review; otherwise the approval is refused (and audited). */
    private ExportRecord pending(String exportId, String reviewer) {
        ExportRecord export = exports.find(exportId).orElseThrow(() -> refused(exportId, reviewer,
                ExitCode.BAD_CONFIGURATION, "no export " + exportId + " (see vigie exports)"));
        if (export.status() != ExportStatus.PENDING_REVIEW) {
            throw refused(exportId, reviewer, ExitCode.BAD_CONFIGURATION, "it is already " + export.status());
        }
        return export;
    }

    /** Records a refused approval in the audit log and returns the error to throw. */
    private VigieException refused(String exportId, String reviewer, int exitCode, String reason) {
        audit.append(reviewer, "EXPORT_APPROVAL_REFUSED", "export/" + exportId, reason);
        return new VigieException(exitCode, "export " + exportId + " cannot be approved: " + reason);
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
