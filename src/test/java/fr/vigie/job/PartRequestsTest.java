package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.VigieException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class PartRequestsTest {

    @Test
    void aRequestTravelsAsTextAndReadsBackTheSame() {
        String text = PartRequests.write(new PartRequests.Request("ccas-aides-20261205T220550Z",
                new StepExecutionRequest("ingest-part", 42L)));

        assertThat(text).isEqualTo("ccas-aides-20261205T220550Z ingest-part:42");
        PartRequests.Request read = PartRequests.read(text);
        assertThat(read.runId()).isEqualTo("ccas-aides-20261205T220550Z");
        assertThat(read.step().getStepName()).isEqualTo("ingest-part");
        assertThat(read.step().getStepExecutionId()).isEqualTo(42L);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> PartRequests.read("ingest-part:42")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> PartRequests.read("run ingest-part")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> PartRequests.read("run ingest-part:x")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> PartRequests.read(null)).isInstanceOf(VigieException.class);
    }
}
