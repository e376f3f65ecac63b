package fr.vigie.job;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The files a job's {@code source.path} names, found when that job runs, never when job files are
 * loaded: a glob that cannot be expanded fails its own job, not every job. A glob may be relative to the
 * project or absolute; the walk starts at its longest folder without wildcards, goes no deeper than the
 * glob can match (any depth only with {@code **}), does not follow links to folders, and stops after
 * {@code source.maxFilesWalked} entries. Every failure names the job file and the key.
 */
final class SourceFiles {
    private static final String KEY = "source.path";

    private SourceFiles() {
    }

    /** The matching files, sorted; empty when none matches (the caller says so). */
    static List<Path> resolve(JobDefinition job, Path projectDir) {
        JobDefinition.Source source = job.source();
        String pattern = source.pattern();
        Path full = projectDir.resolve(pattern).normalize();
        if (!isGlob(pattern)) {
            return Files.isRegularFile(full) ? List.of(full) : List.of();
        }
        Path base = full.getRoot();
        int fixed = 0;
        while (fixed < full.getNameCount() - 1 && !isGlob(full.getName(fixed).toString())) {
            base = base.resolve(full.getName(fixed++).toString());
        }
        String rest = full.subpath(fixed, full.getNameCount()).toString();
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        int depth = rest.contains("**") ? Integer.MAX_VALUE : full.getNameCount() - fixed;
        Walk walk = new Walk(job, base, FileSystems.getDefault().getPathMatcher("glob:" + rest), source.maxFilesWalked());
        try {
            Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), depth, walk);
        } catch (IOException e) {
            throw walk.unreadable(base, e);
        }
        return walk.matches.stream().sorted().toList();
    }

    static boolean isGlob(String text) {
        return text.contains("*") || text.contains("?") || text.contains("[") || text.contains("{");
    }

    /** Collects the matches, counts what it walks, and turns an unreadable entry into the job's error. */
    private static final class Walk extends SimpleFileVisitor<Path> {
        private final JobDefinition job;
        private final Path base;
        private final PathMatcher matcher;
        private final int limit;
        private final List<Path> matches = new ArrayList<>();
        private long walked;

        Walk(JobDefinition job, Path base, PathMatcher matcher, int limit) {
            this.job = job;
            this.base = base;
            this.matcher = matcher;
            this.limit = limit;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            count();
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            count();
            if (matcher.matches(base.relativize(file)) && Files.isRegularFile(file)) {
                matches.add(file);
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            // A folder left unread may hold matching files: taking the others would ingest a partial drop.
            throw unreadable(file, e);
        }

        private void count() {
            if (++walked > limit) {
                throw new ConfigException(job.file(), KEY, "the glob '" + job.source().pattern() + "' walked more than "
                        + limit + " files and folders under " + base + " without finishing; narrow it, or raise"
                        + " source.maxFilesWalked");
            }
        }

        ConfigException unreadable(Path entry, IOException e) {
            String why = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof FileSystemLoopException ? "a folder loop"
                    : e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            return new ConfigException(job.file(), KEY, "cannot read " + shortened(entry) + " while expanding '"
                    + job.source().pattern() + "' (" + why + "); the job does not run on part of its files");
        }

        /** The entry under the glob's base, cut in the middle when long (a path can run to thousands of characters). */
        private String shortened(Path entry) {
            String text = entry.startsWith(base) && !entry.equals(base) ? base + "/" + base.relativize(entry)
                    : entry.toString();
            return text.length() <= 160 ? text : text.substring(0, 100) + "…" + text.substring(text.length() - 50);
        }
    }
}
