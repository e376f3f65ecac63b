package fr.vigie.job;

import fr.vigie.model.VigieException;
import fr.vigie.store.PartHeartbeats;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.integration.partition.StepExecutionRequestHandler;
import org.springframework.jms.listener.DefaultMessageListenerContainer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * {@code vigie worker}: takes the ingest's partition requests from the broker, one at a time, and reads
 * each partition into its parts in the run's work area (the same {@link PartitionedIngest.PartStep} the
 * manager's threads run), recording its step execution in the shared job repository, where the manager
 * sees it end.
 *
 * <p>A request is acknowledged when it is taken: if this process dies, its partition is not handed to
 * another worker behind its back (two writers on one part); the run is resumed instead. A request for a
 * step execution that is no longer waiting to start (an earlier, resumed or abandoned run) is dropped.
 *
 * <p>While it reads a partition, the worker beats every {@link WorkerTimeout#HEARTBEAT} in the store
 * ({@link PartHeartbeats}, a table apart from the step execution that Spring Batch updates at each chunk
 * commit): the manager tells a dead worker from one reading a slow chunk by the beats stopping. Each beat
 * carries the rows read so far: the manager tells a stuck worker (it beats, its reading does not move) from
 * one reading on.
 */
public final class IngestWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestWorker.class);
    private static final long RECONNECT_MILLIS = 1_000;
    private static final long RECONNECT_MAX_MILLIS = 10_000;

    private final JobRepository repository;
    private final PartHeartbeats heartbeats;
    /** The rows read of the partition being read: one at a time, so one count. */
    private final AtomicLong rowsRead = new AtomicLong();
    private final ScheduledExecutorService beating = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "vigie-worker-heartbeat");
        thread.setDaemon(true);
        return thread;
    });
    private final StepExecutionRequestHandler handler = new StepExecutionRequestHandler();
    private final DefaultMessageListenerContainer container = new DefaultMessageListenerContainer();

    private IngestWorker(JobRepository repository, PlatformTransactionManager tx, VigieSettings settings,
            PartHeartbeats heartbeats) {
        this.repository = repository;
        this.heartbeats = heartbeats;
        PartitionedIngest.PartStep step = new PartitionedIngest.PartStep(repository, tx,
                context -> PartitionedIngest.inputs(context, settings.projectDir()), (index, outcome) -> {
                }, rowsRead::set);
        handler.setJobRepository(repository);
        handler.setStepLocator(name -> PartitionedIngest.PART_STEP.equals(name) ? step : null);
    }

    /** Starts listening to the broker's request queue; it keeps trying until the broker is there. */
    public static IngestWorker start(JobRepository repository, PlatformTransactionManager tx, VigieSettings settings,
            PartHeartbeats heartbeats, BrokerAddress address) {
        IngestWorker worker = new IngestWorker(repository, tx, settings, heartbeats);
        DefaultMessageListenerContainer container = worker.container;
        container.setConnectionFactory(Broker.connectionFactory(address));
        container.setDestinationName(Broker.REQUESTS);
        container.setConcurrentConsumers(1);
        // An embedded broker lives only while its manager runs: between runs, a line every 10 s at most.
        ExponentialBackOff backOff = new ExponentialBackOff(RECONNECT_MILLIS, 2);
        backOff.setMaxInterval(RECONNECT_MAX_MILLIS);
        container.setBackOff(backOff);
        container.setMessageListener((jakarta.jms.MessageListener) worker::onMessage);
        container.afterPropertiesSet();
        container.start();
        LOG.info("Worker listening for ingest partitions on {}", address.display());
        return worker;
    }

    private void onMessage(Message message) {
        PartRequests.Request request;
        try {
            request = PartRequests.read(message instanceof TextMessage text ? text.getText() : null);
        } catch (JMSException | RuntimeException e) {
            LOG.warn("Dropped a message that is not a partition request: {}", e.getMessage());
            return;
        }
        long id = request.step().getStepExecutionId();
        StepExecution execution = repository.getStepExecution(id);
        String refusal = refusal(request, execution);
        if (refusal != null) {
            LOG.warn("Dropped the request for step execution {} of run {}: {}", id, request.runId(), refusal);
            return;
        }
        LOG.info("Reading partition {} of run {} (step execution {})", execution.getStepName(), request.runId(), id);
        StepExecution done;
        // The first beat is written before the step starts: the manager sees at once that the partition is taken.
        rowsRead.set(0);
        beat(id);
        long every = WorkerTimeout.HEARTBEAT.toMillis();
        ScheduledFuture<?> beat = beating.scheduleAtFixedRate(() -> beat(id), every, every, TimeUnit.MILLISECONDS);
        try {
            done = handler.handle(request.step());
        } finally {
            beat.cancel(false);
            forget(id);
        }
        LOG.info("Partition {} {}{}", done.getStepName(), done.getStatus(), why(done));
    }

    /**
     * Why a partition did not complete, for the worker's log: Vigie's own messages, which name files, lines
     * and partitions but no value; of any other failure, its type only (its message might quote the data).
     */
    static String why(StepExecution done) {
        if (done.getStatus() == BatchStatus.COMPLETED || done.getFailureExceptions().isEmpty()) {
            return "";
        }
        return ": " + String.join("; ", done.getFailureExceptions().stream()
                .map(e -> e instanceof VigieException ? e.getMessage() : e.getClass().getSimpleName()).toList());
    }

    private void beat(long id) {
        try {
            heartbeats.beat(id, rowsRead.get());
        } catch (RuntimeException e) {
            // The next beat tries again; if the store stays away, the manager gives the partition up.
            LOG.warn("Could not write the heartbeat of step execution {}: {}", id, StoreOutage.isCause(e)
                    ? StoreOutage.describe(e) : e.getClass().getSimpleName());
        }
    }

    private void forget(long id) {
        try {
            heartbeats.forget(id);
        } catch (RuntimeException e) {
            LOG.warn("Could not remove the heartbeat of step execution {}: {}", id, e.getClass().getSimpleName());
        }
    }

    /** Why a request is not run here, or null: only a partition of that run, waiting to start. */
    static String refusal(PartRequests.Request request, StepExecution execution) {
        if (execution == null) {
            return "no such step execution in this store";
        }
        String run = execution.getJobExecution().getJobParameters().getString(Pipeline.RUN_PARAMETER);
        if (!request.runId().equals(run) || !execution.getStepName().startsWith(PartitionedIngest.PART_STEP + ":")) {
            return "it is not that run's partition in this store (a broker shared by two stores?)";
        }
        return execution.getStatus() == BatchStatus.STARTING ? null : "it is " + execution.getStatus();
    }

    @Override
    public void close() {
        container.shutdown();
        beating.shutdownNow();
    }
}
