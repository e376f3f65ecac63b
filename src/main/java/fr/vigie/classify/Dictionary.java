package fr.vigie.classify;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of normalised terms (first names, nationalities, communes, medical words...), read from a
 * text file (one term a line, '#' comments) or from one column of a CSV file with a header.
 * <p>A one-word term may be a stem, so that one line covers the inflections and compounds of other
 * languages: {@code diabet*} (a prefix: diabetes, diabete, diabetico, Diabetiker) or {@code *krankheit}
 * (a suffix: Herzkrankheit, Zuckerkrankheit). A stem is at least {@link #MIN_STEM} letters long.
 */
final class Dictionary {
    /** The shortest stem: shorter ones would match unrelated words. */
    static final int MIN_STEM = 4;

    private final String name;
    private final String source;
    private final Set<String> terms;
    /** The lines as written (a name rule reads them as name patterns, see {@link #entries()}). */
    private final List<String> entries;
    /** Stems of one word: a word starting with one of {@code prefixes} or ending with one of {@code suffixes} matches. */
    private final Set<String> prefixes;
    private final Set<String> suffixes;
    /** The distinct lengths of the stems, so that a word is looked up once per length. */
    private final int[] prefixLengths;
    private final int[] suffixLengths;
    /** First words of the terms of several words: longer phrases are only built from these. */
    private final Set<String> phraseStarts;
    private final int maxWords;

    private Dictionary(String name, String source, List<String> entries, Set<String> terms, Set<String> prefixes,
            Set<String> suffixes) {
        this.name = name;
        this.source = source;
        this.entries = List.copyOf(entries);
        this.terms = new HashSet<>(terms);
        this.prefixes = new HashSet<>(prefixes);
        this.suffixes = new HashSet<>(suffixes);
        this.prefixLengths = prefixes.stream().mapToInt(String::length).distinct().sorted().toArray();
        this.suffixLengths = suffixes.stream().mapToInt(String::length).distinct().sorted().toArray();
        this.phraseStarts = new HashSet<>();
        for (String term : terms) {
            int space = term.indexOf(' ');
            if (space > 0) {
                phraseStarts.add(term.substring(0, space));
            }
        }
        this.maxWords = terms.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    static Dictionary of(String name, List<String> terms) {
        return of(name, null, terms);
    }

    /**
     * A dictionary of {@code terms}; a term ending or starting with '*' is a stem of one word.
     *
     * @throws IllegalArgumentException for a stem of several words or shorter than {@link #MIN_STEM} letters
     */
    static Dictionary of(String name, String source, List<String> terms) {
        Set<String> normal = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        List<String> entries = new ArrayList<>();
        for (String term : terms) {
            String raw = term.strip();
            if (!raw.isEmpty()) {
                entries.add(raw);
            }
            if (!Text.fullyRead(raw)) {
                // Letters not read yet would leave a shorter, broader term ("əlil" would be "lil"): kept as written
                // among the entries, matched once they are read.
                continue;
            }
            boolean prefix = raw.endsWith("*");
            boolean suffix = !prefix && raw.startsWith("*");
            // Terms are compared word for word without stop words, like values.
            String t = String.join(" ", Text.valueWords(Text.normalize(raw)));
            if (t.isEmpty()) {
                continue;
            }
            if (prefix || suffix) {
                if (t.indexOf(' ') >= 0 || t.length() < MIN_STEM) {
                    throw new IllegalArgumentException("stem '" + raw + "' must be one word of at least " + MIN_STEM + " letters");
                }
                (prefix ? prefixes : suffixes).add(t);
            } else {
                normal.add(t);
            }
        }
        return new Dictionary(name, source, entries, normal, prefixes, suffixes);
    }

    /** The terms of several dictionaries as one (a rule naming a list of dictionaries). */
    static Dictionary union(List<Dictionary> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        Set<String> terms = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        Set<String> suffixes = new HashSet<>();
        List<String> entries = new ArrayList<>();
        for (Dictionary d : parts) {
            entries.addAll(d.entries);
            terms.addAll(d.terms);
            prefixes.addAll(d.prefixes);
            suffixes.addAll(d.suffixes);
        }
        return new Dictionary(String.join("+", parts.stream().map(Dictionary::name).toList()),
            String.join("; ", parts.stream().map(Dictionary::source).filter(s -> s != null).distinct().toList()), entries,
            terms, prefixes, suffixes);
    }

    /**
     * Reads {@code file}; {@code column} names the CSV column to take (null for a plain list);
     * {@code source} says where the list comes from (a public nomenclature), for the evidence.
     */
    static Dictionary load(String name, String source, Path file, String column, ConfigNodeRef where) {
        try {
            if (column == null) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                return of(name, source, lines);
            }
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setCommentMarker('#').setIgnoreSurroundingSpaces(true).get();
                var parser = format.parse(reader);
                if (!parser.getHeaderNames().contains(column)) {
                    throw new ConfigException(where.file(), where.key() + ".column",
                        "column '" + column + "' not in " + file.getFileName() + " (has " + parser.getHeaderNames() + ")");
                }
                List<String> values = parser.stream().map((CSVRecord r) -> r.get(column)).toList();
                return of(name, source, values);
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigException(where.file(), where.key() + ".file", file.getFileName() + ": " + e.getMessage());
        } catch (NoSuchFileException e) {
            throw new ConfigException(where.file(), where.key() + ".file", "file not found: " + file);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ConfigException ce) {
                throw ce;
            }
            throw new ConfigException(where.file(), where.key() + ".file", "cannot read " + file + ": " + e.getMessage());
        }
    }

    String name() {
        return name;
    }

    /** Where the list comes from (a public nomenclature), or null. */
    String source() {
        return source;
    }

    /** The terms as written in the file, in its order ("date urodzenia", "nazwisk*"). */
    List<String> entries() {
        return entries;
    }

    int size() {
        return terms.size() + prefixes.size() + suffixes.size();
    }

    /** The value's words (from {@link Text#valueWords}) joined by spaces are a term, or the value is one word of a stem. */
    boolean matchesExact(String joinedWords) {
        return terms.contains(joinedWords) || joinedWords.indexOf(' ') < 0 && stemmed(joinedWords);
    }

    /** One of the value's words is a term, or has one of the stems. */
    boolean matchesToken(String[] words) {
        for (String word : words) {
            if (terms.contains(word) || stemmed(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word starts with a prefix stem or ends with a suffix stem. */
    private boolean stemmed(String word) {
        int length = word.length();
        for (int l : prefixLengths) {
            if (l > length) {
                break;
            }
            if (prefixes.contains(word.substring(0, l))) {
                return true;
            }
        }
        for (int l : suffixLengths) {
            if (l > length) {
                break;
            }
            if (suffixes.contains(word.substring(length - l))) {
                return true;
            }
        }
        return false;
    }

    /** How many term occurrences the words of a normalised text hold (stops at the first when {@code any}). */
    int countPhrases(String[] words, boolean any) {
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            int length = terms.contains(words[i]) || stemmed(words[i]) ? 1 : 0;
            if (phraseStarts.contains(words[i])) {
                // The longest term starting here wins, so "diabète de type 2" counts once.
                StringBuilder phrase = new StringBuilder(words[i]);
                for (int len = 2; len <= maxWords && i + len <= words.length; len++) {
                    phrase.append(' ').append(words[i + len - 1]);
                    if (terms.contains(phrase.toString())) {
                        length = len;
                    }
                }
            }
            if (length > 0) {
                count++;
                if (any) {
                    return count;
                }
                i += length - 1;
            }
        }
        return count;
    }

    /** Where a dictionary is declared, for error messages. */
    record ConfigNodeRef(Path file, String key) {
    }
}
