package dev.cascade.okr.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Checks that every host class and member a plugin class refers to exists where the platform will link it: Atlassian
 * types ({@code com/atlassian/...}) in that platform's host API mirror, everything else outside the JDK (the Jakarta or
 * Java EE APIs, Active Objects, Jackson, Spring, SLF4J) in the API jars the tests run with. A member counts as present
 * when the owner or one of its supertypes declares it with the same name and erased descriptor, as the JVM resolves
 * it.
 */
final class HostLinkage {

    private static final String ATLASSIAN = "com/atlassian/";

    private final Path mirror;
    private final Map<String, byte[]> plugin;
    private final Map<String, Optional<ClassReader>> found = new HashMap<>();

    /**
     * @param mirror the platform's compiled host API mirror
     * @param plugin the plugin's class files by internal name (never resolved against the mirror or the jars)
     */
    HostLinkage(Path mirror, Map<String, byte[]> plugin) {
        this.mirror = mirror;
        this.plugin = plugin;
    }

    /** Every reference of the plugin's classes that does not link, as {@code class -> what}, sorted. */
    Set<String> missing() {
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : plugin.entrySet()) {
            String from = entry.getKey().replace('/', '.');
            for (Reference reference : references(entry.getValue())) {
                String problem = check(reference);
                if (problem != null) {
                    missing.add(from + " -> " + problem);
                }
            }
        }
        return missing;
    }

    /** The class names the plugin refers to under {@code prefix} ({@code javax/ws/rs/}, ...), with a referrer each. */
    Set<String> referencesUnder(String prefix) {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, byte[]> entry : plugin.entrySet()) {
            for (Reference reference : references(entry.getValue())) {
                if (reference.owner().startsWith(prefix)) {
                    names.add(reference.owner() + " (from " + entry.getKey() + ")");
                }
            }
        }
        return names;
    }

    private String check(Reference reference) {
        String owner = reference.owner();
        if (owner.startsWith("[") || plugin.containsKey(owner) || isJdk(owner)) {
            return null;
        }
        Optional<ClassReader> type = type(owner);
        if (type.isEmpty()) {
            return owner.replace('/', '.') + " (no such class in " + where(owner) + ")";
        }
        if (reference.name() == null || declares(owner, reference)) {
            return null;
        }
        return owner.replace('/', '.') + "." + reference.name() + reference.descriptor() + " (no such "
                + (reference.field() ? "field" : "method") + " in " + where(owner) + ")";
    }

    private String where(String owner) {
        return owner.startsWith(ATLASSIAN) ? "the host API mirror " + mirror : "the platform's API jars";
    }

    private boolean declares(String owner, Reference reference) {
        Optional<ClassReader> type = type(owner);
        if (type.isEmpty()) {
            return false;
        }
        boolean[] hit = {false};
        type.get().accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                    Object value) {
                hit[0] |= reference.field() && name.equals(reference.name())
                        && descriptor.equals(reference.descriptor());
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                hit[0] |= !reference.field() && name.equals(reference.name())
                        && descriptor.equals(reference.descriptor());
                return null;
            }
        }, ClassReader.SKIP_CODE);
        if (hit[0]) {
            return true;
        }
        // An interface's class file names java/lang/Object as its superclass, so Object's methods are found too.
        List<String> supers = new ArrayList<>();
        if (type.get().getSuperName() != null) {
            supers.add(type.get().getSuperName());
        }
        supers.addAll(List.of(type.get().getInterfaces()));
        for (String parent : supers) {
            if (declares(parent, reference)) {
                return true;
            }
        }
        return false;
    }

    private Optional<ClassReader> type(String internal) {
        return found.computeIfAbsent(internal, name -> {
            if (name.startsWith(ATLASSIAN)) {
                Path file = mirror.resolve(name + ".class");
                return Files.isRegularFile(file) ? Optional.of(reader(file)) : Optional.empty();
            }
            return jdkOrJar(name);
        });
    }

    private static Optional<ClassReader> jdkOrJar(String internal) {
        try (InputStream in = HostLinkage.class.getClassLoader().getResourceAsStream(internal + ".class")) {
            return in == null ? Optional.empty() : Optional.of(new ClassReader(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isJdk(String internal) {
        return ClassLoader.getPlatformClassLoader().getResource(internal + ".class") != null;
    }

    private static ClassReader reader(Path file) {
        try {
            return new ClassReader(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The classes, fields and methods a class file refers to. */
    static List<Reference> references(byte[] classFile) {
        List<Reference> references = new ArrayList<>();
        ClassReader reader = new ClassReader(classFile);
        if (reader.getSuperName() != null) {
            references.add(Reference.type(reader.getSuperName()));
        }
        for (String parent : reader.getInterfaces()) {
            references.add(Reference.type(parent));
        }
        reader.accept(new ClassVisitor(Opcodes.ASM9) {
            @Override
            public FieldVisitor visitField(int access, String name, String descriptor, String signature,
                    Object value) {
                types(Type.getType(descriptor), references);
                return null;
            }

            @Override
            public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
                types(Type.getType(descriptor), references);
                return null;
            }

            @Override
            public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                    String[] exceptions) {
                types(Type.getMethodType(descriptor), references);
                return new MethodVisitor(Opcodes.ASM9) {
                    @Override
                    public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                        types(Type.getType(annotation), references);
                        return null;
                    }

                    @Override
                    public AnnotationVisitor visitParameterAnnotation(int parameter,
                            String annotation, boolean visible) {
                        types(Type.getType(annotation), references);
                        return null;
                    }

                    @Override
                    public void visitTypeInsn(int opcode, String type) {
                        types(Type.getObjectType(type), references);
                    }

                    @Override
                    public void visitFieldInsn(int opcode, String owner, String field, String fieldDescriptor) {
                        references.add(new Reference(owner, field, fieldDescriptor, true));
                        types(Type.getType(fieldDescriptor), references);
                    }

                    @Override
                    public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
                            boolean isInterface) {
                        references.add(new Reference(owner, method, methodDescriptor, false));
                        types(Type.getMethodType(methodDescriptor), references);
                    }

                    @Override
                    public void visitLdcInsn(Object value) {
                        if (value instanceof Type type && type.getSort() != Type.METHOD) {
                            types(type, references);
                        }
                    }

                    @Override
                    public void visitTryCatchBlock(Label start, Label end,
                            Label handler, String type) {
                        if (type != null) {
                            references.add(Reference.type(type));
                        }
                    }
                };
            }
        }, ClassReader.SKIP_DEBUG);
        return references;
    }

    private static void types(Type type, List<Reference> references) {
        switch (type.getSort()) {
            case Type.METHOD -> {
                types(type.getReturnType(), references);
                for (Type argument : type.getArgumentTypes()) {
                    types(argument, references);
                }
            }
            case Type.ARRAY -> types(type.getElementType(), references);
            case Type.OBJECT -> references.add(Reference.type(type.getInternalName()));
            default -> {
                // primitives link everywhere
            }
        }
    }

    /** A reference to a class ({@code name == null}) or to one of its fields or methods. */
    record Reference(String owner, String name, String descriptor, boolean field) {

        static Reference type(String owner) {
            return new Reference(owner, null, null, false);
        }
    }

    /** Reads the {@code dev/cascade/...} class files of a JAR by internal name. */
    static Map<String, byte[]> pluginClasses(Path jar) throws IOException {
        Map<String, byte[]> classes = new HashMap<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith("dev/cascade/") && name.endsWith(".class")) {
                    try (InputStream in = file.getInputStream(entry)) {
                        classes.put(name.substring(0, name.length() - ".class".length()), in.readAllBytes());
                    }
                }
            }
        }
        return classes;
    }
}
