package dev.cascade.okr.build;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.PBEParameterSpec;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The app-signing step of the release build ({@code src/build/java/dev/cascade/build/AppSigner.java},
 * {@code docs/signing.md}), run as the build runs it: a separate {@code java} process on {@code target/build-classes}.
 *
 * <p>Every key here is a throwaway made at test time by the JDK's {@code keytool} (Ed25519, as UPM 8 requires); no
 * key is in the repository. A signature is checked the way UPM checks one: the {@code .sig} text is strict Base64 of
 * an Ed25519 signature over the bytes of the whole JAR, verified with the public key of the certificate the
 * administrator puts into the trust store. When {@code openssl} is on the PATH, the check Atlassian's troubleshooting
 * page gives ({@code openssl pkeyutl -verify -pubin -rawin}) must accept it too.
 */
public class AppSignerTest {

    @ClassRule
    public static final TemporaryFolder TEMP = new TemporaryFolder();

    private static final String STORE_PASSWORD = "throwaway-" + Long.toHexString(new SecureRandom().nextLong());
    private static final String PASSWORD_ENV = "CASCADE_SIGNING_PASSWORD";

    private static Path keys;
    private static Path key;
    private static Path certificate;
    private static Path keystore;
    private static Path otherCertificate;
    private static Path expiredKey;
    private static Path expiredCertificate;
    private static Path rsaKey;
    private static Path rsaCertificate;
    private static Path encryptedKey;

    @BeforeClass
    public static void makeThrowawayKeys() throws Exception {
        Path classes = root().resolve("target/build-classes/dev/cascade/build/AppSigner.class");
        assertTrue("run through Maven (generate-sources compiles src/build/java): " + classes, Files.exists(classes));
        keys = TEMP.newFolder("keys").toPath();
        keystore = keys.resolve("release.p12");
        keytool("-genkeypair", "-keyalg", "Ed25519", "-alias", "release", "-dname", "CN=Cascade test signing key",
                "-validity", "2", "-keystore", keystore.toString());
        key = exportKey(keystore, "release", keys.resolve("release.key"));
        certificate = exportCertificate(keystore, "release", keys.resolve("release.crt"));

        Path other = keys.resolve("other.p12");
        keytool("-genkeypair", "-keyalg", "Ed25519", "-alias", "other", "-dname", "CN=Someone else",
                "-validity", "2", "-keystore", other.toString());
        otherCertificate = exportCertificate(other, "other", keys.resolve("other.crt"));

        Path expired = keys.resolve("expired.p12");
        keytool("-genkeypair", "-keyalg", "Ed25519", "-alias", "expired", "-dname", "CN=Cascade expired key",
                "-startdate", "-10d", "-validity", "2", "-keystore", expired.toString());
        expiredKey = exportKey(expired, "expired", keys.resolve("expired.key"));
        expiredCertificate = exportCertificate(expired, "expired", keys.resolve("expired.crt"));

        Path rsa = keys.resolve("rsa.p12");
        keytool("-genkeypair", "-keyalg", "RSA", "-keysize", "2048", "-alias", "rsa", "-dname", "CN=Cascade RSA",
                "-validity", "2", "-keystore", rsa.toString());
        rsaKey = exportKey(rsa, "rsa", keys.resolve("rsa.key"));
        rsaCertificate = exportCertificate(rsa, "rsa", keys.resolve("rsa.crt"));

        encryptedKey = encryptedPem(privateKey(keystore, "release"), keys.resolve("release-encrypted.key"));
    }

    @Test
    public void shouldWriteASignatureTheCertificateVerifiesNextToEachJarWhenKeyAndCertificateMatch()
            throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path platform8 = jar(dist.resolve("cascade-okr-1.0.0-platform8.jar"), "jakarta");
        Path platform7 = jar(dist.resolve("cascade-okr-1.0.0-platform7.jar"), "javax");

        Result result = sign(Map.of(), "--key=" + key, "--certificate=" + certificate, "--jar=" + platform8,
                "--jar", platform7.toString());

        assertEquals(result.toString(), 0, result.status);
        X509Certificate trusted = readCertificate(dist.resolve("cascade-app-signing.crt"));
        assertArrayEquals("the certificate copy beside the JARs is the given certificate",
                readCertificate(certificate).getEncoded(), trusted.getEncoded());
        for (Path jar : List.of(platform8, platform7)) {
            Path sig = dist.resolve(jar.getFileName() + ".sig");
            String text = Files.readString(sig, StandardCharsets.US_ASCII);
            assertFalse("one line without a trailing newline: " + sig, text.contains("\n") || text.contains("\r"));
            byte[] signature = Base64.getDecoder().decode(text);
            assertEquals("an Ed25519 signature has 64 bytes", 64, signature.length);
            assertTrue("the trust store's certificate verifies " + jar, upmAccepts(trusted, jar, sig));
            assertTrue(result.out, result.out.contains("Signed " + jar));
            if (Files.getFileStore(sig).supportsFileAttributeView(PosixFileAttributeView.class)) {
                assertTrue("public, readable by others like the JAR: " + sig,
                        Files.getPosixFilePermissions(sig).contains(PosixFilePermission.OTHERS_READ));
            }
        }
        assertFalse("one JAR's signature does not verify the other JAR",
                verifies(trusted, Files.readAllBytes(platform7), decode(dist.resolve(platform8.getFileName()
                        + ".sig"))));
    }

    @Test
    public void shouldSignAgainWithTheCertificateCopyItWroteBesideTheJars() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");
        Path copy = dist.resolve("cascade-app-signing.crt");
        assertEquals(0, sign(Map.of(), "--key=" + key, "--certificate=" + certificate, "--jar=" + app).status);

        Result again = sign(Map.of(), "--key=" + key, "--certificate=" + copy, "--jar=" + app);

        assertEquals(again.toString(), 0, again.status);
        assertTrue(upmAccepts(readCertificate(copy), app, dist.resolve("cascade-okr.jar.sig")));
    }

    @Test
    public void shouldFailVerificationWhenTheJarIsChangedAfterSigning() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "original");
        Path sig = dist.resolve("cascade-okr.jar.sig");
        assertEquals(0, sign(Map.of(), "--key", key.toString(), "--certificate", certificate.toString(),
                "--jar", app.toString()).status);
        X509Certificate trusted = readCertificate(certificate);
        assertTrue(upmAccepts(trusted, app, sig));

        byte[] bytes = Files.readAllBytes(app);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(app, bytes);
        assertFalse("one flipped bit in the JAR fails the check", upmAccepts(trusted, app, sig));

        jar(app, "tampered");
        assertFalse("a rebuilt JAR with other content fails the check", upmAccepts(trusted, app, sig));
        assertFalse("another certificate does not verify the signature",
                upmAccepts(readCertificate(otherCertificate), jar(app, "original"), sig));
    }

    @Test
    public void shouldRefuseAndWriteNothingWhenTheKeyDoesNotMatchTheCertificate() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");

        Result result = sign(Map.of(), "--key=" + key, "--certificate=" + otherCertificate, "--jar=" + app);

        assertEquals(result.toString(), 1, result.status);
        assertTrue(result.err, result.err.contains("does not match") && result.err.contains(key.toString()));
        assertNoOutputs(dist, app);
    }

    @Test
    public void shouldNameTheMissingFileAndWriteNothingWhenKeyCertificateOrJarIsMissing() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");
        Path nowhere = dist.resolve("no-such-file");

        Result noKey = sign(Map.of(), "--key=" + nowhere, "--certificate=" + certificate, "--jar=" + app);
        Result noCertificate = sign(Map.of(), "--key=" + key, "--certificate=" + nowhere, "--jar=" + app);
        Result noJar = sign(Map.of(), "--key=" + key, "--certificate=" + certificate, "--jar=" + app,
                "--jar=" + nowhere);
        Result certificateMissingForPem = sign(Map.of(), "--key=" + key, "--jar=" + app);

        for (Result result : List.of(noKey, noCertificate, noJar)) {
            assertEquals(result.toString(), 1, result.status);
            assertTrue(result.err, result.err.contains(nowhere + " does not exist"));
        }
        assertTrue(noKey.err, noKey.err.contains("signing key"));
        assertTrue(noCertificate.err, noCertificate.err.contains("certificate"));
        assertTrue(noJar.err, noJar.err.contains("JAR"));
        assertEquals(certificateMissingForPem.toString(), 1, certificateMissingForPem.status);
        assertTrue(certificateMissingForPem.err, certificateMissingForPem.err.contains("--certificate is required"));
        assertNoOutputs(dist, app);
    }

    @Test
    public void shouldSignNothingSaySoAndRemoveAStaleSignatureWhenNoKeyIsConfigured() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");
        for (String[] args : List.of(new String[] {"--key=", "--jar=" + app},
                new String[] {"--key=${cascade.signing.key}", "--certificate=${cascade.signing.certificate}",
                    "--jar=" + app},
                new String[] {"--jar=" + app})) {
            Files.writeString(dist.resolve("cascade-okr.jar.sig"), "c3RhbGU=");
            Files.writeString(dist.resolve("cascade-app-signing.crt"), "stale");

            Result result = sign(Map.of(), args);

            assertEquals(result.toString(), 0, result.status);
            assertTrue(result.out, result.out.contains("App signing skipped: no signing key is configured"));
            assertNoOutputs(dist, app);
        }
    }

    @Test
    public void shouldSignWithAKeystoreWhosePasswordComesFromTheEnvironmentOnly() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");

        Result signed = sign(Map.of(PASSWORD_ENV, STORE_PASSWORD), "--key=" + keystore, "--jar=" + app);
        assertEquals(signed.toString(), 0, signed.status);
        assertTrue("the keystore entry's certificate is used and copied", upmAccepts(
                readCertificate(dist.resolve("cascade-app-signing.crt")), app, dist.resolve("cascade-okr.jar.sig")));

        Result renamed = sign(Map.of("RELEASE_KEY_PASSWORD", STORE_PASSWORD), "--key=" + keystore,
                "--password-env=RELEASE_KEY_PASSWORD", "--certificate=" + certificate, "--jar=" + app);
        assertEquals(renamed.toString(), 0, renamed.status);

        Result noPassword = sign(Map.of(), "--key=" + keystore, "--jar=" + app);
        assertEquals(noPassword.toString(), 1, noPassword.status);
        assertTrue(noPassword.err, noPassword.err.contains("environment variable " + PASSWORD_ENV));
        assertNoOutputs(dist, app);

        Result wrongPassword = sign(Map.of(PASSWORD_ENV, "wrong"), "--key=" + keystore, "--jar=" + app);
        assertEquals(wrongPassword.toString(), 1, wrongPassword.status);
        assertTrue(wrongPassword.err, wrongPassword.err.contains("wrong"));
        assertFalse("the password is never printed", wrongPassword.err.contains(STORE_PASSWORD));
        assertNoOutputs(dist, app);

        Result unknownAlias = sign(Map.of(PASSWORD_ENV, STORE_PASSWORD), "--key=" + keystore, "--alias=nobody",
                "--jar=" + app);
        assertEquals(unknownAlias.toString(), 1, unknownAlias.status);
        assertTrue(unknownAlias.err, unknownAlias.err.contains("no key 'nobody'"));
    }

    @Test
    public void shouldDecryptAnEncryptedPemKeyWithThePasswordFromTheEnvironment() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");

        Result signed = sign(Map.of(PASSWORD_ENV, STORE_PASSWORD), "--key=" + encryptedKey,
                "--certificate=" + certificate, "--jar=" + app);
        assertEquals(signed.toString(), 0, signed.status);
        assertTrue(upmAccepts(readCertificate(certificate), app, dist.resolve("cascade-okr.jar.sig")));

        Result noPassword = sign(Map.of(), "--key=" + encryptedKey, "--certificate=" + certificate, "--jar=" + app);
        assertEquals(noPassword.toString(), 1, noPassword.status);
        assertTrue(noPassword.err, noPassword.err.contains("encrypted key")
                && noPassword.err.contains(PASSWORD_ENV));
        assertNoOutputs(dist, app);
    }

    @Test
    public void shouldRefuseAnExpiredCertificateAKeyThatIsNotEd25519AndAFileThatIsNotAJar() throws Exception {
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");
        Path text = Files.writeString(dist.resolve("notes.jar"), "not a zip");

        Result expired = sign(Map.of(), "--key=" + expiredKey, "--certificate=" + expiredCertificate, "--jar=" + app);
        Result rsa = sign(Map.of(), "--key=" + rsaKey, "--certificate=" + rsaCertificate, "--jar=" + app);
        Result rsaCertificateOnly = sign(Map.of(), "--key=" + key, "--certificate=" + rsaCertificate, "--jar=" + app);
        Result notAJar = sign(Map.of(), "--key=" + key, "--certificate=" + certificate, "--jar=" + app,
                "--jar=" + text);
        Result swapped = sign(Map.of(), "--key=" + certificate, "--certificate=" + key, "--jar=" + app);

        assertEquals(expired.toString(), 1, expired.status);
        assertTrue(expired.err, expired.err.contains("expired"));
        assertEquals(rsa.toString(), 1, rsa.status);
        assertTrue(rsa.err, rsa.err.contains("not an Ed25519 private key"));
        assertEquals(rsaCertificateOnly.toString(), 1, rsaCertificateOnly.status);
        assertTrue(rsaCertificateOnly.err, rsaCertificateOnly.err.contains("UPM checks only Ed25519"));
        assertEquals(notAJar.toString(), 1, notAJar.status);
        assertTrue(notAJar.err, notAJar.err.contains(text + " is not a JAR"));
        assertEquals(swapped.toString(), 1, swapped.status);
        assertTrue(swapped.err, swapped.err.contains("holds no private key"));
        assertNoOutputs(dist, app);
    }

    @Test
    public void shouldAnswerAUsageErrorForAnUnknownOptionOrAPasswordOption() throws Exception {
        Result unknown = sign(Map.of(), "--key=" + key, "--storepass=secret", "--jar=x.jar");
        assertEquals(unknown.toString(), 2, unknown.status);
        assertTrue(unknown.err, unknown.err.contains("unknown option --storepass") && unknown.err.contains("Usage"));
    }

    @Test
    public void shouldBeAcceptedByTheOpensslCheckOfAtlassiansTroubleshootingPage() throws Exception {
        assumeTrue("openssl is not on the PATH", run(List.of("openssl", "version"), Map.of()).status == 0);
        Path dist = TEMP.newFolder().toPath();
        Path app = jar(dist.resolve("cascade-okr.jar"), "x");
        assertEquals(0, sign(Map.of(), "--key=" + key, "--certificate=" + certificate, "--jar=" + app).status);
        Path publicKey = dist.resolve("public_key.pem");
        Path rawSignature = Files.write(dist.resolve("signature.bin"), decode(dist.resolve("cascade-okr.jar.sig")));

        Result extract = run(List.of("openssl", "x509", "-in", dist.resolve("cascade-app-signing.crt").toString(),
                "-noout", "-pubkey", "-out", publicKey.toString()), Map.of());
        Result verify = run(List.of("openssl", "pkeyutl", "-verify", "-pubin", "-inkey", publicKey.toString(),
                "-rawin", "-in", app.toString(), "-sigfile", rawSignature.toString()), Map.of());
        Result openSslSignature = run(List.of("openssl", "pkeyutl", "-sign", "-rawin", "-inkey", key.toString(),
                "-in", app.toString(), "-out", dist.resolve("openssl.bin").toString()), Map.of());

        assertEquals(extract.toString(), 0, extract.status);
        assertEquals(verify.toString(), 0, verify.status);
        assertTrue(verify.out, verify.out.contains("Signature Verified Successfully"));
        assertEquals(openSslSignature.toString(), 0, openSslSignature.status);
        assertArrayEquals("Ed25519 is deterministic: the same bytes as `openssl pkeyutl -sign -rawin`",
                Files.readAllBytes(dist.resolve("openssl.bin")), Files.readAllBytes(rawSignature));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** What UPM does with an uploaded app and its signature text, as Atlassian describes the check. */
    private static boolean upmAccepts(X509Certificate trusted, Path jar, Path sig)
            throws IOException, GeneralSecurityException {
        trusted.checkValidity();
        return verifies(trusted, Files.readAllBytes(jar), decode(sig));
    }

    private static boolean verifies(X509Certificate trusted, byte[] content, byte[] signature)
            throws GeneralSecurityException {
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(trusted.getPublicKey());
        verifier.update(content);
        return verifier.verify(signature);
    }

    private static byte[] decode(Path sig) throws IOException {
        return Base64.getDecoder().decode(Files.readString(sig, StandardCharsets.US_ASCII));
    }

    private static void assertNoOutputs(Path dist, Path app) {
        assertFalse("no signature written: " + app, Files.exists(dist.resolve(app.getFileName() + ".sig")));
        assertFalse("no certificate copy written", Files.exists(dist.resolve("cascade-app-signing.crt")));
    }

    private static Path jar(Path file, String content) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", "dev.cascade.okr");
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.putNextEntry(new JarEntry("atlassian-plugin.xml"));
            jar.write(("<atlassian-plugin key=\"dev.cascade.okr\"><!-- " + content + " --></atlassian-plugin>")
                    .getBytes(StandardCharsets.UTF_8));
            jar.closeEntry();
        }
        return file;
    }

    private static void keytool(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        command.addAll(List.of("-storetype", "PKCS12", "-storepass:env", "TEST_STORE_PASSWORD", "-noprompt"));
        Result result = run(command, Map.of("TEST_STORE_PASSWORD", STORE_PASSWORD));
        assertEquals("keytool " + String.join(" ", args) + ": " + result, 0, result.status);
    }

    private static PrivateKey privateKey(Path store, String alias) throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, STORE_PASSWORD.toCharArray());
        }
        return (PrivateKey) keyStore.getKey(alias, STORE_PASSWORD.toCharArray());
    }

    private static Path exportKey(Path store, String alias, Path file) throws IOException, GeneralSecurityException {
        return Files.writeString(file, pem("PRIVATE KEY", privateKey(store, alias).getEncoded()));
    }

    private static Path exportCertificate(Path store, String alias, Path file) throws Exception {
        keytool("-exportcert", "-rfc", "-alias", alias, "-keystore", store.toString(), "-file", file.toString());
        return file;
    }

    /** PKCS#8 encrypted with PBES2 (HMAC-SHA256, AES-256-CBC), the default of {@code openssl pkcs8 -topk8}. */
    private static Path encryptedPem(PrivateKey privateKey, Path file) throws IOException, GeneralSecurityException {
        String algorithm = "PBEWithHmacSHA256AndAES_256";
        byte[] salt = new byte[16];
        byte[] iv = new byte[16];
        new SecureRandom().nextBytes(salt);
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance(algorithm);
        cipher.init(Cipher.ENCRYPT_MODE,
                SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(STORE_PASSWORD.toCharArray())),
                new PBEParameterSpec(salt, 10_000, new IvParameterSpec(iv)));
        byte[] encrypted = cipher.doFinal(privateKey.getEncoded());
        // EncryptedPrivateKeyInfo's own constructor cannot name PBES2 on Java 17, so the DER is written here:
        // SEQUENCE { SEQUENCE { OID pkcs5PBES2 (1.2.840.113549.1.5.13), PBES2-params }, OCTET STRING }.
        byte[] pbes2 = {0x06, 0x09, 0x2A, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xF7, 0x0D, 0x01, 0x05, 0x0D};
        byte[] algorithmId = der(0x30, concat(pbes2, cipher.getParameters().getEncoded()));
        byte[] info = der(0x30, concat(algorithmId, der(0x04, encrypted)));
        new EncryptedPrivateKeyInfo(info); // parses as what OpenSSL writes
        return Files.writeString(file, pem("ENCRYPTED PRIVATE KEY", info));
    }

    private static byte[] der(int tag, byte[] content) {
        int length = content.length;
        byte[] header = length < 0x80 ? new byte[] {(byte) tag, (byte) length}
                : length < 0x100 ? new byte[] {(byte) tag, (byte) 0x81, (byte) length}
                : new byte[] {(byte) tag, (byte) 0x82, (byte) (length >> 8), (byte) length};
        return concat(header, content);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = new ByteArrayInputStream(Files.readAllBytes(file))) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    private static Result sign(Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", root().resolve("target/build-classes").toString(), "dev.cascade.build.AppSigner"));
        command.addAll(List.of(args));
        return run(command, environment);
    }

    private static Result run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove(PASSWORD_ENV);
        builder.environment().putAll(environment);
        builder.directory(TEMP.getRoot());
        Path out = Files.createTempFile(TEMP.getRoot().toPath(), "out", ".txt");
        Path err = Files.createTempFile(TEMP.getRoot().toPath(), "err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            return new Result(-1, "", e.getMessage());
        }
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Path root() {
        String basedir = System.getProperty("cascade.basedir");
        return (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath().normalize();
    }

    private static final class Result {
        final int status;
        final String out;
        final String err;

        Result(int status, String out, String err) {
            this.status = status;
            this.out = out;
            this.err = err;
        }

        @Override
        public String toString() {
            return "exit " + status + "\nout: " + out + "\nerr: " + err;
        }
    }
}
