package dev.cascade.okr.web.admin;

import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.websudo.WebSudoSessionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import dev.cascade.okr.core.appraisal.AppraisalScheme;
import dev.cascade.okr.core.port.SettingsStore.AuditPage;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.settings.AdministrationService;
import dev.cascade.okr.service.settings.AdministrationService.Overview;
import dev.cascade.okr.web.page.Formats;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * The administration page, {@code /plugins/servlet/cascade/admin} (Jira's administration → Apps → Cascade, and the
 * app's Configure button in the app manager). Thin: who is asking, one service call, render.
 * <ul>
 * <li>anonymous: redirected to the product's login page, coming back here;</li>
 * <li>signed in but not an app administrator: 403 with a page in the reader's language saying whom to ask;</li>
 * <li>an app administrator without a secure administrator session (websudo): sent to confirm their password;</li>
 * <li>else the page: every section with its version, each saving on its own through the settings REST API.</li>
 * </ul>
 * GET only; the page changes nothing itself.
 */
public final class AdminServlet extends HttpServlet {

    /** The page's web-resources context. */
    public static final String RESOURCES = "cascade-admin";
    private static final long serialVersionUID = 1L;
    private static final String PAGE = "templates/jira/admin/admin.vm";
    private static final String FORBIDDEN = "templates/jira/admin/forbidden.vm";
    /** The page's address below the context path. */
    private static final String PATH = "/plugins/servlet/cascade/admin";

    private final transient UserManager users;
    private final transient LoginUriProvider login;
    private final transient WebSudoManager webSudo;
    private final transient TemplateRenderer renderer;
    private final transient PageBuilderService pages;
    private final transient I18nResolver i18n;
    private final transient AdministrationService administration;

    /** Created by the plugin container for the servlet module. */
    public AdminServlet(@ComponentImport UserManager users, @ComponentImport LoginUriProvider login,
            @ComponentImport WebSudoManager webSudo, @ComponentImport TemplateRenderer renderer,
            @ComponentImport PageBuilderService pages, @ComponentImport I18nResolver i18n,
            AdministrationService administration) {
        this.users = users;
        this.login = login;
        this.webSudo = webSudo;
        this.renderer = renderer;
        this.pages = pages;
        this.i18n = i18n;
        this.administration = administration;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        UserKey user = users.getRemoteUserKey();
        if (user == null) {
            String here = req.getRequestURI().substring(req.getContextPath().length())
                    + (req.getQueryString() == null ? "" : "?" + req.getQueryString());
            resp.sendRedirect(login.getLoginUri(URI.create(here)).toString());
            return;
        }
        Outcome<Overview> overview = administration.overview(Caller.user(user.getStringValue()));
        Formats formats = Formats.of(i18n::getText);
        Map<String, Object> model = new HashMap<>();
        if (!overview.isSuccess()) {
            resp.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.put("page", new AdminTexts(formats.i18n()));
            render(resp, FORBIDDEN, model);
            return;
        }
        try {
            webSudo.willExecuteWebSudoRequest(req);
        } catch (WebSudoSessionException e) {
            webSudo.enforceWebSudoProtection(req, resp);
            return;
        }
        Caller caller = Caller.user(user.getStringValue());
        AppraisalScheme scheme = overview.value().scheme().value();
        SchemePreviewView preview = SchemePreviewView.of(administration.preview(caller, scheme.toDraft()).value(),
                formats.locale(), formats.i18n());
        int offset = auditOffset(req.getParameter("auditOffset"));
        Outcome<AuditPage> audit = administration.audit(caller, offset, AuditView.PAGE);
        if (!audit.isSuccess()) {
            offset = 0;
            audit = administration.audit(caller, 0, AuditView.PAGE);
        }
        AuditView auditView = AuditView.of(audit.value(), offset, req.getContextPath() + PATH, this::displayName,
                formats.i18n());
        pages.assembler().resources().requireContext(RESOURCES);
        model.put("labels", new AdminTexts(formats.i18n()));
        model.put("preview", preview);
        model.put("page", AdminPageView.of(req.getContextPath(), overview.value(), preview, auditView,
                formats.i18n()));
        render(resp, PAGE, model);
    }

    private static int auditOffset(String text) {
        try {
            return text == null ? 0 : Math.max(0, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String displayName(String userKey) {
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null || profile.getFullName().isBlank() ? userKey
                : profile.getFullName();
    }

    private void render(HttpServletResponse resp, String template, Map<String, Object> model) throws IOException {
        resp.setContentType("text/html;charset=UTF-8");
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Cache-Control", "no-store");
        renderer.render(template, model, resp.getWriter());
    }
}
