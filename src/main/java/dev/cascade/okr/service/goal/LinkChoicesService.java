package dev.cascade.okr.service.goal;

import com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent;
import dev.cascade.okr.core.port.LinkChoices;
import dev.cascade.okr.core.port.LinkChoices.Choice;
import dev.cascade.okr.core.validation.Violation;
import dev.cascade.okr.core.validation.ViolationCode;
import dev.cascade.okr.service.kernel.Caller;
import dev.cascade.okr.service.kernel.Inputs;
import dev.cascade.okr.service.kernel.Outcome;
import dev.cascade.okr.service.kernel.Outcome.Failure;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The link picker's read: the epics or issues the signed-in person may browse that match what they typed, to fill a
 * link field of the "Add key result" and "Link work" dialogs. Offering a choice is no permission to link it: the
 * link is checked again when the key result is saved ({@code WorkCatalog.linkableBy}).
 *
 * <p>Who may ask: anyone signed in (else 401); each answers only what they may browse, through {@link LinkChoices}.
 */
@JiraComponent
public final class LinkChoicesService {

    private final LinkChoices choices;

    /** Creates the service. */
    @Inject
    public LinkChoicesService(LinkChoices choices) {
        this.choices = choices;
    }

    /**
     * The choices for a typed text.
     *
     * @param caller who asks
     * @param kind {@code epic} or {@code issue}
     * @param text what the person typed; absent or blank finds nothing
     * @return at most {@value LinkChoices#MAX_CHOICES} choices; 401 nobody signed in; 400 {@code value.unknown} at
     *     {@code kind}, {@code text.too-long} or {@code text.control-characters} at {@code q}
     */
    public Outcome<List<Choice>> find(Caller caller, String kind, String text) {
        if (caller.userKey().isEmpty()) {
            return Outcome.failure(Failure.UNAUTHENTICATED, Violation.of(ViolationCode.NOT_AUTHENTICATED, null));
        }
        List<Violation> violations = new ArrayList<>();
        LinkChoices.Kind chosen = Inputs.enumOf(LinkChoices.Kind.class, kind == null ? "" : kind, "kind",
                violations);
        violations.addAll(LinkChoices.check(text, "q"));
        if (!violations.isEmpty()) {
            return Outcome.failure(Failure.INVALID, violations);
        }
        if (text == null || text.isBlank()) {
            return Outcome.success(List.of());
        }
        return Outcome.success(choices.find(caller.userKey().orElseThrow(), chosen, text.trim()));
    }
}
