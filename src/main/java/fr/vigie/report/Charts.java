package fr.vigie.report;

import java.util.List;
import java.util.Locale;

/** Inline SVG charts: no script, no external resource, readable in print and by screen readers. */
final class Charts {
    static final String BEFORE = "#c0504d";
    static final String AFTER = "#2e7d32";
    static final String RATE = "#8fb3e0";
    static final String REFERENCE = "#1f5fa8";
    static final String WHISKER = "#14213d";
    static final String ACCEPTED = "#6aa84f";
    static final String QUARANTINED = "#e69138";

    private static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 400;

    private Charts() {
    }

    /** One metric of re-identification risk before and after anonymisation, both in [0, 1]. */
    record RiskPair(String label, double before, double after) {
    }

    /** A group's outcome rate with its confidence interval (NaN when unknown). */
    record GroupRate(String label, double rate, double low, double high, boolean reference, boolean insufficient) {
    }

    /** A part of a stacked bar. */
    record Segment(String label, double value, String colour) {
    }

    /** A vertical traffic light with the lamp for {@code status} (GREEN, AMBER, RED) lit. */
    static String trafficLight(String status) {
        String[][] lamps = {{"RED", "#d93025", "rouge"}, {"AMBER", "#f29900", "orange"}, {"GREEN", "#1e8e3e", "vert"}};
        String spoken = "inconnu";
        StringBuilder circles = new StringBuilder();
        for (int i = 0; i < lamps.length; i++) {
            boolean lit = lamps[i][0].equals(status);
            spoken = lit ? lamps[i][2] : spoken;
            circles.append("<circle cx=\"36\" cy=\"").append(30 + i * 50).append("\" r=\"19\" fill=\"")
                    .append(lit ? lamps[i][1] : "#3a4250").append("\"")
                    .append(lit ? " stroke=\"#ffffff\" stroke-width=\"3\"" : " opacity=\"0.55\"").append("/>");
        }
        return "<svg class=\"chart\" width=\"72\" height=\"160\" viewBox=\"0 0 72 160\" role=\"img\" "
                + "aria-label=\"Feu " + spoken + "\"><rect x=\"4\" y=\"2\" width=\"64\" height=\"156\" rx=\"14\" "
                + "fill=\"#1d2330\"/>" + circles + "</svg>";
    }

    /** Grouped horizontal bars: for each metric, the value before (red) and after (green) on a 0-100 % axis. */
    static String riskBars(List<RiskPair> pairs) {
        int rowHeight = 38;
        int top = 22;
        int height = top + pairs.size() * rowHeight + 8;
        StringBuilder svg = open(height, "Risque de ré-identification avant et après anonymisation");
        axis(svg, top, height - 8);
        int y = top;
        for (RiskPair pair : pairs) {
            svg.append(text(LABEL_WIDTH - 8, y + 19, "end", pair.label()));
            bar(svg, y + 4, 13, pair.before(), BEFORE, "avant", pair.before());
            bar(svg, y + 19, 13, pair.after(), AFTER, "après", pair.after());
            y += rowHeight;
        }
        return svg.append("</svg>").append(legend(new String[][] {{BEFORE, "Avant / before"},
                {AFTER, "Après / after"}})).toString();
    }

    /** Outcome rate per group, as bars with confidence-interval whiskers; the reference group in dark blue. */
    static String groupRates(String title, List<GroupRate> groups) {
        int rowHeight = 24;
        int top = 22;
        int height = top + groups.size() * rowHeight + 8;
        StringBuilder svg = open(height, title);
        axis(svg, top, height - 8);
        int y = top;
        for (GroupRate group : groups) {
            String label = group.label() + (group.reference() ? " (réf.)" : "");
            svg.append(text(LABEL_WIDTH - 8, y + 15, "end", label));
            if (group.insufficient() || Double.isNaN(group.rate())) {
                svg.append(text(LABEL_WIDTH + 4, y + 15, "start", "données insuffisantes / insufficient data", 80));
            } else {
                double labelAt = Double.isNaN(group.high()) ? group.rate() : Math.max(group.rate(), group.high());
                bar(svg, y + 5, 14, group.rate(), group.reference() ? REFERENCE : RATE, null, labelAt);
                whisker(svg, y + 12, group.low(), group.high());
            }
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** One stacked horizontal bar of parts of a whole, with an optional marker line (e.g. a maximum share). */
    static String stackedBar(String title, List<Segment> segments, double markerRatio, String markerLabel) {
        double total = segments.stream().mapToDouble(s -> Math.max(0, s.value())).sum();
        int width = LABEL_WIDTH + PLOT_WIDTH;
        int height = 58;
        StringBuilder svg = open(height, title);
        double x = 0;
        for (Segment segment : segments) {
            double w = total <= 0 ? 0 : width * Math.max(0, segment.value()) / total;
            svg.append("<rect x=\"").append(n(x)).append("\" y=\"8\" width=\"").append(n(w))
                    .append("\" height=\"22\" fill=\"").append(segment.colour()).append("\"><title>")
                    .append(Html.esc(segment.label())).append("</title></rect>");
            x += w;
        }
        if (!Double.isNaN(markerRatio) && markerRatio >= 0 && markerRatio <= 1) {
            double mx = width * markerRatio;
            svg.append("<line x1=\"").append(n(mx)).append("\" x2=\"").append(n(mx))
                    .append("\" y1=\"2\" y2=\"36\" stroke=\"#b3261e\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>")
                    .append(text(Math.max(mx, 30), 50, "middle", markerLabel));
        }
        svg.append("</svg>");
        String[][] legend = segments.stream().map(s -> new String[] {s.colour(), s.label()}).toArray(String[][]::new);
        return svg.append(legend(legend)).toString();
    }

    private static StringBuilder open(int height, String title) {
        return new StringBuilder("<svg class=\"chart\" width=\"").append(WIDTH).append("\" height=\"").append(height)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-label=\"").append(Html.esc(title)).append("\"><title>")
                .append(Html.esc(title)).append("</title>");
    }

    /** Percentage grid lines and labels from 0 to 100 %. */
    private static void axis(StringBuilder svg, int top, int bottom) {
        for (int p = 0; p <= 100; p += 25) {
            double x = LABEL_WIDTH + PLOT_WIDTH * p / 100.0;
            svg.append("<line class=\"").append(p == 0 ? "axis" : "grid").append("\" x1=\"").append(n(x))
                    .append("\" x2=\"").append(n(x)).append("\" y1=\"").append(top - 4).append("\" y2=\"")
                    .append(bottom).append("\"/>")
                    .append(text(x, top - 8, "middle", p + " %"));
        }
    }

    /** A bar from the axis to {@code ratio}, its value written after {@code labelAt} (e.g. past a whisker). */
    private static void bar(StringBuilder svg, double y, double h, double ratio, String colour, String what,
            double labelAt) {
        if (Double.isNaN(ratio)) {
            svg.append(text(LABEL_WIDTH + 4, y + h - 2, "start", "—"));
            return;
        }
        double clamped = Math.max(0, Math.min(1, ratio));
        double w = PLOT_WIDTH * clamped;
        svg.append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(n(y)).append("\" width=\"")
                .append(n(Math.max(w, 1))).append("\" height=\"").append(n(h)).append("\" fill=\"").append(colour)
                .append("\" rx=\"2\"/>");
        String value = Numbers.percent(ratio) + (what == null ? "" : " " + what);
        double labelX = LABEL_WIDTH + PLOT_WIDTH * Math.max(0, Math.min(1, labelAt));
        svg.append(text(Math.max(labelX, LABEL_WIDTH + w) + 6, y + h - 2, "start", value));
    }

    private static void whisker(StringBuilder svg, double y, double low, double high) {
        if (Double.isNaN(low) || Double.isNaN(high)) {
            return;
        }
        double x1 = LABEL_WIDTH + PLOT_WIDTH * Math.max(0, Math.min(1, low));
        double x2 = LABEL_WIDTH + PLOT_WIDTH * Math.max(0, Math.min(1, high));
        String stroke = "\" stroke=\"" + WHISKER + "\" stroke-width=\"1.5\"/>";
        svg.append("<line x1=\"").append(n(x1)).append("\" x2=\"").append(n(x2)).append("\" y1=\"").append(n(y))
                .append("\" y2=\"").append(n(y)).append(stroke);
        for (double x : new double[] {x1, x2}) {
            svg.append("<line x1=\"").append(n(x)).append("\" x2=\"").append(n(x)).append("\" y1=\"").append(n(y - 5))
                    .append("\" y2=\"").append(n(y + 5)).append(stroke);
        }
    }

    private static String text(double x, double y, String anchor, String content) {
        return text(x, y, anchor, content, 34);
    }

    /** A label, shortened to {@code max} characters so it stays in its column. */
    private static String text(double x, double y, String anchor, String content, int max) {
        return "<text x=\"" + n(x) + "\" y=\"" + n(y) + "\" text-anchor=\"" + anchor + "\">"
                + Html.esc(shorten(content, max)) + "</text>";
    }

    private static String legend(String[][] entries) {
        StringBuilder out = new StringBuilder("<div class=\"legend\">");
        for (String[] entry : entries) {
            out.append("<span><i style=\"background:").append(entry[0]).append("\"></i>").append(Html.esc(entry[1]))
                    .append("</span>");
        }
        return out.append("</div>").toString();
    }

    private static String shorten(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** SVG coordinates always with a dot, whatever the default locale. */
    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
