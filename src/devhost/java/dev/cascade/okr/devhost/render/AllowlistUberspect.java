package dev.cascade.okr.devhost.render;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.runtime.parser.node.AbstractExecutor;
import org.apache.velocity.runtime.parser.node.BooleanPropertyExecutor;
import org.apache.velocity.runtime.parser.node.GetExecutor;
import org.apache.velocity.runtime.parser.node.MapGetExecutor;
import org.apache.velocity.runtime.parser.node.MapSetExecutor;
import org.apache.velocity.runtime.parser.node.PropertyExecutor;
import org.apache.velocity.runtime.parser.node.PutExecutor;
import org.apache.velocity.runtime.parser.node.SetExecutor;
import org.apache.velocity.runtime.parser.node.SetPropertyExecutor;
import org.apache.velocity.util.ArrayListWrapper;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * Velocity 1.7 introspector that lets a template call only allowlisted methods, like Jira 10's
 * {@code <velocity-allowlist>}, but failing the render instead of silently blocking the call.
 *
 * <p>Every method call, getter behind a property ({@code $view.title} → {@code getTitle()}, {@code isTitle()}),
 * setter behind {@code #set($a.b = …)} and the method {@code #foreach} iterates with is resolved exactly as
 * {@link UberspectImpl} does, then checked. The key of a method is its declaring class, {@code #}, its name and its
 * parameter types: {@code dev.cascade.okr.web.ProjectGoalsView#getObjectives()},
 * {@code a.B#getText(java.lang.String,int)} (see {@link #allowlistKey(Method)}).
 *
 * <p>Velocity creates this class by name, so its configuration, a {@link MethodAllowlist}, comes from the engine's
 * application attribute {@link #ALLOWLIST_ATTRIBUTE}.
 */
public final class AllowlistUberspect extends UberspectImpl implements RuntimeServicesAware {

    /** Engine application attribute holding the {@link MethodAllowlist} this introspector enforces. */
    static final String ALLOWLIST_ATTRIBUTE = AllowlistUberspect.class.getName() + ".allowlist";

    private RuntimeServices runtimeServices;
    private MethodAllowlist allowlist;

    /** Called by Velocity, which instantiates the introspector named in {@code runtime.introspector.uberspect}. */
    public AllowlistUberspect() {
        super();
    }

    @Override
    public void setRuntimeServices(RuntimeServices services) {
        this.runtimeServices = services;
    }

    @Override
    public void init() {
        super.init();
        Object configured =
                runtimeServices == null ? null : runtimeServices.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (!(configured instanceof MethodAllowlist)) {
            throw new IllegalStateException("The Velocity engine has no application attribute " + ALLOWLIST_ATTRIBUTE
                    + " holding a MethodAllowlist; create engines through DevVelocityRenderer");
        }
        this.allowlist = (MethodAllowlist) configured;
    }

    @Override
    public VelMethod getMethod(Object obj, String methodName, Object[] args, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        Class<?> type = obj.getClass();
        Method method = introspector.getMethod(type, methodName, args);
        if (method != null) {
            requireAllowed(method, type, info);
            return new VelMethodImpl(method);
        }
        if (type.isArray()) {
            // Velocity lets templates treat arrays as lists.
            method = introspector.getMethod(ArrayListWrapper.class, methodName, args);
            if (method != null) {
                requireAllowed(method, ArrayListWrapper.class, info);
                return new VelMethodImpl(method, true);
            }
        } else if (type == Class.class) {
            // A Class in the context gives access to its static methods.
            Class<?> target = (Class<?>) obj;
            method = introspector.getMethod(target, methodName, args);
            if (method != null) {
                requireAllowed(method, target, info);
                return new VelMethodImpl(method);
            }
        }
        return null;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object obj, String identifier, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        // Same order as UberspectImpl: getFoo()/getfoo(), Map#get, get(String), isFoo().
        Class<?> type = obj.getClass();
        AbstractExecutor executor = new PropertyExecutor(log, introspector, type, identifier);
        if (!executor.isAlive()) {
            executor = new MapGetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new GetExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new BooleanPropertyExecutor(log, introspector, type, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requireAllowed(executor.getMethod(), type, info);
        return new VelGetterImpl(executor);
    }

    @Override
    public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info info) throws Exception {
        if (obj == null) {
            return null;
        }
        // Same order as UberspectImpl: setFoo(arg), Map#put, put(String, arg).
        Class<?> type = obj.getClass();
        SetExecutor executor = new SetPropertyExecutor(log, introspector, type, identifier, arg);
        if (!executor.isAlive()) {
            executor = new MapSetExecutor(log, type, identifier);
        }
        if (!executor.isAlive()) {
            executor = new PutExecutor(log, introspector, type, arg, identifier);
        }
        if (!executor.isAlive()) {
            return null;
        }
        requireAllowed(executor.getMethod(), type, info);
        return new VelSetterImpl(executor);
    }

    @Override
    public Iterator<?> getIterator(Object obj, Info info) throws Exception {
        if (obj != null && !obj.getClass().isArray()) {
            Method iteration = iterationMethodOf(obj);
            if (iteration != null) {
                requireAllowed(iteration, obj.getClass(), info);
            }
        }
        return super.getIterator(obj, info);
    }

    /** The method UberspectImpl#getIterator calls on {@code obj}, or null when it calls none. */
    private static Method iterationMethodOf(Object obj) throws NoSuchMethodException {
        Class<?> type = obj.getClass();
        if (obj instanceof Collection) {
            return type.getMethod("iterator");
        }
        if (obj instanceof Map) {
            return type.getMethod("values");
        }
        if (obj instanceof Iterator) {
            return type.getMethod("hasNext");
        }
        if (obj instanceof Enumeration) {
            return type.getMethod("hasMoreElements");
        }
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals("iterator") && m.getParameterCount() == 0)
                .findFirst()
                .orElse(null);
    }

    private void requireAllowed(Method method, Class<?> receiverType, Info info) {
        if (!allowlist.permits(method, receiverType)) {
            throw new TemplateRenderingException("Method needs allowlisting: " + allowlistKey(method)
                    + " (template '" + info.getTemplateName() + "', line " + info.getLine()
                    + ", column " + info.getColumn() + ")");
        }
    }

    /**
     * The {@code <velocity-allowlist>} entry that permits {@code method}: declaring class (binary name, so nested
     * classes use {@code $}), {@code #}, name, and the parameter types' names joined by {@code ,} without spaces
     * ({@code int}, {@code java.lang.String}, {@code java.lang.String[]}).
     */
    static String allowlistKey(Method method) {
        return method.getDeclaringClass().getName() + "#" + signatureOf(method);
    }

    private static String signatureOf(Method method) {
        return method.getName() + Arrays.stream(method.getParameterTypes())
                .map(Class::getTypeName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /**
     * What a template may call: the plugin's own allowlist entries, the built-in JDK global list, and every public
     * method of the host types (e.g. the i18n resolver) and of the JDK types their implementations inherit from.
     */
    static final class MethodAllowlist {

        /** JDK types whose public methods Jira's global allowlist is said to cover (host-api-platform7.md §2.1). */
        private static final List<Class<?>> GLOBAL_TYPES = List.of(
                String.class, Boolean.class,
                Number.class, Byte.class, Short.class, Integer.class, Long.class, Float.class, Double.class,
                Collection.class, List.class, Set.class, Map.class, Map.Entry.class, Iterator.class);

        private final Set<String> pluginEntries;
        private final Map<Class<?>, Set<String>> trustedTypeSignatures;

        MethodAllowlist(Collection<String> pluginEntries, Collection<Class<?>> hostTypes) {
            this.pluginEntries = pluginEntries.stream().map(MethodAllowlist::normalised).collect(Collectors.toSet());
            Map<Class<?>, Set<String>> signatures = new LinkedHashMap<>();
            for (Class<?> type : GLOBAL_TYPES) {
                signatures.put(type, publicSignaturesOf(type));
            }
            for (Class<?> type : hostTypes) {
                signatures.put(type, publicSignaturesOf(type));
            }
            this.trustedTypeSignatures = signatures;
        }

        /**
         * True when the plugin lists {@code method}'s key, or {@code method} is {@code toString()}, or it is (or
         * implements) a public method of a global or host type that {@code receiverType} is a subtype of. Matching by
         * signature on the receiver accepts JDK implementation classes (ArrayList, HashMap,
         * ImmutableCollections$ListN…) whatever class Velocity happened to resolve the method on.
         */
        boolean permits(Method method, Class<?> receiverType) {
            if (pluginEntries.contains(allowlistKey(method))) {
                return true;
            }
            if (method.getName().equals("toString") && method.getParameterCount() == 0) {
                return true;
            }
            String signature = signatureOf(method);
            return trustedTypeSignatures.entrySet().stream()
                    .anyMatch(trusted -> trusted.getKey().isAssignableFrom(receiverType)
                            && trusted.getValue().contains(signature));
        }

        /** Public methods of {@code type} except those only inherited from Object (getClass, wait, notify…). */
        private static Set<String> publicSignaturesOf(Class<?> type) {
            Set<String> signatures = new HashSet<>();
            for (Method method : type.getMethods()) {
                if (method.getDeclaringClass() != Object.class) {
                    signatures.add(signatureOf(method));
                }
            }
            return signatures;
        }

        private static String normalised(String entry) {
            String compact = entry.replaceAll("\\s+", "");
            if (!compact.matches("[\\w.$]+#[\\w$]+\\([\\w.$\\[\\],]*\\)")) {
                throw new IllegalArgumentException("Not a velocity-allowlist method entry (expected "
                        + "fully.qualified.Class#method(fully.qualified.ParamType,...)): '" + entry + "'");
            }
            return compact;
        }
    }
}
