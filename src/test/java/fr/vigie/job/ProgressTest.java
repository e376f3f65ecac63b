package fr.vigie.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream terminal = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    private String shown() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stepsRunningSideBySideShareTheTerminalLineAndEachEndsOnALineOfItsOwn() throws InterruptedException {
        Progress release = Progress.start("anonymise lyon (write)", () -> 1000, true, terminal);
        Progress bias = Progress.start("bias", () -> 1000, true, terminal);
        release.advance(100);
        Thread.sleep(250); // the terminal line is redrawn at most five times a second
        bias.advance(400);

        String shared = shown().substring(shown().lastIndexOf('\r') + 1);
        assertThat(shared).contains("anonymise lyon (write) ", "bias ", "  |  ", "40% 400 rows").doesNotContain("\n");

        bias.done();
        release.advance(500);
        Thread.sleep(250);
        release.advance(1);
        release.done();

        assertThat(shown().lines().filter(l -> l.contains("  in 0:0"))).hasSize(2);
        String last = shown().substring(shown().lastIndexOf('\r') + 1);
        assertThat(last).startsWith("anonymise lyon (write)").contains("601 rows").endsWith("\n");
    }

    @Test
    void plainOutputPrintsNothingForAShortStep() {
        Progress step = Progress.start("classify", () -> 10, false, terminal);
        step.advance(10);
        step.done();
        assertThat(shown()).isEmpty();
    }
}
