package fr.vigie.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.vigie.config.ConfigNode;
import fr.vigie.model.ConfigException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FootprintTest {
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void energyIsCpuTimesCorePowerPlusMemoryTimesDurationThenGridIntensity() {
        Footprint footprint = Footprint.estimate(3600, 3600, 10, 20, GIB, FootprintFactors.defaults());

        assertThat(footprint.energyWh()).isCloseTo(10.0 + 0.3725, within(1e-9));
        assertThat(footprint.co2eGrams()).isCloseTo((10.3725 / 1000) * 50, within(1e-9));
    }

    @Test
    void pueScalesTheEnergy() {
        FootprintFactors factors = new FootprintFactors(10, 0, 1.5, 100);
        Footprint footprint = Footprint.estimate(360, 400, 0, 0, GIB, factors);

        assertThat(footprint.energyWh()).isCloseTo(1.5, within(1e-9));
        assertThat(footprint.co2eGrams()).isCloseTo(0.15, within(1e-9));
    }

    @Test
    void meterMeasuresCpuWallTimeAndPeakHeapOfRealWork() {
        Footprint.Meter meter = Footprint.start();
        // Burn a known amount of this thread's CPU time, whatever the load of the machine.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        long until = threads.getCurrentThreadCpuTime() + 150_000_000L;
        while (threads.getCurrentThreadCpuTime() < until) {
            sink += Long.numberOfTrailingZeros(sink + System.nanoTime());
        }
        byte[][] blocks = new byte[32][];
        for (int i = 0; i < blocks.length; i++) {
            blocks[i] = new byte[1024 * 1024];
            blocks[i][i] = (byte) sink;
        }
        Footprint footprint = meter.stop(1000, 2000, FootprintFactors.defaults());

        assertThat(blocks[31]).hasSize(1024 * 1024);
        assertThat(footprint.wallSeconds()).isGreaterThanOrEqualTo(0.14);
        assertThat(footprint.cpuSeconds()).isGreaterThanOrEqualTo(0.13); // clock-tick granularity
        assertThat(footprint.peakMemoryBytes()).isGreaterThan(32L * 1024 * 1024);
        assertThat(footprint.bytesRead()).isEqualTo(1000);
        assertThat(footprint.bytesWritten()).isEqualTo(2000);
        assertThat(footprint.energyWh()).isPositive();
        assertThat(footprint.co2eGrams()).isPositive();
    }

    @Test
    void writesTheFootprintSectionWithItsFactors() {
        JsonNode json = ComplianceReport.JSON.valueToTree(Footprint.estimate(1, 2, 3, 4, 5, FootprintFactors.defaults()));

        assertThat(json.path("cpuSeconds").asDouble()).isEqualTo(1.0);
        assertThat(json.path("bytesWritten").asLong()).isEqualTo(4);
        assertThat(json.path("factors").path("gridGramsCo2ePerKWh").asDouble()).isEqualTo(50.0);
        assertThat(json.has("energyWh")).isTrue();
    }

    @Test
    void readsFactorsFromConfigurationKeepingDefaultsForAbsentKeys() {
        ConfigNode node = ConfigNode.parse(Path.of("vigie.yml"), "footprint:\n  wattsPerCore: 15\n  pue: 1.4\n")
                .get("footprint");
        FootprintFactors factors = FootprintFactors.from(node);

        assertThat(factors.wattsPerCore()).isEqualTo(15);
        assertThat(factors.pue()).isEqualTo(1.4);
        assertThat(factors.gridGramsCo2ePerKWh()).isEqualTo(50);
    }

    @Test
    void rejectsUnknownOrOutOfRangeFactorsNamingTheKey() {
        ConfigNode typo = ConfigNode.parse(Path.of("vigie.yml"), "footprint:\n  wattPerCore: 15\n").get("footprint");
        assertThatThrownBy(() -> FootprintFactors.from(typo)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("vigie.yml").hasMessageContaining("footprint.wattPerCore");

        ConfigNode negative = ConfigNode.parse(Path.of("vigie.yml"), "footprint:\n  pue: 0.5\n").get("footprint");
        assertThatThrownBy(() -> FootprintFactors.from(negative)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("footprint.pue");
    }
}
