package fr.vigie.classify;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of normalised terms (first names, nationalities, communes, medical words...), read from a
 * text file (one term a line, '#' comments) or from one column of a CSV file with a header.
 */
final class Dictionary {
    private final String name;
    private final Set<String> terms;
    private final int maxWords;

    private Dictionary(String name, Set<String> terms) {
        this.name = name;
        this.terms = Set.copyOf(terms);
        this.maxWords = terms.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
    }

    static Dictionary of(String name, List<String> terms) {
        Set<String> normal = new HashSet<>();
        for (String term : terms) {
            // Terms are compared word for word without stop words, like values.
            String t = String.join(" ", Text.valueWords(Text.normalize(term)));
            if (!t.isEmpty()) {
                normal.add(t);
            }
        }
        return new Dictionary(name, normal);
    }

    /** Reads {@code file}; {@code column} names the CSV column to take (null for a plain list). */
    static Dictionary load(String name, Path file, String column, ConfigNodeRef where) {
        try {
            if (column == null) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
                return of(name, lines);
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
                return of(name, values);
            }
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

    int size() {
        return terms.size();
    }

    /** The value's words (from {@link Text#valueWords}), all together, are a term. */
    boolean matchesExact(String[] words) {
        return terms.contains(words.length == 1 ? words[0] : String.join(" ", words));
    }

    /** One of the value's words is a term. */
    boolean matchesToken(String[] words) {
        for (String word : words) {
            if (terms.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** How many term occurrences the words of a normalised text hold (stops at the first when {@code any}). */
    int countPhrases(String[] words, boolean any) {
        int count = 0;
        for (int i = 0; i < words.length; i++) {
            StringBuilder phrase = new StringBuilder();
            for (int len = 1; len <= maxWords && i + len <= words.length; len++) {
                if (len > 1) {
                    phrase.append(' ');
                }
                phrase.append(words[i + len - 1]);
                if (terms.contains(phrase.toString())) {
                    count++;
                    if (any) {
                        return count;
                    }
                    break;
                }
            }
        }
        return count;
    }

    /** Where a dictionary is declared, for error messages. */
    record ConfigNodeRef(Path file, String key) {
    }
}
