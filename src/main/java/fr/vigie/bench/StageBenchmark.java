package fr.vigie.bench;

/** One benchmark {@code vigie bench} can run: a stage's own benchmark or the end-to-end one. */
@FunctionalInterface
interface StageBenchmark {

    /** Runs the benchmark and returns its figures (it may also print its own lines on stdout). */
    BenchResult run(BenchOptions options) throws Exception;
}
