package dev.cascade.okr.devhost.render;

/**
 * A Velocity template could not be rendered by the dev host; the message names the template and what went wrong
 * (parse error, undefined reference, a method that needs an allowlist entry, an exception from a view).
 */
public final class TemplateRenderingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TemplateRenderingException(String message) {
        super(message);
    }

    TemplateRenderingException(String templatePath, Throwable cause) {
        super("Cannot render template '" + templatePath + "': " + cause.getMessage(), cause);
    }
}
