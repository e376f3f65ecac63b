package fr.vigie.web;

import fr.vigie.export.Keys;
import fr.vigie.identity.AuthenticatedUser;
import fr.vigie.job.VigieSettings;
import fr.vigie.store.AuditLog;
import fr.vigie.store.ExportRecord;
import fr.vigie.store.ExportRepository;
import fr.vigie.store.ExportStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partner's page: only the packages released to its own partner id (taken from the account, never from
 * the URL), their files, and the authority's public key. A package of another partner, one not released,
 * or a file name that is not one of the package's is "not found", whatever the URL says.
 */
@Controller
class PartnerController {
    private static final String FILE = "/partner/exports/{dataset:" + ExportsController.SEGMENT + "}/{run:"
            + ExportsController.SEGMENT + "}/{file:" + ExportsController.SEGMENT + "}";

    private final ExportRepository exports;
    private final AuditLog audit;
    private final VigieSettings settings;

    PartnerController(ExportRepository exports, AuditLog audit, VigieSettings settings) {
        this.exports = exports;
        this.audit = audit;
        this.settings = settings;
    }

    /** A released package and the names of its files. */
    record Released(ExportRecord export, List<String> files) {
    }

    @GetMapping("/partner")
    String packages(Authentication authentication, Model model) {
        String partner = Users.current(authentication).partner();
        model.addAttribute("packages", exports.list(ExportStatus.RELEASED).stream()
                .filter(e -> e.partner().equals(partner) && e.outboxPath() != null)
                .map(e -> new Released(e, files(Path.of(e.outboxPath())))).toList());
        return "partner";
    }

    @GetMapping(FILE)
    ResponseEntity<Resource> download(@PathVariable String dataset, @PathVariable String run,
            @PathVariable String file, Authentication authentication) {
        AuthenticatedUser user = Users.current(authentication);
        ExportRecord export = released(user.partner(), dataset, run)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Path dir = Path.of(export.outboxPath());
        if (!files(dir).contains(file)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        audit.append(user.name(), "PACKAGE_DOWNLOADED", "export/" + export.exportId(), file);
        return attachment(dir.resolve(file), file);
    }

    @GetMapping("/partner/public-key")
    ResponseEntity<Resource> publicKey() {
        Path key = settings.keyDir().resolve(Keys.PUBLIC_KEY_FILE);
        if (!Files.isRegularFile(key)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return attachment(key, Keys.PUBLIC_KEY_FILE);
    }

    private Optional<ExportRecord> released(String partner, String dataset, String run) {
        return exports.find(ExportRecord.idOf(partner, dataset, run))
                .filter(e -> e.status() == ExportStatus.RELEASED && e.partner().equals(partner)
                        && e.outboxPath() != null);
    }

    /** The regular files directly in a package folder, by name. */
    private static List<String> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity<Resource> attachment(Path file, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(new FileSystemResource(file));
    }
}
