package fr.vigie.job;

import fr.vigie.model.ExitCode;
import fr.vigie.model.VigieException;
import jakarta.jms.ConnectionFactory;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.jms.core.JmsTemplate;
import org.springframework.messaging.MessageChannel;

/**
 * The requests of remote partitioning as they travel on the broker: a text message
 * {@code RUN STEP_NAME:STEP_EXECUTION_ID} on the {@link Broker#REQUESTS} queue. Text rather than a serialised
 * Java object, so that a worker never deserialises what it receives. The partition itself (which bytes,
 * which file) is in the step execution's context, in the shared job repository; the run id lets a worker
 * of another store, sharing the broker, see that the id is not one of its own step executions.
 */
final class PartRequests {

    private PartRequests() {
    }

    /** A request of a run: which step execution a worker is to run. */
    record Request(String runId, StepExecutionRequest step) {
    }

    /** The channel the manager step of a run sends its requests to: each goes on to the broker's queue. */
    static MessageChannel sender(ConnectionFactory broker, String runId) {
        JmsTemplate jms = new JmsTemplate(broker);
        DirectChannel channel = new DirectChannel();
        channel.subscribe(message -> {
            String text = write(new Request(runId, (StepExecutionRequest) message.getPayload()));
            jms.send(Broker.REQUESTS, session -> session.createTextMessage(text));
        });
        return channel;
    }

    static String write(Request request) {
        return request.runId() + " " + request.step().getStepName() + ":" + request.step().getStepExecutionId();
    }

    /** Reads a request; anything else is refused. */
    static Request read(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        int colon = text == null ? -1 : text.lastIndexOf(':');
        try {
            if (space > 0 && colon > space + 1) {
                return new Request(text.substring(0, space), new StepExecutionRequest(text.substring(space + 1, colon),
                        Long.parseLong(text.substring(colon + 1))));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new VigieException(ExitCode.FAILED, "not a partition request (expected RUN STEP:ID)");
    }
}
