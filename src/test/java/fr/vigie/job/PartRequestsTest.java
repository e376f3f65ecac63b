package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.VigieException;
import org.junit.jupiter.api.Test;
import org.springframework.batch.integration.partition.StepExecutionRequest;

class PartRequestsTest {

    @Test
    void aRequestTravelsAsTextAndReadsBackTheSame() {
        String text = PartRequests.write(new StepExecutionRequest("ingest-part", 42L));

        assertThat(text).isEqualTo("ingest-part:42");
        StepExecutionRequest read = PartRequests.read(text);
        assertThat(read.getStepName()).isEqualTo("ingest-part");
        assertThat(read.getStepExecutionId()).isEqualTo(42L);
    }

    @Test
    void anythingElseIsRefused() {
        assertThatThrownBy(() -> PartRequests.read("ingest-part")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> PartRequests.read("ingest-part:x")).isInstanceOf(VigieException.class);
        assertThatThrownBy(() -> PartRequests.read(null)).isInstanceOf(VigieException.class);
    }
}
