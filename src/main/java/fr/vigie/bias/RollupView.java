package fr.vigie.bias;

import java.util.List;

/**
 * An extra view of a protected column's values and its mapping, shown beside the data's own groups.
 *
 * @param attribute the protected attribute
 * @param column    the protected column
 * @param nameFr    the view's name in French ({@code nationalité regroupée (France, UE, hors UE)})
 * @param nameEn    the same in English
 * @param groups    each roll-up group with the data's groups it holds
 * @param unmapped  the data's groups no roll-up group lists: each stays a group of its own, never guessed
 */
public record RollupView(String attribute, String column, String nameFr, String nameEn, List<Group> groups,
                         List<String> unmapped) {
    /**
     * One roll-up group.
     *
     * @param key     its key (also its reference-population group)
     * @param labelFr its label in French
     * @param labelEn its label in English
     * @param members the labels of the data's groups it holds (or the age range of a computed age band)
     */
    public record Group(String key, String labelFr, String labelEn, List<String> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    public RollupView {
        groups = List.copyOf(groups);
        unmapped = List.copyOf(unmapped);
    }
}
