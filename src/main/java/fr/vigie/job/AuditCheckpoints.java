package fr.vigie.job;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.net.SyslogAppender;
import ch.qos.logback.classic.spi.LoggingEvent;
import fr.vigie.export.Keys;
import fr.vigie.keys.Signing;
import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import fr.vigie.store.AuditCheckpoint;
import fr.vigie.store.AuditEntry;
import fr.vigie.store.AuditLog;
import fr.vigie.store.AuditVerification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signed checkpoints of the audit log. A checkpoint appends its own entry, signs that head (entry,
 * hash, time) with the authority's Ed25519 key, and writes it outside the database: a file in the
 * store, a copy in a second folder when {@code VIGIE_CHECKPOINT_COPY_DIR} is set, and a line to a syslog
 * server when {@code VIGIE_CHECKPOINT_SYSLOG} is. Whoever can write the database can recompute the chain,
 * but not sign: {@link #verify} checks the chain against every checkpoint found and says up to which
 * entry Vigie can vouch for the log.
 */
public class AuditCheckpoints {
    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    /** The actor of checkpoint entries. */
    static final String ACTOR = "vigie-audit";
    /** What the syslog line starts with; the rest of the line is the content of a checkpoint file. */
    public static final String SYSLOG_PREFIX = "vigie-audit-checkpoint ";

    private final AuditLog audit;
    private final VigieSettings settings;

    /** The audit entries whose subject starts with {@code subjectPrefix} (all when null), oldest first. */
    public List<AuditEntry> entries(String subjectPrefix) {
        return audit.entries(subjectPrefix);
    }

    public AuditCheckpoints(AuditLog audit, VigieSettings settings) {
        this.audit = audit;
        this.settings = settings;
    }

    /** A checkpoint written: the entry signed and where the signed head went. */
    public record Written(AuditEntry entry, List<Path> files, String syslog) {
    }

    /** Signs the head of the log now and writes it to every place configured. */
    public Written write() {
        var signer = Signing.signer(settings.keyDir(), audit, RunContext.PIPELINE);
        AuditEntry head = audit.append(ACTOR, AuditLog.CHECKPOINT_ACTION, "audit/checkpoint",
                "head signed with the authority's key (Ed25519, key sha256 " + signer.publicKeySha256() + ")");
        SignedCheckpoint checkpoint = SignedCheckpoint.sign(head, signer);
        List<Path> files = new ArrayList<>();
        for (Path folder : folders()) {
            files.add(writeFile(folder, checkpoint));
        }
        if (settings.checkpointSyslog() != null) {
            sendToSyslog(settings.checkpointSyslog(), SYSLOG_PREFIX + checkpoint.toJson());
        }
        return new Written(head, files, settings.checkpointSyslog());
    }

    /**
     * A checkpoint after a run or a decision. Its failure is logged, never fatal: what it follows has
     * happened and is recorded; the next checkpoint covers it.
     */
    public void writeAfter(String what) {
        try {
            Written written = write();
            LOG.info("Audit log signed up to entry {} after {} ({})", written.entry().seq(), what, written.files());
        } catch (VigieException e) {
            LOG.error("No audit checkpoint after {}: {}", what, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("No audit checkpoint after {}: {}", what, StoreOutage.isCause(e) ? StoreOutage.describe(e)
                    : e.getClass().getName());
            LOG.debug("Audit checkpoint failure", e);
        }
    }

    /** The folders checkpoints are written to: the store's, then the second copy if configured. */
    public List<Path> folders() {
        List<Path> folders = new ArrayList<>(List.of(settings.store().auditCheckpoints()));
        if (settings.checkpointCopyDir() != null) {
            folders.add(settings.checkpointCopyDir());
        }
        return folders;
    }

    /** The authority's public key from the key folder, to check checkpoints with. */
    public PublicKey publicKey() {
        Path file = settings.keyDir().resolve(Keys.PUBLIC_KEY_FILE);
        if (!Files.exists(file)) {
            throw new VigieException(ExitCode.BAD_CONFIGURATION, "no public key to check the checkpoints with in "
                    + file + ": use --public-key FILE");
        }
        return Keys.readPublicKey(file);
    }

    /**
     * Checks the chain against every checkpoint found in {@link #folders()} and {@code moreFolders}: a
     * checkpoint whose signature does not verify is reported and ignored; none at all means Vigie cannot
     * vouch for any entry.
     */
    public AuditVerification verify(PublicKey key, List<Path> moreFolders) {
        List<Path> searched = new ArrayList<>(folders());
        searched.addAll(moreFolders);
        List<AuditCheckpoint> signed = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : searched) {
            for (Path file : checkpointFiles(folder, problems)) {
                read(file, key, problems, signed);
            }
        }
        AuditVerification result = audit.verify(signed);
        if (signed.isEmpty() && result.entries() > 0) {
            problems.add("no signed checkpoint found in " + searched + ": Vigie cannot vouch for any of the "
                    + result.entries() + " entries (a chain that only agrees with itself can be recomputed by whoever"
                    + " can write the database). If the checkpoint files were deleted, restore them from the second"
                    + " copy; if this store predates checkpoints, sign its head with: vigie audit checkpoint");
        }
        return result.withProblems(problems);
    }

    private static void read(Path file, PublicKey key, List<String> problems, List<AuditCheckpoint> signed) {
        try {
            SignedCheckpoint checkpoint = SignedCheckpoint.parse(Files.readString(file));
            if (checkpoint.verifies(key)) {
                signed.add(checkpoint.checkpoint(file.toString()));
            } else {
                problems.add("checkpoint file " + file + ": its signature does not verify with the authority's key"
                        + " (forged or altered); it is ignored");
            }
        } catch (IllegalArgumentException | IOException e) {
            problems.add("checkpoint file " + file + ": not a readable checkpoint (" + e.getMessage()
                    + "); it is ignored");
        }
    }

    private static List<Path> checkpointFiles(Path folder, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().matches("checkpoint-\\d+\\.json")).sorted().toList();
        } catch (IOException e) {
            problems.add("checkpoint folder " + folder + " cannot be read (" + e.getClass().getSimpleName() + ")");
            return List.of();
        }
    }

    private static Path writeFile(Path folder, SignedCheckpoint checkpoint) {
        Path file = folder.resolve(checkpoint.fileName());
        try {
            Files.createDirectories(folder);
            Path temp = Files.createTempFile(folder, ".checkpoint-", ".tmp");
            Files.writeString(temp, checkpoint.toJson() + "\n");
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new VigieException(ExitCode.FAILED, "the audit log was signed up to entry " + checkpoint.seq()
                    + " but the checkpoint could not be written to " + folder + " (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + ")", e);
        }
    }

    /** One line to a syslog server (UDP, facility AUTH), through logback's syslog appender. */
    private static void sendToSyslog(String target, String line) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            throw new VigieException(ExitCode.FAILED, "VIGIE_CHECKPOINT_SYSLOG needs logback, which is not in use");
        }
        int colon = target.lastIndexOf(':');
        SyslogAppender appender = new SyslogAppender();
        appender.setContext(context);
        appender.setSyslogHost(colon < 0 ? target : target.substring(0, colon));
        appender.setPort(colon < 0 ? 514 : Integer.parseInt(target.substring(colon + 1)));
        appender.setFacility("AUTH");
        appender.setSuffixPattern("vigie: %msg");
        appender.start();
        try {
            appender.doAppend(new LoggingEvent(AuditCheckpoints.class.getName(),
                    context.getLogger(AuditCheckpoints.class), Level.INFO, line, null, null));
        } finally {
            appender.stop();
        }
    }
}
