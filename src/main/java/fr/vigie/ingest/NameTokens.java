package fr.vigie.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The column names of a table, and their pieces between separators, as 64-bit hashes: the profiler
 * finds in one probe whether a value of the data equals one of them, so that a misread header (a
 * person's record taken for column names) can be caught before any name leaves. Pieces shorter than
 * two characters are left out (they would match too much to mean anything).
 */
final class NameTokens {
    private static final Pattern PIECES = Pattern.compile("[;,|\\t]");
    private final long[] hashes;
    private final int[] columns;
    private final int mask;

    private NameTokens(long[] hashes, int[] columns) {
        this.hashes = hashes;
        this.columns = columns;
        this.mask = hashes.length - 1;
    }

    /** The tokens of these names: each whole name, and each piece of it between {@code ; , | TAB}, unquoted. */
    static NameTokens of(List<String> names) {
        int size = Integer.highestOneBit(Math.max(8, names.size() * 8) - 1) * 4;
        NameTokens tokens = new NameTokens(new long[size], new int[size]);
        for (int column = 0; column < names.size(); column++) {
            String name = names.get(column);
            tokens.add(name.strip(), column);
            for (String piece : PIECES.split(name)) {
                tokens.add(unquoted(piece.strip()), column);
            }
        }
        return tokens;
    }

    private static String unquoted(String piece) {
        if (piece.length() >= 2 && (piece.charAt(0) == '"' || piece.charAt(0) == '\'')
                && piece.charAt(piece.length() - 1) == piece.charAt(0)) {
            return piece.substring(1, piece.length() - 1).strip();
        }
        return piece;
    }

    private void add(String token, int column) {
        long hash = ColumnStats.hash(token);
        if (token.length() < 2 || hash == 0 || column(hash) >= 0) {
            return;
        }
        int slot = slot(hash);
        while (hashes[slot] != 0) {
            slot = (slot + 1) & mask;
        }
        hashes[slot] = hash;
        columns[slot] = column;
    }

    /** The 0-based column whose name (or a piece of it) has this hash, or -1. */
    int column(long hash) {
        int slot = slot(hash);
        while (hashes[slot] != 0) {
            if (hashes[slot] == hash) {
                return columns[slot];
            }
            slot = (slot + 1) & mask;
        }
        return -1;
    }

    private int slot(long hash) {
        return ColumnStats.mix((int) (hash ^ (hash >>> 32))) & mask;
    }
}
