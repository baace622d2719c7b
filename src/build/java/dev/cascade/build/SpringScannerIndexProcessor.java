package dev.cascade.build;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Atlassian Spring Scanner index files ({@code META-INF/plugin-components/*}) from the annotations in
 * the plugin's code, as the scanner's own Maven plugin would, so that the index can never drift from the code.
 *
 * <p>Rules (the format the scanner runtime reads, shared/host-api.md §5.2): a class annotated
 * {@code @jakarta.inject.Named} (or {@code @javax.inject.Named} in the Platform 7 build) is a bean in every product ({@code component}); {@code @JiraComponent} /
 * {@code @ConfluenceComponent} only in that product ({@code component-jira} / {@code component-confluence}). A
 * constructor parameter annotated {@code @ComponentImport} imports its type as a host service in every product
 * ({@code imports}); {@code @JiraImport} / {@code @ConfluenceImport} only in that product. A type imported in every
 * product is not repeated in a product file. A class annotated {@code @ExportAsService(Iface.class, ...)} is published
 * as an OSGi service under those interfaces ({@code exports}, one {@code Class#iface1,iface2} a line; one plain file
 * for every product, since the scanner has no product-specific export annotation — the runtime exports beans it has
 * built, so a line naming a Jira-only bean does nothing in Confluence); the interfaces must be named. Every file is
 * written, sorted, one fully-qualified name a line.
 *
 * <p>Build tooling only: compiled into {@code target/build-classes}, never into the plugin JAR.
 */
public final class SpringScannerIndexProcessor extends AbstractProcessor {

    private static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";

    private enum Product {
        ALL(""), JIRA("-jira"), CONFLUENCE("-confluence");

        final String suffix;

        Product(String suffix) {
            this.suffix = suffix;
        }
    }

    private final Map<Product, Set<String>> components = new EnumMap<>(Product.class);
    private final Map<Product, Set<String>> imports = new EnumMap<>(Product.class);
    private final Set<String> exports = new TreeSet<>();

    /** Creates the processor; javac instantiates it once per compilation. */
    public SpringScannerIndexProcessor() {
        for (Product product : Product.values()) {
            components.put(product, new TreeSet<>());
            imports.put(product, new TreeSet<>());
        }
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        // "*" so that the index is written even when no class is annotated yet (an empty index is still an index).
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String name = annotation.getQualifiedName().toString();
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                switch (name) {
                    // jakarta for the Platform 8 sources, javax for their Platform 7 rename (the scanner reads both).
                    case "jakarta.inject.Named", "javax.inject.Named" -> addComponent(Product.ALL, element);
                    case SCANNER + "component.JiraComponent" -> addComponent(Product.JIRA, element);
                    case SCANNER + "component.ConfluenceComponent" -> addComponent(Product.CONFLUENCE, element);
                    case SCANNER + "imports.ComponentImport" -> addImport(Product.ALL, element);
                    case SCANNER + "imports.JiraImport" -> addImport(Product.JIRA, element);
                    case SCANNER + "imports.ConfluenceImport" -> addImport(Product.CONFLUENCE, element);
                    case SCANNER + "export.ExportAsService" -> addExport(element);
                    default -> { }
                }
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private void addComponent(Product product, Element element) {
        // @Named may also qualify an injection point; only classes are beans.
        if (element.getKind() == ElementKind.CLASS) {
            components.get(product).add(binaryName((TypeElement) element));
        }
    }

    private void addImport(Product product, Element element) {
        if (element.getKind() == ElementKind.ANNOTATION_TYPE) {
            return; // @JiraImport is itself meta-annotated with @ComponentImport
        }
        if (element.getKind() != ElementKind.PARAMETER
                || element.getEnclosingElement().getKind() != ElementKind.CONSTRUCTOR) {
            error(element, "host imports must be constructor parameters");
            return;
        }
        TypeMirror type = processingEnv.getTypeUtils().erasure(element.asType());
        Element typeElement = processingEnv.getTypeUtils().asElement(type);
        imports.get(product).add(typeElement instanceof TypeElement
                ? binaryName((TypeElement) typeElement) : type.toString());
    }

    private void addExport(Element element) {
        if (element.getKind() != ElementKind.CLASS) {
            error(element, "only a class can be exported as a service");
            return;
        }
        List<String> interfaces = new ArrayList<>();
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (!((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName()
                    .contentEquals(SCANNER + "export.ExportAsService")) {
                continue;
            }
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry
                    : mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value")) {
                    for (Object value : (List<?>) entry.getValue().getValue()) {
                        TypeMirror type = (TypeMirror) ((AnnotationValue) value).getValue();
                        interfaces.add(binaryName((TypeElement) processingEnv.getTypeUtils().asElement(type)));
                    }
                }
            }
        }
        if (interfaces.isEmpty()) {
            error(element, "@ExportAsService must name the interfaces to publish the bean under");
            return;
        }
        exports.add(binaryName((TypeElement) element) + "#" + String.join(",", interfaces));
    }

    private void write() {
        for (Product product : Product.values()) {
            if (product != Product.ALL) {
                imports.get(product).removeAll(imports.get(Product.ALL));
            }
            writeIndex("component" + product.suffix, components.get(product));
            writeIndex("imports" + product.suffix, imports.get(product));
        }
        writeIndex("exports", exports);
    }

    /** {@code Outer$Inner}, the name the scanner runtime loads, not the source name {@code Outer.Inner}. */
    private String binaryName(TypeElement type) {
        return processingEnv.getElementUtils().getBinaryName(type).toString();
    }

    private void writeIndex(String file, Set<String> lines) {
        try {
            FileObject resource = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/plugin-components/" + file);
            try (Writer writer = new java.io.OutputStreamWriter(resource.openOutputStream(), StandardCharsets.UTF_8)) {
                for (String line : lines) {
                    writer.write(line);
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot write Spring Scanner index " + file + ": " + e.getMessage());
        }
    }

    private void error(Element element, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
    }
}
