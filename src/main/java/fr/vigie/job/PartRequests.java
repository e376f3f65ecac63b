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
 * {@code STEP_NAME:STEP_EXECUTION_ID} on the {@link Broker#REQUESTS} queue. Text rather than a serialised
 * Java object, so that a worker never deserialises what it receives. The partition itself (which bytes,
 * which file) is in the step execution's context, in the shared job repository.
 */
final class PartRequests {

    private PartRequests() {
    }

    /** The channel the manager step sends its requests to: each goes on to the broker's queue. */
    static MessageChannel sender(ConnectionFactory broker) {
        JmsTemplate jms = new JmsTemplate(broker);
        DirectChannel channel = new DirectChannel();
        channel.subscribe(message -> {
            String text = write((StepExecutionRequest) message.getPayload());
            jms.send(Broker.REQUESTS, session -> session.createTextMessage(text));
        });
        return channel;
    }

    static String write(StepExecutionRequest request) {
        return request.getStepName() + ":" + request.getStepExecutionId();
    }

    /** Reads a request; anything else is refused. */
    static StepExecutionRequest read(String text) {
        int colon = text == null ? -1 : text.lastIndexOf(':');
        try {
            if (colon > 0) {
                return new StepExecutionRequest(text.substring(0, colon), Long.parseLong(text.substring(colon + 1)));
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new VigieException(ExitCode.FAILED, "not a partition request (expected STEP:ID)");
    }
}
