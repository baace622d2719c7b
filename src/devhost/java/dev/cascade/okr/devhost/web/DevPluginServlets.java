package dev.cascade.okr.devhost.web;

import dev.cascade.okr.devhost.PluginContext;
import dev.cascade.okr.devhost.PluginDescriptor;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;

/**
 * The plugin's {@code <servlet>} modules on the dev host, as Jira's servlet module serves them: each created by the
 * plugin's container (its constructor's host services and beans injected, as context providers are), initialised, and
 * mounted under {@value #BASE} at each of its URL patterns, behind the dev host's sign-in filter and its decorator.
 */
public final class DevPluginServlets {

    /** Where plugin servlets live, as in Jira. */
    public static final String BASE = "/plugins/servlet";

    private DevPluginServlets() {
    }

    /** Creates and mounts every servlet the descriptor declares. */
    public static void mount(PluginDescriptor descriptor, PluginContext plugin, ClassLoader loader,
            DevDecorator decorator, ServletContextHandler context) throws ReflectiveOperationException {
        for (PluginDescriptor.Servlet module : descriptor.servlets()) {
            HttpServlet servlet = (HttpServlet) plugin.create(loader.loadClass(module.className()));
            HttpServlet decorated = new HttpServlet() {
                private static final long serialVersionUID = 1L;

                @Override
                public void init() throws ServletException {
                    servlet.init(getServletConfig());
                }

                @Override
                protected void service(HttpServletRequest req, HttpServletResponse resp)
                        throws ServletException, IOException {
                    decorator.serve(servlet, req, resp);
                }
            };
            for (String pattern : module.urlPatterns()) {
                if (!pattern.startsWith("/")) {
                    throw new IllegalStateException("servlet " + module.key() + ": url-pattern " + pattern
                            + " must start with /");
                }
                context.addServlet(new ServletHolder(module.key(), decorated), BASE + pattern);
            }
        }
    }
}
