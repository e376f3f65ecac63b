package fr.vigie.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each test of a class its own key folder ({@code VIGIE_KEY_DIR}), deleted afterwards, so that the
 * CLI run in the test never touches the user's keys: {@code @ExtendWith(TemporaryKeys.class)}. A class whose
 * {@code @BeforeAll} runs the CLI shares one folder among its tests instead:
 * {@code @RegisterExtension static final TemporaryKeys KEYS = TemporaryKeys.perClass();}.
 */
public final class TemporaryKeys implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        AfterEachCallback {
    private static final String PROPERTY = "VIGIE_KEY_DIR";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TemporaryKeys.class);

    private final boolean perClass;

    /** A folder per test (what {@code @ExtendWith} makes). */
    public TemporaryKeys() {
        this(false);
    }

    private TemporaryKeys(boolean perClass) {
        this.perClass = perClass;
    }

    /** One folder for all the tests of the class, made before its {@code @BeforeAll}, deleted after its last test. */
    public static TemporaryKeys perClass() {
        return new TemporaryKeys(true);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (perClass) {
            use(context);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        if (perClass) {
            forget(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            use(context);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        if (!perClass) {
            forget(context);
        }
    }

    private static void use(ExtensionContext context) throws IOException {
        Path keys = Files.createTempDirectory("vigie-keys");
        context.getStore(NAMESPACE).put(PROPERTY, keys);
        System.setProperty(PROPERTY, keys.toString());
    }

    private static void forget(ExtensionContext context) throws IOException {
        System.clearProperty(PROPERTY);
        Path keys = context.getStore(NAMESPACE).remove(PROPERTY, Path.class);
        if (keys != null) {
            FileSystemUtils.deleteRecursively(keys);
        }
    }
}
