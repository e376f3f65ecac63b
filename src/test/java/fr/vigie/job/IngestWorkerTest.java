package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequest;

/** A worker runs a request only for a partition of that run, in its store, that is waiting to start. */
class IngestWorkerTest {
    private static final String RUN = "ccas-aides-20261205T220550Z";

    private static StepExecution partition(String run, String name, BatchStatus status) {
        JobExecution job = new JobExecution(1L, new JobInstance(1L, "ccas-aides"),
                new JobParametersBuilder().addString(Pipeline.RUN_PARAMETER, run).toJobParameters());
        StepExecution step = new StepExecution(7L, name, job);
        step.setStatus(status);
        return step;
    }

    private static PartRequests.Request request(String run) {
        return new PartRequests.Request(run, new StepExecutionRequest(PartitionedIngest.PART_STEP, 7L));
    }

    @Test
    void aWaitingPartitionOfTheRunIsRun() {
        assertThat(IngestWorker.refusal(request(RUN), partition(RUN, "ingest-part:part-0001", BatchStatus.STARTING)))
                .isNull();
    }

    @Test
    void aPartitionAlreadyRunOrEndedIsNotRunAgain() {
        assertThat(IngestWorker.refusal(request(RUN), partition(RUN, "ingest-part:part-0001", BatchStatus.STARTED)))
                .isEqualTo("it is STARTED");
        assertThat(IngestWorker.refusal(request(RUN), partition(RUN, "ingest-part:part-0001", BatchStatus.FAILED)))
                .isEqualTo("it is FAILED");
    }

    @Test
    void aStepExecutionOfAnotherRunOrStepIsNotRun() {
        assertThat(IngestWorker.refusal(request("other-run"), partition(RUN, "ingest-part:part-0001",
                BatchStatus.STARTING))).contains("not that run's partition");
        assertThat(IngestWorker.refusal(request(RUN), partition(RUN, "export", BatchStatus.STARTING)))
                .contains("not that run's partition");
        assertThat(IngestWorker.refusal(request(RUN), null)).isEqualTo("no such step execution in this store");
    }
}
