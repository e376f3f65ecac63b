package fr.vigie.classify;

import fr.vigie.model.Domain;
import java.util.List;

/**
 * An entry for the record of processing activities (GDPR art. 30), filled from the job and the
 * classification.
 *
 * @param categoriesOfData the infoTypes of the personal and sensitive columns found
 * @param sensitiveDomains the sensitive domains present
 * @param dataSubjects     number of rows (an upper bound on the people concerned)
 * @param largeScale       whether the rows reach the large-scale threshold of the rules
 */
public record RecordOfProcessing(
        String purpose,
        String controller,
        List<String> categoriesOfData,
        List<Domain> sensitiveDomains,
        List<String> recipients,
        long dataSubjects,
        boolean largeScale) {

    public RecordOfProcessing {
        categoriesOfData = List.copyOf(categoriesOfData);
        sensitiveDomains = List.copyOf(sensitiveDomains);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
