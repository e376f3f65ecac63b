package fr.vigie.bias;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns a scan's tables into the report: folds the groups, runs every family of checks, lets the
 * sieve settle what is shown, and assembles the typed report.
 */
final class ReportBuilder {
    /** The families of checks, in the order they run. */
    static final List<CheckFamily> FAMILIES = List.of(new MissingAttributeCheck(), new RepresentationCheck(),
            new OutcomeRateCheck(), new OutcomeMeanCheck(), new MissingDataCheck(), new IntersectionCheck(),
            new ProxyCheck(), new ConditionalCheck());

    private final CheckContext ctx;

    ReportBuilder(BiasScan scan) {
        this.ctx = new CheckContext(scan);
    }

    BiasReport build() {
        new GroupFolding(ctx).foldAll();
        FAMILIES.forEach(family -> family.run(ctx));
        FindingSieve sieve = new FindingSieve(ctx);
        List<FindingDraft> ordered = sieve.settle();
        List<Headline> summary = sieve.headlines();
        scanNotes();
        List<Finding> findings = ordered.stream().map(FindingDraft::toFinding).toList();
        List<GroupStat> groups = groups();
        boolean insufficient = groups.stream().anyMatch(GroupStat::insufficientData)
                || findings.stream().anyMatch(Finding::insufficientData);
        Severity max = findings.stream().map(Finding::severity).max(Comparator.naturalOrder()).orElse(Severity.INFO);
        BiasRequest request = ctx.request;
        boolean anyPopulation = request.protectedColumns().stream()
                .anyMatch(c -> !ctx.rules.reference(c.attribute()).isEmpty());
        List<String> added = request.protectedColumns().stream()
                .filter(c -> c.source() == ProtectedColumn.Source.CLASSIFICATION).map(ProtectedColumn::column).toList();
        return new BiasReport(ctx.scan.rows, request.protectedColumns(), request.outcome(), request.positive(),
                request.outcomeKind(), anyPopulation ? ctx.rules.referencePopulation() : null,
                ctx.rules.confidenceLevel(), groups, findings, insufficient, max, ctx.notes, summary,
                RollupViews.of(ctx), proxyTests(ordered), added, null);
    }

    /** Each attribute's own groups, then its roll-up, then the intersections. */
    private List<GroupStat> groups() {
        List<GroupStat> groups = new ArrayList<>();
        for (GroupSet values : ctx.values) {
            groups.addAll(GroupFigures.of(ctx, values));
            ctx.rollups.stream().filter(r -> r.attributeIndex == values.attributeIndex)
                    .forEach(r -> groups.addAll(GroupFigures.of(ctx, r)));
        }
        ctx.intersections.forEach(set -> groups.addAll(GroupFigures.of(ctx, set)));
        return groups;
    }

    /** The proxy tests with the id of the finding each raised. */
    private List<ProxyTest> proxyTests(List<FindingDraft> ordered) {
        List<ProxyTest> tests = new ArrayList<>();
        for (ProxyTest t : ctx.proxyTests) {
            String id = ordered.stream().filter(d -> d.check == Check.PROXY && d.checkedColumn.equals(t.column())
                    && d.column.equals(t.protectedColumn())).map(d -> d.id).findFirst().orElse(null);
            tests.add(id == null ? t : new ProxyTest(t.column(), t.proxyOf(), t.protectedColumn(), t.status(), t.basis(),
                    t.reason(), t.cramersV(), t.uncertainty(), t.categories(), id, t.view()));
        }
        return tests;
    }

    /** What the scan as a whole did: columns added or set aside, outcome cells it could not read. */
    private void scanNotes() {
        BiasRequest request = ctx.request;
        List<String> added = request.protectedColumns().stream()
                .filter(c -> c.source() == ProtectedColumn.Source.CLASSIFICATION)
                .map(c -> c.column() + " (" + c.attribute() + ")").toList();
        if (!added.isEmpty()) {
            ctx.note(Note.Kind.ADDED_FROM_CLASSIFICATION, null, "Le job ne nomme aucun attribut protégé : "
                    + "colonnes ajoutées d'après la classification : " + String.join(", ", added) + ".",
                    "The job names no protected attribute: columns added from the classification: "
                    + String.join(", ", added) + ".");
        }
        List<String> aside = request.setAside().stream().map(c -> c.column() + " (" + c.attribute() + ")").toList();
        if (!aside.isEmpty()) {
            ctx.note(Note.Kind.SET_ASIDE, null, "Attributs protégés repérés par la classification mais non "
                    + "analysés, le job listant les siens : " + String.join(", ", aside) + ".",
                    "Protected attributes the classification found but not scanned, as the job lists its own: "
                    + String.join(", ", aside) + ".");
        }
        if (ctx.scan.outcomeInvalid > 0) {
            ctx.note(Note.Kind.OUTCOME_NOT_NUMERIC, request.outcome(), String.format(Locale.FRANCE,
                    "%d cellules de « %s » ne sont pas des nombres : elles sont laissées de côté.",
                    ctx.scan.outcomeInvalid, request.outcome()), String.format(Locale.ROOT,
                    "%d cells of “%s” are not numbers and were left out.", ctx.scan.outcomeInvalid, request.outcome()));
        }
        boolean positives = ctx.values.stream().flatMap(s -> s.groups.stream()).anyMatch(g -> g.cell.positives > 0);
        if (request.binaryOutcome() && ctx.scan.rows > 0 && !positives) {
            ctx.note(Note.Kind.POSITIVE_NEVER_SEEN, request.outcome(), "La valeur favorable « " + request.positive()
                    + " » n'apparaît jamais dans « " + request.outcome() + " » : vérifier la valeur demandée.",
                    "The favourable value “" + request.positive() + "” never occurs in “" + request.outcome()
                    + "”: check the value asked for.");
        }
    }
}
