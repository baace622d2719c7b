package dev.cascade.build;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.UnrecoverableKeyException;
import java.security.cert.Certificate;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.interfaces.EdECKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Signs the plugin JARs for the app signature check of the Universal Plugin Manager 8 (Jira 11, Confluence 10),
 * which refuses an uploaded app that does not come with a signature made by a certificate in the instance's trust
 * store ({@code docs/signing.md}).
 *
 * <p>What it writes, for each JAR: {@code <jar file name>.sig} next to the JAR, holding the Base64 text (one line, no
 * line break, no trailing newline) of the Ed25519 signature over the bytes of the whole JAR file — what Atlassian's
 * own check does with {@code openssl pkeyutl -verify -rawin -in app.jar}. Beside the JARs it copies the certificate
 * as {@value #CERTIFICATE_COPY}, PEM, for the administrator's trust store. Before writing anything it proves that the
 * key matches the certificate (a signature made with the key verifies with the certificate's public key), that both
 * are Ed25519 and that the certificate is valid today; each JAR's signature is verified again before it is written.
 * Signatures left over from an earlier build are removed first, so a failure never leaves a stale one beside a new
 * JAR.
 *
 * <p>The key comes from the person releasing, never from the repository: an Ed25519 private key as PKCS#8 PEM (what
 * {@code openssl genpkey -algorithm ed25519} writes; an encrypted one takes its password from an environment
 * variable), or a PKCS#12 keystore (what {@code keytool -genkeypair -keyalg Ed25519} writes) whose password comes
 * from an environment variable. A password is never read from the command line. With no key configured the tool
 * signs nothing, says so, and succeeds, so that an ordinary build needs no key.
 *
 * <p>Build tooling only, JDK only: compiled into {@code target/build-classes}, never into the plugin JAR. Run as
 * {@code java -cp target/build-classes dev.cascade.build.AppSigner --key=<file> --certificate=<file> --jar=<file>...}.
 */
public final class AppSigner {

    /** The environment variable that holds the password of an encrypted key or keystore, unless renamed. */
    static final String PASSWORD_ENV = "CASCADE_SIGNING_PASSWORD";
    /** The file name of the certificate copy written beside the signed JARs. */
    static final String CERTIFICATE_COPY = "cascade-app-signing.crt";
    static final String SIGNATURE_SUFFIX = ".sig";

    private static final String ED25519 = "Ed25519";
    private static final Duration EXPIRY_WARNING = Duration.ofDays(30);
    private static final Pattern PEM_BLOCK =
            Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

    static final String USAGE = String.join(System.lineSeparator(),
            "Usage: java -cp target/build-classes dev.cascade.build.AppSigner --key=<file> [--certificate=<file>]",
            "           [--alias=<name>] [--password-env=<VARIABLE>] --jar=<file> [<file>...] [--jar=<file>...]",
            "  --key           Ed25519 private key: PKCS#8 PEM (openssl genpkey -algorithm ed25519), or a PKCS#12",
            "                  keystore (.p12/.pfx, keytool -genkeypair -keyalg Ed25519). Empty: sign nothing.",
            "  --certificate   PEM X.509 certificate of that key; required with a PEM key, optional with a keystore",
            "                  (its entry's certificate is used).",
            "  --alias         keystore entry; needed only when the keystore holds several keys.",
            "  --password-env  environment variable holding the password of an encrypted key or keystore",
            "                  (default " + PASSWORD_ENV + "). Passwords are never taken from the command line.",
            "  --jar           a JAR to sign; repeat it, or list several JARs after it.",
            "Writes <jar>.sig (Base64 Ed25519 signature over the whole JAR) next to each JAR, and "
                    + CERTIFICATE_COPY + " beside them.");

    private AppSigner() {
    }

    public static void main(String[] args) {
        int status = run(args, System.getenv(), System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the tool: 0 when the JARs were signed or no key is configured, 1 when signing failed, 2 on a usage error.
     */
    static int run(String[] args, Map<String, String> environment, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (SigningException e) {
            err.println("AppSigner: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        if (options.help) {
            out.println(USAGE);
            return 0;
        }
        try {
            removeStaleOutputs(options, out);
            if (options.key == null) {
                out.println("App signing skipped: no signing key is configured (-Dcascade.signing.key=<file>), so "
                        + "no .sig file was written. Jira 11 and Confluence 10 refuse to upload an unsigned app "
                        + "unless their administrator turns the signature check off (docs/signing.md).");
                return 0;
            }
            sign(options, environment, out, err);
            return 0;
        } catch (SigningException e) {
            err.println("App signing failed: " + e.getMessage());
            return 1;
        }
    }

    private static void sign(Options options, Map<String, String> environment, PrintStream out, PrintStream err)
            throws SigningException {
        String passwordVariable = options.passwordEnv == null ? PASSWORD_ENV : options.passwordEnv;
        KeyMaterial material = loadKey(options.key, options.alias, environment.get(passwordVariable),
                passwordVariable);
        X509Certificate certificate;
        if (options.certificate != null) {
            certificate = loadCertificate(options.certificate);
        } else if (material.certificate != null) {
            certificate = material.certificate;
        } else {
            throw new SigningException("--certificate is required with a PEM key: give the PEM certificate of "
                    + options.key + ", which the administrator will put into the trust store.");
        }
        String certificateName = options.certificate != null ? options.certificate.toString()
                : "the certificate of keystore entry '" + material.alias + "'";
        checkCertificate(certificate, certificateName, Instant.now(), err);
        checkKeyMatchesCertificate(material.key, certificate, options.key, certificateName);

        Map<Path, byte[]> signatures = new LinkedHashMap<>();
        for (Path jar : options.jars) {
            byte[] content = readJar(jar);
            byte[] signature = signature(material.key, content);
            if (!verifies(certificate.getPublicKey(), content, signature)) {
                throw new SigningException("the signature of " + jar + " does not verify with the certificate.");
            }
            signatures.put(jar, signature);
        }
        Set<Path> folders = new LinkedHashSet<>();
        for (Map.Entry<Path, byte[]> entry : signatures.entrySet()) {
            Path sig = signatureFile(entry.getKey());
            write(sig, Base64.getEncoder().encodeToString(entry.getValue()));
            folders.add(folder(entry.getKey()));
            out.println("Signed " + entry.getKey() + " -> " + sig + " (Ed25519 over the whole file, Base64).");
        }
        String pem = pem(certificate);
        for (Path folder : folders) {
            Path copy = folder.resolve(CERTIFICATE_COPY);
            write(copy, pem);
            out.println("Certificate for the administrator's trust store: " + copy);
        }
        out.println("Certificate: " + certificate.getSubjectX500Principal().getName() + ", SHA-256 fingerprint "
                + fingerprint(certificate) + ", valid until " + certificate.getNotAfter().toInstant() + ".");
    }

    // ---------------------------------------------------------------------------------------------- key material

    /** A private key and, from a keystore, its certificate and entry name. */
    private static final class KeyMaterial {
        final PrivateKey key;
        final X509Certificate certificate;
        final String alias;

        KeyMaterial(PrivateKey key, X509Certificate certificate, String alias) {
            this.key = key;
            this.certificate = certificate;
            this.alias = alias;
        }
    }

    private static KeyMaterial loadKey(Path file, String alias, String password, String passwordVariable)
            throws SigningException {
        byte[] bytes = readFile(file, "signing key (--key)");
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".p12") || name.endsWith(".pfx") || !text.contains("-----BEGIN ")) {
            return loadKeystore(file, bytes, alias, password, passwordVariable);
        }
        Matcher block = PEM_BLOCK.matcher(text);
        while (block.find()) {
            String label = block.group(1);
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(block.group(2));
            } catch (IllegalArgumentException e) {
                throw new SigningException(file + ": the PEM block " + label + " is not valid Base64.");
            }
            if (label.equals("PRIVATE KEY")) {
                return new KeyMaterial(ed25519PrivateKey(der, file), null, null);
            }
            if (label.equals("ENCRYPTED PRIVATE KEY")) {
                return new KeyMaterial(ed25519PrivateKey(decrypt(der, file, password, passwordVariable), file),
                        null, null);
            }
            if (label.endsWith("PRIVATE KEY")) {
                throw new SigningException(file + " holds a \"" + label + "\", not an Ed25519 key in PKCS#8 form. "
                        + "UPM checks only Ed25519 signatures; make the key with "
                        + "`openssl genpkey -algorithm ed25519 -out <file>` (docs/signing.md).");
            }
        }
        throw new SigningException(file + " holds no private key (no \"-----BEGIN PRIVATE KEY-----\" block); "
                + "--key takes the private key, --certificate the certificate.");
    }

    private static PrivateKey ed25519PrivateKey(byte[] pkcs8, Path file) throws SigningException {
        PrivateKey key;
        try {
            key = KeyFactory.getInstance(ED25519).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (InvalidKeySpecException e) {
            throw new SigningException(file + " is not an Ed25519 private key. UPM checks only Ed25519 signatures; "
                    + "make the key with `openssl genpkey -algorithm ed25519 -out <file>` (docs/signing.md).");
        } catch (GeneralSecurityException e) {
            throw new SigningException("this Java cannot read Ed25519 keys (" + e.getMessage() + "); use Java 17+.");
        }
        requireEd25519(key, file + " is");
        return key;
    }

    private static byte[] decrypt(byte[] der, Path file, String password, String passwordVariable)
            throws SigningException {
        char[] secret = requirePassword(password, passwordVariable, file + " is an encrypted key");
        try {
            EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
            // PBES2 (what OpenSSL writes) names its real cipher only in the parameters.
            String algorithm = info.getAlgParameters() != null ? info.getAlgParameters().toString()
                    : info.getAlgName();
            Cipher cipher = Cipher.getInstance(algorithm);
            cipher.init(Cipher.DECRYPT_MODE,
                    SecretKeyFactory.getInstance(algorithm).generateSecret(new PBEKeySpec(secret)),
                    info.getAlgParameters());
            return info.getKeySpec(cipher).getEncoded();
        } catch (IOException | GeneralSecurityException e) {
            throw new SigningException("cannot decrypt " + file + " with the password in the environment variable "
                    + passwordVariable + " (wrong password, or an encryption this Java does not read: "
                    + e.getMessage() + ").");
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static KeyMaterial loadKeystore(Path file, byte[] bytes, String alias, String password,
            String passwordVariable) throws SigningException {
        char[] secret = requirePassword(password, passwordVariable, file + " is a PKCS#12 keystore");
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = new ByteArrayInputStream(bytes)) {
                store.load(in, secret);
            } catch (IOException e) {
                if (e.getCause() instanceof UnrecoverableKeyException) {
                    throw new SigningException("cannot open the keystore " + file + ": the password in the "
                            + "environment variable " + passwordVariable + " is wrong.");
                }
                throw new SigningException(file + " is neither a PEM private key nor a PKCS#12 keystore ("
                        + e.getMessage() + ").");
            }
            List<String> keys = new ArrayList<>();
            for (String entry : Collections.list(store.aliases())) {
                if (store.isKeyEntry(entry)) {
                    keys.add(entry);
                }
            }
            String chosen = alias;
            if (chosen == null) {
                if (keys.size() != 1) {
                    throw new SigningException("the keystore " + file + " holds " + keys.size() + " keys "
                            + keys + "; name one with --alias.");
                }
                chosen = keys.get(0);
            } else if (!keys.contains(chosen)) {
                throw new SigningException("the keystore " + file + " has no key '" + chosen + "'; its keys: "
                        + keys + ".");
            }
            if (!(store.getKey(chosen, secret) instanceof PrivateKey)) {
                throw new SigningException("the keystore entry '" + chosen + "' of " + file + " is no private key.");
            }
            PrivateKey key = (PrivateKey) store.getKey(chosen, secret);
            requireEd25519(key, "the keystore entry '" + chosen + "' of " + file + " is");
            Certificate certificate = store.getCertificate(chosen);
            return new KeyMaterial(key, certificate instanceof X509Certificate ? (X509Certificate) certificate
                    : null, chosen);
        } catch (UnrecoverableKeyException e) {
            throw new SigningException("cannot read the key of " + file + " with the password in the environment "
                    + "variable " + passwordVariable + ".");
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot read the keystore " + file + ": " + e.getMessage());
        } finally {
            Arrays.fill(secret, '\0');
        }
    }

    private static char[] requirePassword(String password, String variable, String what) throws SigningException {
        if (password == null || password.isEmpty()) {
            throw new SigningException(what + ": put its password into the environment variable " + variable
                    + " (a password is never read from the command line).");
        }
        return password.toCharArray();
    }

    private static void requireEd25519(Key key, String what) throws SigningException {
        String curve = key instanceof EdECKey ? ((EdECKey) key).getParams().getName() : key.getAlgorithm();
        if (!ED25519.equalsIgnoreCase(curve)) {
            throw new SigningException(what + " a " + curve + " key; UPM checks only Ed25519 signatures "
                    + "(docs/signing.md).");
        }
    }

    // ---------------------------------------------------------------------------------------------- certificate

    private static X509Certificate loadCertificate(Path file) throws SigningException {
        byte[] bytes = readFile(file, "certificate (--certificate)");
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            Certificate certificate = CertificateFactory.getInstance("X.509").generateCertificate(in);
            return (X509Certificate) certificate;
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new SigningException(file + " is not a PEM X.509 certificate (\"-----BEGIN CERTIFICATE-----\"): "
                    + e.getMessage());
        }
    }

    private static void checkCertificate(X509Certificate certificate, String name, Instant now, PrintStream err)
            throws SigningException {
        PublicKey key = certificate.getPublicKey();
        requireEd25519(key, "the key of " + name + " is");
        try {
            certificate.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new SigningException(name + " expired on " + certificate.getNotAfter().toInstant()
                    + "; UPM refuses apps signed with an expired certificate. Make a new certificate for the key "
                    + "and send it to the administrators (docs/signing.md).");
        } catch (CertificateNotYetValidException e) {
            throw new SigningException(name + " is not valid before " + certificate.getNotBefore().toInstant()
                    + ".");
        }
        Duration left = Duration.between(now, certificate.getNotAfter().toInstant());
        if (left.compareTo(EXPIRY_WARNING) < 0) {
            err.println("Warning: " + name + " expires on " + certificate.getNotAfter().toInstant() + " (in "
                    + left.toDays() + " days); apps signed with it stop installing then.");
        }
    }

    private static void checkKeyMatchesCertificate(PrivateKey key, X509Certificate certificate, Path keyFile,
            String certificateName) throws SigningException {
        byte[] probe = new byte[64];
        new SecureRandom().nextBytes(probe);
        if (!verifies(certificate.getPublicKey(), probe, signature(key, probe))) {
            throw new SigningException("the signing key " + keyFile + " does not match " + certificateName
                    + ": a signature made with the key does not verify with the certificate's public key. UPM "
                    + "would refuse the app; give the certificate that was made for this key.");
        }
    }

    private static String fingerprint(X509Certificate certificate) throws SigningException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot read the certificate: " + e.getMessage());
        }
    }

    private static String pem(X509Certificate certificate) throws SigningException {
        try {
            String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(certificate.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + body + "\n-----END CERTIFICATE-----\n";
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot encode the certificate: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- signatures

    private static byte[] signature(PrivateKey key, byte[] content) throws SigningException {
        try {
            Signature signer = Signature.getInstance(ED25519);
            signer.initSign(key);
            signer.update(content);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot sign with the key: " + e.getMessage());
        }
    }

    private static boolean verifies(PublicKey key, byte[] content, byte[] signature) throws SigningException {
        try {
            Signature verifier = Signature.getInstance(ED25519);
            verifier.initVerify(key);
            verifier.update(content);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            throw new SigningException("cannot verify with the certificate's key: " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- files

    static Path signatureFile(Path jar) {
        return jar.resolveSibling(jar.getFileName() + SIGNATURE_SUFFIX);
    }

    private static Path folder(Path jar) {
        Path parent = jar.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    private static void removeStaleOutputs(Options options, PrintStream out) throws SigningException {
        Set<Path> inputs = new LinkedHashSet<>();
        for (Path input : new Path[] {options.key, options.certificate}) {
            if (input != null) {
                inputs.add(input.toAbsolutePath().normalize());
            }
        }
        Set<Path> stale = new LinkedHashSet<>();
        for (Path jar : options.jars) {
            stale.add(signatureFile(jar).toAbsolutePath().normalize());
        }
        for (Path jar : options.jars) {
            stale.add(folder(jar).resolve(CERTIFICATE_COPY).normalize());
        }
        for (Path file : stale) {
            // A copy given back as --certificate (signing again by hand) is read, then rewritten, not removed.
            if (!inputs.contains(file)) {
                delete(file, out);
            }
        }
    }

    private static void delete(Path file, PrintStream out) throws SigningException {
        try {
            if (Files.deleteIfExists(file)) {
                out.println("Removed " + file + " left by an earlier build.");
            }
        } catch (IOException e) {
            throw new SigningException("cannot remove the stale " + file + ": " + e.getMessage());
        }
    }

    private static byte[] readJar(Path jar) throws SigningException {
        byte[] content = readFile(jar, "JAR (--jar)");
        if (content.length < 4 || content[0] != 'P' || content[1] != 'K' || content[2] != 3 || content[3] != 4) {
            throw new SigningException(jar + " is not a JAR (it does not start with a ZIP header).");
        }
        return content;
    }

    private static byte[] readFile(Path file, String what) throws SigningException {
        if (!Files.exists(file)) {
            throw new SigningException("the " + what + " " + file + " does not exist.");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new SigningException("the " + what + " " + file + " is not a readable file.");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (bytes.length == 0) {
                throw new SigningException("the " + what + " " + file + " is empty.");
            }
            return bytes;
        } catch (IOException e) {
            throw new SigningException("cannot read the " + what + " " + file + ": " + e.getMessage());
        }
    }

    private static void write(Path file, String text) throws SigningException {
        try {
            Path temporary = Files.createTempFile(folder(file), file.getFileName().toString(), ".tmp");
            Files.writeString(temporary, text, StandardCharsets.US_ASCII);
            // Nothing secret is written: readable by all like the JARs, not 0600 as temporary files are made.
            if (Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SigningException("cannot write " + file + ": " + e.getMessage());
        }
    }

    // ---------------------------------------------------------------------------------------------- arguments

    /** The parsed command line. */
    private static final class Options {
        Path key;
        Path certificate;
        String alias;
        String passwordEnv;
        boolean help;
        final List<Path> jars = new ArrayList<>();

        static Options parse(String[] args) throws SigningException {
            Options options = new Options();
            boolean inJars = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (!arg.startsWith("--")) {
                    if (!inJars) {
                        throw new SigningException("unexpected argument '" + arg + "'.");
                    }
                    options.jars.add(Path.of(arg));
                    continue;
                }
                inJars = false;
                String name = arg;
                String value = null;
                int equals = arg.indexOf('=');
                if (equals > 0) {
                    name = arg.substring(0, equals);
                    value = arg.substring(equals + 1);
                }
                if (name.equals("--help")) {
                    options.help = true;
                    continue;
                }
                if (!List.of("--key", "--certificate", "--alias", "--password-env", "--jar").contains(name)) {
                    throw new SigningException("unknown option " + name + ".");
                }
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new SigningException(name + " needs a value.");
                    }
                    value = args[++i];
                }
                switch (name) {
                    case "--key":
                        options.key = configured(value) ? Path.of(value.strip()) : null;
                        break;
                    case "--certificate":
                        options.certificate = configured(value) ? Path.of(value.strip()) : null;
                        break;
                    case "--alias":
                        options.alias = configured(value) ? value.strip() : null;
                        break;
                    case "--password-env":
                        options.passwordEnv = configured(value) ? value.strip() : null;
                        break;
                    default:
                        if (configured(value)) {
                            options.jars.add(Path.of(value.strip()));
                        }
                        inJars = true;
                        break;
                }
            }
            if (options.help) {
                return options;
            }
            if (options.jars.isEmpty() && options.key != null) {
                throw new SigningException("no JAR to sign: give --jar=<file>.");
            }
            return options;
        }

        /** Empty, or a Maven property left unresolved ({@code ${cascade.signing.key}}), means "not configured". */
        private static boolean configured(String value) {
            String v = value.strip();
            return !v.isEmpty() && !(v.startsWith("${") && v.endsWith("}"));
        }
    }

    /** A failure the person releasing must fix; its message says what and how. */
    static final class SigningException extends Exception {
        private static final long serialVersionUID = 1L;

        SigningException(String message) {
            super(message);
        }
    }
}
