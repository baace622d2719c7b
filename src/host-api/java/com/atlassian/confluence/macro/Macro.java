package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A macro of Confluence's XHTML storage format,
 * declared by an {@code xhtml-macro} module; its HTML output goes into the page as it is.
 *
 * <p>Source: Confluence javadoc 8.5.7 and 9.0.2 ({@code com.atlassian.confluence.macro.Macro}, since 4.0) (V,
 * shared/host-api.md §8.1); implemented the same way by macros decompiled from Confluence 9 plugins in public mirrors
 * (V, checked 2026-12-08 with the code search: {@code getBodyType()} answering {@code Macro.BodyType.NONE},
 * {@code getOutputType()} answering {@code Macro.OutputType.BLOCK}). Unchanged in Confluence 10 as far as Atlassian's
 * own Platform 8 port shows (host-api-platform8.md "not verified" list). All abstract members are mirrored, as
 * Cascade implements the type.
 */
public interface Macro {

    /** Renders the macro. */
    String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException;

    /** What kind of body the macro takes. */
    BodyType getBodyType();

    /** Whether the output is a block or inline. */
    OutputType getOutputType();

    /** The kinds of body. */
    enum BodyType {
        /** Plain text. */
        PLAIN_TEXT,
        /** Rich text. */
        RICH_TEXT,
        /** No body. */
        NONE
    }

    /** The kinds of output. */
    enum OutputType {
        /** A block element. */
        BLOCK,
        /** An inline element. */
        INLINE
    }
}
