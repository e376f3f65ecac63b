package fr.vigie.job;

import fr.vigie.anonymise.Anonymisation;
import fr.vigie.anonymise.AnonymisationOutcome;
import fr.vigie.anonymise.Anonymiser;
import fr.vigie.anonymise.ColumnInfo;
import fr.vigie.anonymise.PolicyRefusedException;
import fr.vigie.classify.ClassificationResult;
import fr.vigie.keys.PseudonymKeys;
import java.util.List;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The anonymise step, once per partner: loads the columns the policy works on into the engine's compact
 * table, applies the partner's policy with the partner's own pseudonymisation key, and writes the released
 * rows for the export step, reading the accepted rows again for the columns released as they are. A policy that cannot be met is recorded as REFUSED (exit code 3 at the
 * end of the run); the run goes on so that the report says why.
 */
final class AnonymiseStep {
    static final String PREFIX = "anonymise-";

    private AnonymiseStep() {
    }

    static String name(JobDefinition.Partner partner) {
        return PREFIX + partner.id();
    }

    static Step create(RunContext run, JobDefinition.Partner partner, JobRepository repository,
            PlatformTransactionManager tx) {
        return new StepBuilder(name(partner), repository).tasklet((contribution, chunk) -> {
            AnonymisationOutcome outcome = anonymise(run, partner);
            run.workspace().write(name(partner), outcome);
            contribution.incrementReadCount();
            return RepeatStatus.FINISHED;
        }, tx).build();
    }

    static AnonymisationOutcome anonymise(RunContext run, JobDefinition.Partner partner) {
        ClassificationResult classification = run.workspace().read(ClassifyStep.NAME, ClassificationResult.class);
        List<ColumnInfo> columns = classification.columns().stream()
                .map(c -> new ColumnInfo(c.name(), c.attributeType(), c.infoType())).toList();
        Anonymiser anonymiser = new Anonymiser(run.rules().policies().get(partner.id()), run.settings().projectDir());
        byte[] key = PseudonymKeys.forPartner(run.settings().keyDir(), run.audit(), RunContext.PIPELINE,
                partner.id());
        String policyFile = ProjectPaths.relative(run, partner.policy());
        try {
            Anonymisation result = StagedAnonymisation.anonymise(anonymiser, columns, key, run.workspace().staging(),
                    run.workspace().anonymised(partner.id()), partner.id(), run::streamRows,
                    run.job().workers());
            return new AnonymisationOutcome(partner.id(), policyFile, AnonymisationOutcome.Status.OK, null, result.report());
        } catch (PolicyRefusedException refused) {
            return new AnonymisationOutcome(partner.id(), policyFile, AnonymisationOutcome.Status.REFUSED,
                    refused.getMessage(), refused.report());
        }
    }
}
