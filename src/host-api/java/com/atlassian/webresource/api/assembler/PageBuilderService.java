package com.atlassian.webresource.api.assembler;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). The web resource manager's entry
 * point for code that renders part of a page: the assembler of the page being rendered. Jira and Confluence; a
 * platform service, imported with {@code @ComponentImport}.
 *
 * <p>Source: atlassian-plugins-webresource API; Atlassian's Slack app requires its page resources with
 * {@code pageBuilderService.assembler().resources().requireContext(...)} on Platform 7 (release-2.x) and Platform 8
 * (master at 94c50dc, Bitbucket and Confluence plugins, imported in their {@code ComponentImports}). Confidence: V.
 */
public interface PageBuilderService {

    /** The assembler of the page being rendered on this request. */
    WebResourceAssembler assembler();
}
