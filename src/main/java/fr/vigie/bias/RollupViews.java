package fr.vigie.bias;

import fr.vigie.model.ProtectedAttribute;
import java.util.ArrayList;
import java.util.List;

/** The mapping of each extra view shown: roll-up groups with the data's groups they hold, and age bands. */
final class RollupViews {
    private RollupViews() {
    }

    static List<RollupView> of(CheckContext ctx) {
        List<RollupView> views = new ArrayList<>();
        for (GroupSet values : ctx.values) {
            if (values.protectedAttribute == ProtectedAttribute.AGE
                    && values.groups.stream().anyMatch(g -> g.view == GroupView.ROLLUP)) {
                views.add(ageBands(ctx, values));
            }
        }
        for (GroupSet set : ctx.rollups) {
            views.add(codedRollup(ctx, set));
        }
        return views;
    }

    /** A roll-up of the rules' codings: its groups, and the values it does not map. */
    private static RollupView codedRollup(CheckContext ctx, GroupSet set) {
        GroupCodings.Rollup rule = ctx.rules.codings().rollup(set.protectedAttribute);
        List<RollupView.Group> groups = new ArrayList<>();
        List<String> unmapped = new ArrayList<>();
        for (GroupSet.Group g : set.groups) {
            if (g.populationKey != null) {
                groups.add(new RollupView.Group(g.label, g.meaningFr, g.meaningEn, g.members));
            } else {
                unmapped.add(g.label);
            }
        }
        return new RollupView(set.attribute, set.column, rule.fr(), rule.en(), groups, unmapped);
    }

    private static RollupView ageBands(CheckContext ctx, GroupSet values) {
        AgeBands bands = ctx.scan.ageBands();
        List<RollupView.Group> groups = new ArrayList<>();
        for (GroupSet.Group g : values.groups) {
            if (g.view == GroupView.ROLLUP) {
                groups.add(new RollupView.Group(g.label, bands.range(g.label, Lang.FR), bands.range(g.label, Lang.EN),
                        List.of()));
            }
        }
        return new RollupView(values.attribute, values.column,
                "tranches d'âge calculées depuis l'âge ou la date de naissance (au " + bands.asOf() + ")",
                "age bands computed from the age or the birth date (as of " + bands.asOf() + ")", groups, List.of());
    }
}
