package fr.vigie.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.vigie.model.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeysTest {
    @TempDir
    Path home;

    @Test
    void createsAnOwnerOnlyKeyPairOnFirstUseAndExportsThePublicKey() throws IOException {
        Path dir = home.resolve("keys");
        Keys.KeyMaterial keys = Keys.loadOrCreate(dir);

        assertThat(keys.created()).isTrue();
        assertThat(Files.getPosixFilePermissions(keys.privateKeyFile()))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.getPosixFilePermissions(dir)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.readString(keys.privateKeyFile())).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(Files.readString(keys.publicKeyFile())).startsWith("-----BEGIN PUBLIC KEY-----");
        assertThat(Keys.readPublicKey(keys.publicKeyFile())).isEqualTo(keys.publicKey());
    }

    @Test
    void loadsTheSamePairOnLaterUse() {
        Path dir = home.resolve("keys");
        Keys.KeyMaterial first = Keys.loadOrCreate(dir);
        Keys.KeyMaterial second = Keys.loadOrCreate(dir);

        assertThat(second.created()).isFalse();
        assertThat(second.signer().publicKeySha256()).isEqualTo(first.signer().publicKeySha256());
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        assertThat(Signer.verify(first.publicKey(), data, second.signer().sign(data))).isTrue();
    }

    @Test
    void refusesAPrivateKeyOtherUsersCanRead() throws IOException {
        Path dir = home.resolve("keys");
        Keys.KeyMaterial keys = Keys.loadOrCreate(dir);
        Files.setPosixFilePermissions(keys.privateKeyFile(), PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> Keys.loadOrCreate(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining(Keys.PRIVATE_KEY_FILE).hasMessageContaining("owner-only");
    }

    @Test
    void refusesAPublicKeyThatDoesNotMatchThePrivateKey() throws IOException {
        Path dir = home.resolve("keys");
        Keys.loadOrCreate(dir);
        Files.writeString(dir.resolve(Keys.PUBLIC_KEY_FILE), Keys.toPem(ExportFixtures.newSigner().publicKey()));

        assertThatThrownBy(() -> Keys.loadOrCreate(dir)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("does not match");
    }

    @Test
    void refusesAFileThatIsNotAPublicKey() throws IOException {
        Path file = Files.writeString(home.resolve("partner.pub"), "hello");

        assertThatThrownBy(() -> Keys.readPublicKey(file)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("partner.pub");
    }

    @Test
    void readsAPublicKeyInDerForm() throws IOException {
        Signer signer = ExportFixtures.newSigner();
        Path file = Files.write(home.resolve("key.der"), signer.publicKey().getEncoded());

        assertThat(Keys.readPublicKey(file)).isEqualTo(signer.publicKey());
    }

    @Test
    void keyFolderComesFromTheEnvironmentOrTheHomeFolder() {
        assertThat(Keys.defaultDir(Map.of("VIGIE_KEY_DIR", "/srv/vigie/keys"), "/home/dpo"))
                .isEqualTo(Path.of("/srv/vigie/keys"));
        assertThat(Keys.defaultDir(Map.of(), "/home/dpo")).isEqualTo(Path.of("/home/dpo/.vigie/keys"));
    }

    @Test
    void signaturesFromAnotherKeyDoNotVerify() {
        Signer a = ExportFixtures.newSigner();
        Signer b = ExportFixtures.newSigner();
        byte[] data = "x".getBytes(StandardCharsets.UTF_8);

        assertThat(Signer.verify(b.publicKey(), data, a.sign(data))).isFalse();
        assertThat(Signer.verify(a.publicKey(), data, new byte[3])).isFalse();
    }
}
