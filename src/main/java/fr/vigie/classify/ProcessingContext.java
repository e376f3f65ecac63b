package fr.vigie.classify;

import java.util.List;

/**
 * What the job says about the processing, for the record of processing (GDPR art. 30).
 *
 * @param purpose    the purpose stated in the job file
 * @param recipients the partners the data is shared with
 * @param controller the controller (the authority or department responsible)
 */
public record ProcessingContext(String purpose, List<String> recipients, String controller) {
    public ProcessingContext {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** No purpose, no recipients, no controller: for {@code vigie classify FILE}. */
    public static ProcessingContext none() {
        return new ProcessingContext(null, List.of(), null);
    }
}
