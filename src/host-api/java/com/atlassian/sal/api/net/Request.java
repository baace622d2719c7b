package com.atlassian.sal.api.net;

/**
 * Compile-only mirror (never shipped; the host links the real type in its place). A request SAL will send.
 *
 * <p>Source: sal-api source ({@code public interface Request<T extends Request<?, ?>, R extends Response>} with the
 * nested enum {@code MethodType} {@code GET, POST, PUT, DELETE, HEAD, TRACE, OPTIONS}; {@code T
 * setConnectionTimeout(int)}, {@code T setSoTimeout(int)} in milliseconds; {@code T setHeader(String, String)}) (V,
 * code search 2026-12-08; the same members delegated by AppLinks' own {@code ApplicationLinkRequest} wrappers). Only the
 * members Cascade calls are mirrored; their erased return type is {@code Request}, as in the real type.
 */
public interface Request<T extends Request<?, ?>, R extends Response> {

    /** The HTTP methods. */
    enum MethodType {
        /** GET. */
        GET,
        /** POST. */
        POST,
        /** PUT. */
        PUT,
        /** DELETE. */
        DELETE,
        /** HEAD. */
        HEAD,
        /** TRACE. */
        TRACE,
        /** OPTIONS. */
        OPTIONS
    }

    /** The connection timeout in milliseconds. */
    T setConnectionTimeout(int connectionTimeout);

    /** The socket (read) timeout in milliseconds. */
    T setSoTimeout(int soTimeout);

    /** Sets a header, replacing any of the same name. */
    T setHeader(String headerName, String headerValue);
}
