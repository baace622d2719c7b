package dev.cascade.okr.jira;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.sal.api.web.context.HttpContext;
import dev.cascade.okr.web.tree.TreeGadgetShell;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.junit.Test;

/**
 * The goal tree dashboard item's view context: the dashboard's own context is kept as it came, and the shell knows
 * the REST base under the host's context path (none outside a request) and translates its texts.
 */
public class JiraGoalTreeGadgetContextProviderTest {

    private final HttpContext http = mock(HttpContext.class);
    private final JiraGoalTreeGadgetContextProvider provider = new JiraGoalTreeGadgetContextProvider(
            JiraStubs.keys(false), http);

    @Test
    public void shouldKeepTheDashboardsContextAndGiveTheShellTheRestBaseUnderTheContextPath() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("/jira");
        when(http.getRequest()).thenReturn(request);
        Map<String, String> item = Map.of("id", "10100", "moduleKey", "dev.cascade.okr:cascade-goal-tree-gadget");

        Map<String, Object> context = provider.getContextMap(Map.of("dashboardItem", item));

        assertSame(item, context.get("dashboardItem"));
        TreeGadgetShell shell = (TreeGadgetShell) context.get("shell");
        assertEquals("/jira/rest/cascade/1.0", shell.restBase());
        assertEquals("[cascade.gadget.loading]", shell.label("loading"));
    }

    @Test
    public void shouldUseNoContextPathOutsideARequest() {
        TreeGadgetShell shell = (TreeGadgetShell) provider.getContextMap(Map.of()).get("shell");

        assertEquals("/rest/cascade/1.0", shell.restBase());
    }
}
