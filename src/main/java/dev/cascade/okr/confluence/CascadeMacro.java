package dev.cascade.okr.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import dev.cascade.okr.web.Translator;
import dev.cascade.okr.web.page.Formats;
import dev.cascade.okr.web.page.PageLinks;
import dev.cascade.okr.web.table.TablesView;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What every Cascade macro does, once (ARCHITECTURE §3 rule 4, thin entry points): read and check its parameters
 * ({@link MacroParameters}), read Jira's Cascade REST API as the viewing user ({@link JiraClient}), map the answer to a
 * {@link MacroView}, and render {@code templates/confluence/macro.vm} on the server — a table, tree or card readable
 * without JavaScript (so the page exports to PDF and Word), or one translated message box for a bad parameter, no Jira
 * link, an unreachable or slow Jira, a reader who has not authorised access, a denied or refused read and an answer it
 * cannot read. Never a stack trace: {@link #execute} renders every failure.
 */
public abstract class CascadeMacro implements Macro {

    static final String TEMPLATE = "templates/confluence/macro.vm";

    private final JiraClient jira;
    private final TemplateRenderer renderer;
    private final I18nResolver i18n;
    private final Set<MacroParameter> accepted;
    private final Set<MacroParameter> required;
    private final String headingKey;

    /**
     * The collaborators every macro has, and what the macro is.
     *
     * @param accepted the parameters this macro takes
     * @param required those of them it needs
     * @param headingKey the i18n key of the macro's heading (its name in the macro browser)
     */
    protected CascadeMacro(JiraClient jira, TemplateRenderer renderer, I18nResolver i18n,
            Set<MacroParameter> accepted, Set<MacroParameter> required, String headingKey) {
        this.jira = jira;
        this.renderer = renderer;
        this.i18n = i18n;
        this.accepted = Set.copyOf(accepted);
        this.required = Set.copyOf(required);
        this.headingKey = headingKey;
    }

    /**
     * The macro's content from Jira's answers.
     *
     * @throws Unavailable when a read of Jira did not give a body
     * @throws JiraJson.Malformed when a body is not what docs/rest-api.md documents
     */
    protected abstract MacroView content(MacroParameters parameters, Context context)
            throws Unavailable, JiraJson.Malformed;

    @Override
    public final String execute(Map<String, String> parameters, String body, ConversionContext conversionContext) {
        Translator text = i18n::getText;
        Formats formats = Formats.of(text);
        String heading = text.text(headingKey);
        String id = "cascade-macro-" + Integer.toHexString(Objects.hash(headingKey, parameters));
        LocalDateTime now = jira.now();
        MacroParameters.Reading reading = MacroParameters.read(parameters, accepted, required, now.toLocalDate());
        MacroView view;
        if (!reading.valid()) {
            view = problems(id, heading, reading.problems(), text);
        } else {
            Context context = new Context(id, heading, formats, jira.jiraAddress(), now);
            try {
                view = content(reading.parameters(), context);
            } catch (Unavailable e) {
                view = unavailable(id, heading, e.answer(), text);
            } catch (JiraJson.Malformed e) {
                view = MacroView.message(id, heading, "error", text.text("cascade.macro.malformed.title"),
                        List.of(text.text("cascade.macro.malformed")), "", "");
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("macro", view);
        if (view.tables() != null) {
            model.put("tables", view.tables());
        }
        StringWriter out = new StringWriter();
        try {
            renderer.render(TEMPLATE, model, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    /** A read of Jira that gave no body to show: the answer says why. */
    protected static final class Unavailable extends Exception {
        private static final long serialVersionUID = 1L;
        private final JiraAnswer answer;

        Unavailable(JiraAnswer answer) {
            super(answer.outcome().name());
            this.answer = answer;
        }

        JiraAnswer answer() {
            return answer;
        }
    }

    /**
     * What a macro's content has at hand: its heading, the reader's formats, Jira's address and the time of reading.
     *
     * @param id the macro's heading id on the page
     * @param heading the macro's heading in the reader's language
     * @param formats the reader's translations and locale
     * @param jiraAddress Jira's address as people open it, or {@code null} without a link
     * @param now the time of reading (server time)
     */
    protected record Context(String id, String heading, Formats formats, URI jiraAddress, LocalDateTime now) {

        /** The reader's translations. */
        public Translator text() {
            return formats.i18n();
        }

        /** A message instead of content. */
        MacroView message(String title, List<String> lines) {
            return MacroView.message(id, heading, "error", title, lines, "", "");
        }

        /** The Goals page links in Jira for a project and period, or {@code null} without a link or project. */
        PageLinks links(MacroParameters parameters) {
            if (jiraAddress == null || parameters.project() == null) {
                return null;
            }
            String base = jiraAddress.toString();
            return new PageLinks(base.endsWith("/") ? base.substring(0, base.length() - 1) : base,
                    parameters.project(), parameters.period() == null ? "" : parameters.period());
        }

        /** "From Jira · as of 7 Dec 2026 10:42", or "… as it stood on 30 Sep 2026" for a frozen macro. */
        String footer(LocalDate asOf) {
            if (asOf != null) {
                return text().text("cascade.macro.footer.frozen", formats.day(asOf));
            }
            return text().text("cascade.macro.footer", formats.day(now.toLocalDate()),
                    now.format(DateTimeFormatter.ofPattern("HH:mm")));
        }

        /** The page in Jira, or Jira itself, or empty without a link. */
        String jiraHref(String page) {
            return page != null ? page : jiraAddress == null ? "" : jiraAddress.toString();
        }
    }

    /** Reads {@code path} below {@link JiraClient#BASE} as the reader and parses its JSON object. */
    protected final JsonNode read(String path) throws Unavailable, JiraJson.Malformed {
        JiraAnswer answer = jira.get(path);
        if (!answer.ok()) {
            throw new Unavailable(answer);
        }
        return JiraJson.object(answer.body());
    }

    /** The content view with the footer and the link to Jira. */
    protected static MacroView shown(String kind, Context context, MacroParameters parameters, String jiraPage,
            TablesView tables, List<TreeMacroRow> rows, GoalCardView card, String note) {
        String footer = context.footer(parameters.asOf()) + (note.isEmpty() ? "" : " \u00b7 " + note);
        Translator text = context.text();
        return new MacroView(context.id(), kind, context.heading(), "", "", List.of(), "", "", footer,
                context.jiraHref(jiraPage), text.text("cascade.macro.open-in-jira"), tables, rows, card,
                new MacroView.Labels(text.text("cascade.macro.label.goal"), text.text("cascade.macro.label.level"),
                        text.text("cascade.macro.label.progress"), text.text("cascade.macro.label.zone")));
    }

    private static MacroView problems(String id, String heading, List<MacroParameters.Problem> problems,
            Translator text) {
        List<String> lines = new ArrayList<>();
        for (MacroParameters.Problem problem : problems) {
            String label = problem.parameter() == null ? problem.value()
                    : text.text(problem.parameter().labelKey());
            lines.add(text.text(problem.messageKey(), label, problem.value(), MacroParameters.MAX_DEPTH,
                    MacroParameters.MAX_COLUMNS));
        }
        return MacroView.message(id, heading, "error", text.text("cascade.macro.parameters.title"), lines, "",
                "");
    }

    private static MacroView unavailable(String id, String heading, JiraAnswer answer, Translator text) {
        String name = answer.linkName().isEmpty() ? "Jira" : answer.linkName();
        return switch (answer.outcome()) {
            case NO_LINK -> MacroView.message(id, heading, "warning", text.text("cascade.macro.no-link.title"),
                    List.of(text.text("cascade.macro.no-link")), "", "");
            case CREDENTIALS_REQUIRED -> MacroView.message(id, heading, "info",
                    text.text("cascade.macro.credentials.title"), List.of(text.text("cascade.macro.credentials", name)),
                    answer.link(), text.text("cascade.macro.credentials.action", name));
            case TIMEOUT -> MacroView.message(id, heading, "warning", text.text("cascade.macro.timeout.title"),
                    List.of(text.text("cascade.macro.timeout", name, JiraClient.READ_TIMEOUT_MILLIS / 1000)),
                    answer.link(), text.text("cascade.macro.open-in-jira"));
            case DENIED -> MacroView.message(id, heading, "error", text.text("cascade.macro.denied.title"),
                    List.of(text.text("cascade.macro.denied", name)), "", "");
            case NOT_FOUND -> MacroView.message(id, heading, "warning", text.text("cascade.macro.not-found.title"),
                    List.of(text.text("cascade.macro.not-found", name)), "", "");
            case REJECTED -> MacroView.message(id, heading, "error", text.text("cascade.macro.rejected.title"),
                    rejected(answer, text), "", "");
            case MALFORMED, OK -> MacroView.message(id, heading, "error", text.text("cascade.macro.malformed.title"),
                    List.of(text.text("cascade.macro.malformed")), "", "");
            case UNREACHABLE -> MacroView.message(id, heading, "error", text.text("cascade.macro.unreachable.title"),
                    List.of(text.text("cascade.macro.unreachable", name)), answer.link(),
                    text.text("cascade.macro.open-in-jira"));
        };
    }

    private static List<String> rejected(JiraAnswer answer, Translator text) {
        String message = JiraJson.errorMessage(answer.body());
        return message.isEmpty() ? List.of(text.text("cascade.macro.rejected"))
                : List.of(text.text("cascade.macro.rejected"), message);
    }
}
