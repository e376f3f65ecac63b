package fr.vigie.cli;

import fr.vigie.testing.TestDatabases;

/**
 * The end-to-end run against a real PostgreSQL server (embedded, or {@code VIGIE_TEST_PG_URL}), through
 * the path users take in production: {@code VIGIE_DB_URL}, {@code VIGIE_DB_USER}, {@code VIGIE_DB_PASSWORD}.
 */
class PipelineOnPostgresTest extends PipelineEndToEndTest {

    @Override
    void database() {
        TestDatabases.Pg pg = TestDatabases.freshPostgres();
        System.setProperty("VIGIE_DB_URL", pg.url());
        System.setProperty("VIGIE_DB_USER", pg.user());
        System.setProperty("VIGIE_DB_PASSWORD", pg.password());
    }
}
