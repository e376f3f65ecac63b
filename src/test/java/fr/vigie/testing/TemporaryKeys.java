package fr.vigie.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * Gives each test of a class its own key folder ({@code VIGIE_KEY_DIR}), deleted afterwards, so that the
 * CLI run in the test never touches the user's keys: {@code @ExtendWith(TemporaryKeys.class)}.
 */
public final class TemporaryKeys implements BeforeEachCallback, AfterEachCallback {
    private static final String PROPERTY = "VIGIE_KEY_DIR";
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TemporaryKeys.class);

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Path keys = Files.createTempDirectory("vigie-keys");
        context.getStore(NAMESPACE).put(PROPERTY, keys);
        System.setProperty(PROPERTY, keys.toString());
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        System.clearProperty(PROPERTY);
        Path keys = context.getStore(NAMESPACE).remove(PROPERTY, Path.class);
        if (keys != null) {
            FileSystemUtils.deleteRecursively(keys);
        }
    }
}
