package fr.vigie.sample;

import java.util.SplittableRandom;

/** Makes the rows of one dataset, one at a time, drawing every random choice from {@code random}. */
interface RowGenerator {

    /**
     * The row at position {@code index} (0-based). Called in index order with the same
     * {@code random}, so the sequence of rows depends only on the seed.
     */
    String[] next(SplittableRandom random, long index);
}
