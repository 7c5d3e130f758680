/* Generated from the server's OpenAPI document by `npm run api:types`. Do not edit. */

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Log in: sets the session cookie
         * @description Sets an HttpOnly, SameSite=Strict session cookie (Secure over TLS); a session ends after 30 idle minutes or 12 hours. At most 5 failed attempts per account and 20 per client address per 15 minutes: then 429 with Retry-After.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        username: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: number;
                                username: string;
                                isAdmin: boolean;
                            };
                            expiresAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a password with a one-time reset or setup token
         * @description The token comes from `cellbook user create` or `cellbook user reset`; it works once, for 30 minutes. Every session of the account ends.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            username: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The logged-in user and the credential used */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            username: string;
                            isAdmin: boolean;
                            orgId: number | null;
                            memberId: number | null;
                            /** @enum {string} */
                            via: "session" | "token";
                            /** @enum {string} */
                            scope: "read" | "write";
                            expiresAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End this session */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End every session of this user on every device */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your API tokens (labels and dates, never the tokens) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                label: string;
                                /** @enum {string} */
                                scope: "read" | "write";
                                expiresAt: string;
                                revokedAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API token (shown once)
         * @description From a logged-in session only. A `read` token may only read (GET). Expires after 1–365 days. Send it as `Authorization: Bearer <token>`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        label: string;
                        /** @enum {string} */
                        scope: "read" | "write";
                        expiresInDays: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            label: string;
                            /** @enum {string} */
                            scope: "read" | "write";
                            expiresAt: string;
                            revokedAt: string | null;
                            createdAt: string;
                            token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/tokens/{tokenId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of your API tokens */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    tokenId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List organizations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                slug: string;
                                name: string;
                                rulebookVersion: number;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create an organization from a template or a rulebook */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        slug: string;
                        name?: string;
                        /** @enum {string} */
                        template?: "party" | "culture-center";
                        /** @description A rulebook document (see docs/rulebook.md) */
                        rulebook?: {
                            [key: string]: unknown;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slug: string;
                            name: string;
                            rulebookVersion: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organization with its rulebook */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            slug: string;
                            name: string;
                            rulebookVersion: number;
                            createdAt: string;
                            rulebook: {
                                /** @enum {string} */
                                format: "cellbook-rulebook/1";
                                version: number;
                                name: {
                                    en: string;
                                    ko: string;
                                };
                                unitKinds: {
                                    key: string;
                                    name: {
                                        en: string;
                                        ko: string;
                                    };
                                    /** @default false */
                                    root: boolean;
                                    /** @default [] */
                                    parents: string[];
                                    /** @default false */
                                    holdsMembers: boolean;
                                    size?: {
                                        min: number;
                                        max: number;
                                    };
                                    /** @default [] */
                                    offices: {
                                        key: string;
                                        name: {
                                            en: string;
                                            ko: string;
                                        };
                                        /** @default false */
                                        required: boolean;
                                        termMonths?: number;
                                        /**
                                         * @default unit
                                         * @enum {string}
                                         */
                                        holderFrom: "unit" | "organization";
                                    }[];
                                }[];
                                /**
                                 * @default {
                                 *       "prefix": "",
                                 *       "digits": 7
                                 *     }
                                 */
                                memberNumber: {
                                    /** @default  */
                                    prefix: string;
                                    /** @default 7 */
                                    digits: number;
                                };
                                /**
                                 * @default {
                                 *       "candidateMonths": 12,
                                 *       "maxProbationExtensions": 1,
                                 *       "probationExtensionMonths": 6,
                                 *       "transferDays": 30,
                                 *       "lapseAfterMonths": null
                                 *     }
                                 */
                                membership: {
                                    /** @default 12 */
                                    candidateMonths: number;
                                    /** @default 1 */
                                    maxProbationExtensions: number;
                                    /** @default 6 */
                                    probationExtensionMonths: number;
                                    /** @default 30 */
                                    transferDays: number;
                                    /** @default null */
                                    lapseAfterMonths: number | null;
                                };
                                /**
                                 * @default {
                                 *       "defenceDays": 14,
                                 *       "appealDays": 30,
                                 *       "vote": {
                                 *         "quorum": "majority",
                                 *         "majority": "simple"
                                 *       },
                                 *       "penalties": [
                                 *         {
                                 *           "key": "warning",
                                 *           "name": {
                                 *             "en": "Warning",
                                 *             "ko": "경고"
                                 *           },
                                 *           "effect": "none",
                                 *           "ratifiedBy": null
                                 *         },
                                 *         {
                                 *           "key": "serious_warning",
                                 *           "name": {
                                 *             "en": "Serious warning",
                                 *             "ko": "엄중경고"
                                 *           },
                                 *           "effect": "none",
                                 *           "ratifiedBy": null
                                 *         },
                                 *         {
                                 *           "key": "expulsion",
                                 *           "name": {
                                 *             "en": "Expulsion",
                                 *             "ko": "제명"
                                 *           },
                                 *           "effect": "expulsion",
                                 *           "ratifiedBy": "parent"
                                 *         }
                                 *       ],
                                 *       "attachments": {
                                 *         "maxBytes": 2097152,
                                 *         "types": [
                                 *           "application/pdf",
                                 *           "image/png",
                                 *           "image/jpeg",
                                 *           "text/plain"
                                 *         ]
                                 *       }
                                 *     }
                                 */
                                discipline: {
                                    /** @default 14 */
                                    defenceDays: number;
                                    /** @default 30 */
                                    appealDays: number;
                                    /**
                                     * @default {
                                     *       "quorum": "majority",
                                     *       "majority": "simple"
                                     *     }
                                     */
                                    vote: {
                                        /** @default majority */
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /**
                                         * @default simple
                                         * @enum {string}
                                         */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    /**
                                     * @default [
                                     *       {
                                     *         "key": "warning",
                                     *         "name": {
                                     *           "en": "Warning",
                                     *           "ko": "경고"
                                     *         },
                                     *         "effect": "none",
                                     *         "ratifiedBy": null
                                     *       },
                                     *       {
                                     *         "key": "serious_warning",
                                     *         "name": {
                                     *           "en": "Serious warning",
                                     *           "ko": "엄중경고"
                                     *         },
                                     *         "effect": "none",
                                     *         "ratifiedBy": null
                                     *       },
                                     *       {
                                     *         "key": "expulsion",
                                     *         "name": {
                                     *           "en": "Expulsion",
                                     *           "ko": "제명"
                                     *         },
                                     *         "effect": "expulsion",
                                     *         "ratifiedBy": "parent"
                                     *       }
                                     *     ]
                                     */
                                    penalties: {
                                        key: string;
                                        name: {
                                            en: string;
                                            ko: string;
                                        };
                                        /**
                                         * @default none
                                         * @enum {string}
                                         */
                                        effect: "none" | "remove_from_office" | "probation" | "expulsion";
                                        maxMonths?: number;
                                        /** @default null */
                                        ratifiedBy: string | null;
                                    }[];
                                    /**
                                     * @default {
                                     *       "maxBytes": 2097152,
                                     *       "types": [
                                     *         "application/pdf",
                                     *         "image/png",
                                     *         "image/jpeg",
                                     *         "text/plain"
                                     *       ]
                                     *     }
                                     */
                                    attachments: {
                                        /** @default 2097152 */
                                        maxBytes: number;
                                        /**
                                         * @default [
                                         *       "application/pdf",
                                         *       "image/png",
                                         *       "image/jpeg",
                                         *       "text/plain"
                                         *     ]
                                         */
                                        types: string[];
                                    };
                                };
                                meetings: {
                                    /** @default [] */
                                    cadence: {
                                        unitKind: string;
                                        everyMonths: number;
                                    }[];
                                    vote: {
                                        /** @default majority */
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /**
                                         * @default simple
                                         * @enum {string}
                                         */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                };
                                conventions: {
                                    vote: {
                                        /** @default majority */
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /**
                                         * @default simple
                                         * @enum {string}
                                         */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                };
                                training: {
                                    /** @default null */
                                    classKinds: string[] | null;
                                    /** @default [] */
                                    areas: {
                                        key: string;
                                        name: {
                                            en: string;
                                            ko: string;
                                        };
                                    }[];
                                    completion: {
                                        /** @default 80 */
                                        minAttendancePercent: number;
                                        /** @default true */
                                        finalPieceRequired: boolean;
                                    };
                                    /** @default 90 */
                                    expiryWarningDays: number;
                                    /** @default CERT */
                                    certificatePrefix: string;
                                };
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search units
         * @description Filter by subtree (`within`), direct children (`parentId`, or `topLevel=true`), kind, or text in name/code.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    parentId?: number;
                    topLevel?: "true" | "false";
                    kind?: string;
                    q?: string;
                    includeDissolved?: "true" | "false";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                code: string;
                                name: string;
                                kind: string;
                                parentId: number | null;
                                depth: number;
                                /** @enum {string} */
                                status: "active" | "dissolved";
                                createdOn: string;
                                dissolvedOn: string | null;
                                counts: {
                                    directMembers: number;
                                    subtreeMembers: number;
                                    subtreeUnits: number;
                                };
                                version: number;
                                /** @description Required offices with no holder today */
                                vacantOffices: string[];
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Create a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code?: string;
                        name: string;
                        kind: string;
                        parentId?: number | null;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A unit with its counts and office holders */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                            parentCode: string | null;
                            offices: {
                                office: string;
                                required: boolean;
                                holder: {
                                    id: number;
                                    unitId: number;
                                    office: string;
                                    memberId: number;
                                    startOn: string;
                                    /** @description First day the holder no longer holds the office; null = open-ended */
                                    endOn: string | null;
                                    endReason: string | null;
                                    version: number;
                                    holderName: string;
                                } | null;
                            }[];
                            /** @description What you may do in this unit */
                            allowed: ("read" | "read_names" | "write_members" | "write_structure" | "run_meetings")[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Direct and subtree member counts and subtree unit count (from maintained counters) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            directMembers: number;
                            subtreeMembers: number;
                            subtreeUnits: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events of a unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                at: string;
                                actor: string;
                                action: string;
                                reason: string | null;
                                data: unknown;
                                /** @description Personal fields recorded with the event; null when none or erased */
                                personal: unknown;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Renames, moves, splits, merges and dissolution of a unit */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                type: string;
                                occurredOn: string;
                                reason: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster of a unit */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                birthDate: string | null;
                                phone: string | null;
                                email: string | null;
                                status: string;
                                unitId: number | null;
                                placedOn: string | null;
                                joinedOn: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/rename": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Rename a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/move": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a unit with its whole subtree under another parent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        parentId: number;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/dissolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Dissolve an empty unit (kept with its history) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/split": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Split a unit: the chosen members go to a new sibling
         * @description With `dryRun: true` nothing is written and the result shows both sizes against the rulebook bounds.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberIds: number[];
                        newName: string;
                        newCode?: string;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            source: {
                                id: number;
                                code: string;
                                name: string;
                                kind: string;
                                parentId: number | null;
                                depth: number;
                                /** @enum {string} */
                                status: "active" | "dissolved";
                                createdOn: string;
                                dissolvedOn: string | null;
                                counts: {
                                    directMembers: number;
                                    subtreeMembers: number;
                                    subtreeUnits: number;
                                };
                                version: number;
                            };
                            created: {
                                id: number;
                                code: string;
                                name: string;
                                kind: string;
                                parentId: number | null;
                                depth: number;
                                /** @enum {string} */
                                status: "active" | "dissolved";
                                createdOn: string;
                                dissolvedOn: string | null;
                                counts: {
                                    directMembers: number;
                                    subtreeMembers: number;
                                    subtreeUnits: number;
                                };
                                version: number;
                            } | null;
                            sizes: {
                                source: {
                                    size: number;
                                    min: number | null;
                                    max: number | null;
                                    withinBounds: boolean;
                                };
                                created: {
                                    size: number;
                                    min: number | null;
                                    max: number | null;
                                    withinBounds: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/merge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Merge this unit into another of the same kind; this one is dissolved */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        targetId: number;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                        /** @description The version you read; a stale version gets 409 */
                        targetVersion?: number;
                    };
                };
            };
            responses: {
                /** @description The receiving unit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            code: string;
                            name: string;
                            kind: string;
                            parentId: number | null;
                            depth: number;
                            /** @enum {string} */
                            status: "active" | "dissolved";
                            createdOn: string;
                            dissolvedOn: string | null;
                            counts: {
                                directMembers: number;
                                subtreeMembers: number;
                                subtreeUnits: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/offices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a member to an office of the unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        office: string;
                        memberId: number;
                        /** @description Date, YYYY-MM-DD */
                        startOn?: string;
                        endOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            office: string;
                            memberId: number;
                            startOn: string;
                            /** @description First day the holder no longer holds the office; null = open-ended */
                            endOn: string | null;
                            endReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/office-terms/{termId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a term of office */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    termId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                        /** @description Date, YYYY-MM-DD */
                        endOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            office: string;
                            memberId: number;
                            startOn: string;
                            /** @description First day the holder no longer holds the office; null = open-ended */
                            endOn: string | null;
                            endReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List or search members
         * @description `q` searches names in any script and either order ("김민준", "Min-jun Kim").
         */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                    within?: number;
                    q?: string;
                    status?: "applicant" | "candidate" | "full_member" | "suspended" | "expelled" | "resigned" | "deceased" | "rejected" | "lapsed";
                    unplaced?: "true" | "false";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                birthDate: string | null;
                                phone: string | null;
                                email: string | null;
                                status: string;
                                unitId: number | null;
                                placedOn: string | null;
                                joinedOn: string;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Admit a member
         * @description The member number is generated from the rulebook when not given.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberNo?: string;
                        familyName: string;
                        givenName: string;
                        birthDate?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        unitId?: number | null;
                        /** @enum {string} */
                        status?: "applicant" | "candidate" | "full_member";
                        /** @description Date, YYYY-MM-DD */
                        joinedOn?: string;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A member with placement, status and office history */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                            unitCode: string | null;
                            /** @description Statuses this member may be moved to from the current one */
                            nextStatuses: ("applicant" | "candidate" | "full_member" | "suspended" | "expelled" | "resigned" | "deceased" | "rejected" | "lapsed")[];
                            placements: {
                                unitId: number;
                                unitCode: string | null;
                                startOn: string;
                                endOn: string | null;
                                reason: string | null;
                                endReason: string | null;
                            }[];
                            events: {
                                type: string;
                                from: string | null;
                                to: string | null;
                                occurredOn: string;
                                reason: string | null;
                            }[];
                            offices: {
                                id: number;
                                unitId: number;
                                office: string;
                                memberId: number;
                                startOn: string;
                                /** @description First day the holder no longer holds the office; null = open-ended */
                                endOn: string | null;
                                endReason: string | null;
                                version: number;
                            }[];
                            /** @description A candidate's probation; null otherwise */
                            probation: {
                                endsOn: string;
                                extensions: number;
                            } | null;
                            /** @description Promotions, probation extensions and rejections, with the deciding unit and meeting */
                            steps: {
                                step: string;
                                from: string;
                                to: string;
                                unitId: number | null;
                                meetingRef: string | null;
                                occurredOn: string;
                                reason: string;
                                actor: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Correct a member's personal fields
         * @description Status and unit change only through their own actions (status, transfer).
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        familyName?: string;
                        givenName?: string;
                        birthDate?: string | null;
                        phone?: string | null;
                        email?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audit events of a member, with the personal fields they recorded */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                seq: number;
                                at: string;
                                actor: string;
                                action: string;
                                reason: string | null;
                                data: unknown;
                                /** @description Personal fields recorded with the event; null when none or erased */
                                personal: unknown;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Transfer a member to another unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: number;
                        reason: string;
                        /** @description Date, YYYY-MM-DD */
                        on?: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change a member's status along an allowed transition
         * @description An exit (expelled, resigned, deceased) removes the member from their unit and ends their offices. On readmission, `unitId` places the person again.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "applicant" | "candidate" | "full_member" | "suspended" | "expelled" | "resigned" | "deceased" | "rejected" | "lapsed";
                        reason: string;
                        unitId?: number;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Rule violations with suggested remedies
         * @description Units outside their size bounds, vacant required offices, and members without a unit. Totals count all; the list holds up to `limit` per kind.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedOn: string;
                            totals: {
                                unit_too_small: number;
                                unit_too_large: number;
                                office_vacant: number;
                                member_without_unit: number;
                            };
                            violations: {
                                /** @enum {string} */
                                type: "unit_too_small" | "unit_too_large" | "office_vacant" | "member_without_unit";
                                unit: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    kind: string;
                                } | null;
                                member: {
                                    id: number;
                                    memberNo: string;
                                } | null;
                                message: string;
                                remedy: {
                                    /** @enum {string} */
                                    action: "merge" | "transfer_in" | "dissolve" | "split" | "review_bounds" | "appoint" | "place";
                                    description: string;
                                    with?: {
                                        id: number;
                                        code: string;
                                        name: string;
                                        count: number;
                                    };
                                    resultingSize?: number;
                                    needed?: number;
                                    from?: {
                                        unit: {
                                            id: number;
                                            code: string;
                                            name: string;
                                            count: number;
                                        };
                                        count: number;
                                    }[];
                                    sizes?: number[];
                                    office?: string;
                                    reason?: string;
                                };
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/reports/overview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard figures: members per level, unit sizes against the bounds, growth, violations by type
         * @description Aggregates from maintained counters for a subtree (`within`) or everything you may read. No names.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkedOn: string;
                            levels: {
                                kind: string;
                                units: number;
                                members: number;
                            }[];
                            sizes: {
                                kind: string;
                                min: number | null;
                                max: number | null;
                                histogram: {
                                    size: number;
                                    units: number;
                                }[];
                            }[];
                            growth: {
                                month: string;
                                joined: number;
                                total: number;
                            }[];
                            violations: {
                                unit_too_small: number;
                                unit_too_large: number;
                                office_vacant: number;
                                member_without_unit: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/counters/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recount every unit and compare with the maintained counters */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            units: number;
                            mismatches: {
                                unitId: number;
                                stored: {
                                    direct: number;
                                    members: number;
                                    units: number;
                                };
                                actual: {
                                    direct: number;
                                    members: number;
                                    units: number;
                                };
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/imports/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import members from CSV (all or nothing)
         * @description Send the file as `text/csv`. Columns: member_no, family_name, given_name, birth_date, unit_code, status, joined_on, phone, email. Any bad row rejects the whole file with every bad line listed; nothing is written. Re-importing the same file changes nothing.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    /** @description "file header=column", repeatable; column "-" ignores the header */
                    map?: string | string[];
                    /** @description File name, kept with the import record */
                    source?: string;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            rows: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/imports/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import units from CSV (all or nothing)
         * @description Send the file as `text/csv`. Columns: code, name, kind, parent_code. Any bad row rejects the whole file with every bad line listed; nothing is written. Re-importing the same file changes nothing.
         */
        post: {
            parameters: {
                query?: {
                    dryRun?: "true" | "false";
                    /** @description "file header=column", repeatable; column "-" ignores the header */
                    map?: string | string[];
                    /** @description File name, kept with the import record */
                    source?: string;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            rows: number;
                            inserted: number;
                            updated: number;
                            unchanged: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/exports/members.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export members as CSV
         * @description UTF-8 with a byte order mark, in the import columns. Values that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/exports/units.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export units as CSV
         * @description UTF-8 with a byte order mark, in the import columns. Values that a spreadsheet would run as a formula are prefixed with an apostrophe.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    bom?: "true" | "false";
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Grant a role at a unit (applies to its subtree)
         * @description Roles: org_admin, staff, auditor. Officers and members get their access from their office and membership.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        userId: number;
                        unitId: number;
                        /** @enum {string} */
                        role: "org_admin" | "staff" | "auditor";
                        endOn?: string | null;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            userId: number;
                            unitId: number;
                            role: string;
                            startOn: string;
                            endOn: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/grants/{grantId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a grant today */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    grantId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/data": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Everything held about a person, as JSON
         * @description A member may download their own record; those who may read it may too.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            exportedAt: string;
                            organization: string;
                            member: {
                                id: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                birthDate: string | null;
                                phone: string | null;
                                email: string | null;
                                status: string;
                                unitId: number | null;
                                placedOn: string | null;
                                joinedOn: string;
                                version: number;
                                unitCode: string | null;
                                /** @description Statuses this member may be moved to from the current one */
                                nextStatuses: ("applicant" | "candidate" | "full_member" | "suspended" | "expelled" | "resigned" | "deceased" | "rejected" | "lapsed")[];
                                placements: {
                                    unitId: number;
                                    unitCode: string | null;
                                    startOn: string;
                                    endOn: string | null;
                                    reason: string | null;
                                    endReason: string | null;
                                }[];
                                events: {
                                    type: string;
                                    from: string | null;
                                    to: string | null;
                                    occurredOn: string;
                                    reason: string | null;
                                }[];
                                offices: {
                                    id: number;
                                    unitId: number;
                                    office: string;
                                    memberId: number;
                                    startOn: string;
                                    /** @description First day the holder no longer holds the office; null = open-ended */
                                    endOn: string | null;
                                    endReason: string | null;
                                    version: number;
                                }[];
                                /** @description A candidate's probation; null otherwise */
                                probation: {
                                    endsOn: string;
                                    extensions: number;
                                } | null;
                                /** @description Promotions, probation extensions and rejections, with the deciding unit and meeting */
                                steps: {
                                    step: string;
                                    from: string;
                                    to: string;
                                    unitId: number | null;
                                    meetingRef: string | null;
                                    occurredOn: string;
                                    reason: string;
                                    actor: string;
                                }[];
                            };
                            auditHistory: {
                                seq: number;
                                at: string;
                                actor: string;
                                action: string;
                                reason: string | null;
                                data: unknown;
                                /** @description Personal fields recorded with the event; null when none or erased */
                                personal: unknown;
                            }[];
                            cases: {
                                id: number;
                                memberId: number;
                                memberNo: string;
                                /** @description The unit that opened the case and decides it */
                                unitId: number;
                                unitCode: string;
                                state: string;
                                charges: string;
                                incidentOn: string | null;
                                openedOn: string;
                                defenceDueOn: string;
                                defence: string | null;
                                defenceOn: string | null;
                                hearingOn: string | null;
                                hearingMeetingRef: string | null;
                                /** @description The penalty decided */
                                penalty: string | null;
                                penaltyMonths: number | null;
                                decidedOn: string | null;
                                decisionMeetingRef: string | null;
                                vote: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: string | {
                                            atLeast: number;
                                        };
                                        majority: string;
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                } | null;
                                ratifyUnitId: number | null;
                                ratifiedOn: string | null;
                                appealUnitId: number | null;
                                appealDueOn: string | null;
                                appeal: string | null;
                                appealedOn: string | null;
                                /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                                finalPenalty: string | null;
                                finalMonths: number | null;
                                closedOn: string | null;
                                /** @description A final probation: in force until the day before endsOn, by the date alone */
                                sanction: {
                                    endsOn: string;
                                    inForce: boolean;
                                } | null;
                                nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                                version: number;
                            }[];
                            notices: {
                                id: number;
                                kind: string;
                                caseId: number | null;
                                message: string;
                                dueOn: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Erase a person's personal data everywhere
         * @description Names, birth date and contacts are removed from the record, search and audit snapshots; the pseudonymous record stays so counts and the audit chain still hold. Needs the admin role at the member's unit.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            memberId: number;
                            memberNo: string;
                            erasedSnapshots: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the organization's audit chain from its first event */
        get: {
            parameters: {
                query?: {
                    /** @description seq:hash printed earlier by `cellbook audit head` */
                    expectHead?: string;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: string;
                            events: number;
                            head: {
                                seq: number;
                                hash: string;
                            } | null;
                            intact: boolean;
                            problem: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/audit/head": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The head of the audit chain, to keep outside the system */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chain: string;
                            seq: number;
                            hash: string;
                        } | null;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cutting/curtains": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Curtains: fabric widths, cut drops, pattern repeats, railroading and lining
         * @description Lengths are numbers in `unit` (default cm) or text with their own unit ("140cm", "54 1/2in", "2 1/8yd"); they are held exactly (1/8000 mm). Widths, pattern repeats and the total all round up. The formulas and their sources: docs/cutting.md.
         */
        post: {
            parameters: {
                query?: {
                    /** @description json (default): the cutting list; svg: the cutting diagram as image/svg+xml */
                    format?: "json" | "svg";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How bare numbers are read, and whether results are metric (mm, cm, m; default cm) or imperial (in, yd)
                         * @enum {string}
                         */
                        unit?: "mm" | "cm" | "m" | "in" | "yd";
                        /**
                         * @description The step fabric is bought in; the total rounds up to it (default 10cm in metric, 1/8yd in imperial)
                         * @enum {string}
                         */
                        round?: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                        /** @description Width of the fabric on the roll */
                        fabricWidth: number | string;
                        /** @description Width left once selvedges are trimmed (default: the fabric width) */
                        usableWidth?: number | string;
                        /** @description Vertical pattern repeat; lengths are rounded up to whole repeats so pieces match */
                        patternRepeat?: number | string;
                        /** @description Length of the track or rod the curtains cover */
                        trackWidth: number | string;
                        /** @description Fullness ratio: flat fabric width ÷ track width (2, 2.25, 2 1/2) */
                        fullness: number | string;
                        /** @description 1 for a single curtain, 2 for a pair (default 2) */
                        curtains?: 1 | 2;
                        /** @description Depth of each return, the turn to the wall at both ends of the track (default 0) */
                        returns?: number | string;
                        /** @description Of a pair: how far each leading edge overlaps at the centre (default 0) */
                        overlap?: number | string;
                        /** @description Allowance at each side edge of each curtain (default 0) */
                        sideHems?: number | string;
                        /** @description Any other extra width, added once (default 0) */
                        widthAllowance?: number | string;
                        /** @description Finished drop of the curtain */
                        finishedLength: number | string;
                        /** @description Added at the top for the heading (default 0) */
                        headingAllowance?: number | string;
                        /** @description Added at the bottom for the hem (default 0) */
                        hemAllowance?: number | string;
                        /** @description Turn the fabric so its width becomes the drop (continuous, no joins); the fabric must be at least as wide as the cut drop */
                        railroaded?: boolean;
                        /** @description Round the widths of each curtain of a pair up separately (no half widths); default: round the pair together */
                        wholeWidthsPerCurtain?: boolean;
                        /** @description Lining cut to back the made-up curtain fabric */
                        lining?: {
                            /** @description Width of the lining on the roll */
                            fabricWidth: number | string;
                            /** @description A length: a number in `unit`, or text with its own unit — "140cm", "1.4m", "54in", "54 1/2in", "54½in", "2 1/8yd" */
                            usableWidth?: number | string;
                            /** @description Default: the curtain’s */
                            headingAllowance?: number | string;
                            /** @description Default: the curtain’s */
                            hemAllowance?: number | string;
                            railroaded?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description The cutting list, or with `format=svg` the cutting diagram */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "curtains" | "tablecloth" | "cushion" | "roman-blind";
                            /** @enum {string} */
                            unitSystem: "metric" | "imperial";
                            /** @enum {string} */
                            round: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                            figures: {
                                key: string;
                                label: string;
                                text: string;
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                number: number | null;
                            }[];
                            fabrics: {
                                /** @enum {string} */
                                fabric: "main" | "lining";
                                rollWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                usableWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                patternRepeat: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                /** @description Turned so the roll runs across the window: the fabric width becomes the drop */
                                railroaded: boolean;
                                pieces: {
                                    name: string;
                                    /** @description Across the roll, selvedge to selvedge */
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description Along the roll */
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    count: number;
                                    note: string | null;
                                }[];
                                layout: {
                                    label: string;
                                    /** @description From the left edge of the usable width */
                                    x: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description From the cut end */
                                    y: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                }[];
                                /** @description Length of roll the layout uses, exactly */
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                /** @description The length rounded up to the selling step */
                                toBuy: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                            }[];
                            notes: string[];
                        };
                        "image/svg+xml": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cutting/tablecloth": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tablecloths, rectangular or round: cut size, joins and fabric
         * @description Lengths are numbers in `unit` (default cm) or text with their own unit ("140cm", "54 1/2in", "2 1/8yd"); they are held exactly (1/8000 mm). Widths, pattern repeats and the total all round up. The formulas and their sources: docs/cutting.md.
         */
        post: {
            parameters: {
                query?: {
                    /** @description json (default): the cutting list; svg: the cutting diagram as image/svg+xml */
                    format?: "json" | "svg";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How bare numbers are read, and whether results are metric (mm, cm, m; default cm) or imperial (in, yd)
                         * @enum {string}
                         */
                        unit?: "mm" | "cm" | "m" | "in" | "yd";
                        /**
                         * @description The step fabric is bought in; the total rounds up to it (default 10cm in metric, 1/8yd in imperial)
                         * @enum {string}
                         */
                        round?: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                        /** @description Width of the fabric on the roll */
                        fabricWidth: number | string;
                        /** @description Width left once selvedges are trimmed (default: the fabric width) */
                        usableWidth?: number | string;
                        /** @description Vertical pattern repeat; lengths are rounded up to whole repeats so pieces match */
                        patternRepeat?: number | string;
                        /**
                         * @description A rectangular (or square) or a round table
                         * @enum {string}
                         */
                        shape: "rectangle" | "round";
                        /** @description Rectangle: the long side of the table top */
                        tableLength?: number | string;
                        /** @description Rectangle: the short side of the table top */
                        tableWidth?: number | string;
                        /** @description Round: the diameter of the table top */
                        tableDiameter?: number | string;
                        /** @description How far the cloth hangs down from the table edge */
                        drop: number | string;
                        /** @description Hem allowance at each edge (default 0) */
                        hem?: number | string;
                        /** @description Seam allowance at each edge of a join, when the fabric is too narrow (default 0) */
                        seamAllowance?: number | string;
                    };
                };
            };
            responses: {
                /** @description The cutting list, or with `format=svg` the cutting diagram */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "curtains" | "tablecloth" | "cushion" | "roman-blind";
                            /** @enum {string} */
                            unitSystem: "metric" | "imperial";
                            /** @enum {string} */
                            round: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                            figures: {
                                key: string;
                                label: string;
                                text: string;
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                number: number | null;
                            }[];
                            fabrics: {
                                /** @enum {string} */
                                fabric: "main" | "lining";
                                rollWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                usableWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                patternRepeat: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                /** @description Turned so the roll runs across the window: the fabric width becomes the drop */
                                railroaded: boolean;
                                pieces: {
                                    name: string;
                                    /** @description Across the roll, selvedge to selvedge */
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description Along the roll */
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    count: number;
                                    note: string | null;
                                }[];
                                layout: {
                                    label: string;
                                    /** @description From the left edge of the usable width */
                                    x: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description From the cut end */
                                    y: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                }[];
                                /** @description Length of roll the layout uses, exactly */
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                /** @description The length rounded up to the selling step */
                                toBuy: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                            }[];
                            notes: string[];
                        };
                        "image/svg+xml": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cutting/cushion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Envelope cushion covers: front and two overlapping backs
         * @description Lengths are numbers in `unit` (default cm) or text with their own unit ("140cm", "54 1/2in", "2 1/8yd"); they are held exactly (1/8000 mm). Widths, pattern repeats and the total all round up. The formulas and their sources: docs/cutting.md.
         */
        post: {
            parameters: {
                query?: {
                    /** @description json (default): the cutting list; svg: the cutting diagram as image/svg+xml */
                    format?: "json" | "svg";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How bare numbers are read, and whether results are metric (mm, cm, m; default cm) or imperial (in, yd)
                         * @enum {string}
                         */
                        unit?: "mm" | "cm" | "m" | "in" | "yd";
                        /**
                         * @description The step fabric is bought in; the total rounds up to it (default 10cm in metric, 1/8yd in imperial)
                         * @enum {string}
                         */
                        round?: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                        /** @description Width of the fabric on the roll */
                        fabricWidth: number | string;
                        /** @description Width left once selvedges are trimmed (default: the fabric width) */
                        usableWidth?: number | string;
                        /** @description Vertical pattern repeat; lengths are rounded up to whole repeats so pieces match */
                        patternRepeat?: number | string;
                        /** @description Width of the cushion pad */
                        width: number | string;
                        /** @description Height of the cushion pad (the envelope opening runs across it) */
                        height: number | string;
                        /** @description Seam allowance on each edge (default 0) */
                        seamAllowance?: number | string;
                        /** @description How far the two finished back pieces overlap */
                        overlap: number | string;
                        /** @description Turned in on the opening edge of each back piece (default 0) */
                        openingHem?: number | string;
                        /** @description How many covers (default 1) */
                        covers?: number;
                    };
                };
            };
            responses: {
                /** @description The cutting list, or with `format=svg` the cutting diagram */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "curtains" | "tablecloth" | "cushion" | "roman-blind";
                            /** @enum {string} */
                            unitSystem: "metric" | "imperial";
                            /** @enum {string} */
                            round: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                            figures: {
                                key: string;
                                label: string;
                                text: string;
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                number: number | null;
                            }[];
                            fabrics: {
                                /** @enum {string} */
                                fabric: "main" | "lining";
                                rollWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                usableWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                patternRepeat: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                /** @description Turned so the roll runs across the window: the fabric width becomes the drop */
                                railroaded: boolean;
                                pieces: {
                                    name: string;
                                    /** @description Across the roll, selvedge to selvedge */
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description Along the roll */
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    count: number;
                                    note: string | null;
                                }[];
                                layout: {
                                    label: string;
                                    /** @description From the left edge of the usable width */
                                    x: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description From the cut end */
                                    y: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                }[];
                                /** @description Length of roll the layout uses, exactly */
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                /** @description The length rounded up to the selling step */
                                toBuy: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                            }[];
                            notes: string[];
                        };
                        "image/svg+xml": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cutting/roman-blind": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roman blinds: cut width and length with hems and rod pockets
         * @description Lengths are numbers in `unit` (default cm) or text with their own unit ("140cm", "54 1/2in", "2 1/8yd"); they are held exactly (1/8000 mm). Widths, pattern repeats and the total all round up. The formulas and their sources: docs/cutting.md.
         */
        post: {
            parameters: {
                query?: {
                    /** @description json (default): the cutting list; svg: the cutting diagram as image/svg+xml */
                    format?: "json" | "svg";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description How bare numbers are read, and whether results are metric (mm, cm, m; default cm) or imperial (in, yd)
                         * @enum {string}
                         */
                        unit?: "mm" | "cm" | "m" | "in" | "yd";
                        /**
                         * @description The step fabric is bought in; the total rounds up to it (default 10cm in metric, 1/8yd in imperial)
                         * @enum {string}
                         */
                        round?: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                        /** @description Width of the fabric on the roll */
                        fabricWidth: number | string;
                        /** @description Width left once selvedges are trimmed (default: the fabric width) */
                        usableWidth?: number | string;
                        /** @description Vertical pattern repeat; lengths are rounded up to whole repeats so pieces match */
                        patternRepeat?: number | string;
                        /** @description Finished width of the blind */
                        width: number | string;
                        /** @description Finished drop of the blind */
                        length: number | string;
                        /** @description Allowance at each side (default 0) */
                        sideHems?: number | string;
                        /** @description Added at the top, to fix to the batten or headrail (default 0) */
                        topAllowance?: number | string;
                        /** @description Added at the bottom, for the hem and weight bar (default 0) */
                        bottomHem?: number | string;
                        /** @description Rods sewn in pockets of the face fabric (default 0) */
                        rods?: number;
                        /** @description Fabric each rod pocket takes (default 0) */
                        rodAllowance?: number | string;
                        /** @description Seam allowance at each edge of a join, when the fabric is too narrow (default 0) */
                        seamAllowance?: number | string;
                    };
                };
            };
            responses: {
                /** @description The cutting list, or with `format=svg` the cutting diagram */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            kind: "curtains" | "tablecloth" | "cushion" | "roman-blind";
                            /** @enum {string} */
                            unitSystem: "metric" | "imperial";
                            /** @enum {string} */
                            round: "1/8yd" | "1/2yd" | "10cm" | "1/2m" | "1m";
                            figures: {
                                key: string;
                                label: string;
                                text: string;
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                number: number | null;
                            }[];
                            fabrics: {
                                /** @enum {string} */
                                fabric: "main" | "lining";
                                rollWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                usableWidth: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                patternRepeat: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                } | null;
                                /** @description Turned so the roll runs across the window: the fabric width becomes the drop */
                                railroaded: boolean;
                                pieces: {
                                    name: string;
                                    /** @description Across the roll, selvedge to selvedge */
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description Along the roll */
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    count: number;
                                    note: string | null;
                                }[];
                                layout: {
                                    label: string;
                                    /** @description From the left edge of the usable width */
                                    x: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    /** @description From the cut end */
                                    y: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    across: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                    along: {
                                        /** @description Exact millimetres */
                                        mm: number;
                                        /** @description Inches (to 6 decimal places) */
                                        in: number;
                                        /** @description As shown to a person, in the chosen unit system */
                                        text: string;
                                    };
                                }[];
                                /** @description Length of roll the layout uses, exactly */
                                length: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                                /** @description The length rounded up to the selling step */
                                toBuy: {
                                    /** @description Exact millimetres */
                                    mm: number;
                                    /** @description Inches (to 6 decimal places) */
                                    in: number;
                                    /** @description As shown to a person, in the chosen unit system */
                                    text: string;
                                };
                            }[];
                            notes: string[];
                        };
                        "image/svg+xml": string;
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/promote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Applicant → candidate (probation starts), or candidate → full member after probation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/extend-probation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend a candidate’s probation (as often as the rulebook allows, once by default) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        months?: number;
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject an applicant or candidate, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record dues paid or participation (what the rulebook’s lapse rule measures from) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "dues" | "attendance" | "other";
                        /** @description Date, YYYY-MM-DD */
                        on?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberNo: string;
                            familyName: string;
                            givenName: string;
                            birthDate: string | null;
                            phone: string | null;
                            email: string | null;
                            status: string;
                            unitId: number | null;
                            placedOn: string | null;
                            joinedOn: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/members/{memberId}/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the member has been told (cases, transfers); only the member reads it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    memberId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                kind: string;
                                caseId: number | null;
                                message: string;
                                dueOn: string | null;
                                at: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Transfers sent from or to units the caller may read */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    state?: "sent" | "received" | "returned" | "cancelled";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                memberId: number;
                                memberNo: string;
                                memberName: string;
                                fromUnitId: number;
                                fromUnitCode: string;
                                toUnitId: number;
                                toUnitCode: string;
                                state: string;
                                reason: string;
                                sentOn: string;
                                dueOn: string;
                                overdue: boolean;
                                sentBy: string;
                                decidedOn: string | null;
                                decidedBy: string | null;
                                decisionReason: string | null;
                                meetingRef: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Send a member to another unit; they stay in the old one until received
         * @description The receiving unit may be anywhere in the tree. The one-step transfer (`/members/{id}/transfer`) stays for staff of the whole organization.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberId: number;
                        toUnitId: number;
                        reason: string;
                        /** @description Date, YYYY-MM-DD */
                        dueOn?: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            memberName: string;
                            fromUnitId: number;
                            fromUnitCode: string;
                            toUnitId: number;
                            toUnitCode: string;
                            state: string;
                            reason: string;
                            sentOn: string;
                            dueOn: string;
                            overdue: boolean;
                            sentBy: string;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            decisionReason: string | null;
                            meetingRef: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/transfers/{transferId}/receive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving unit receives the member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    transferId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            memberName: string;
                            fromUnitId: number;
                            fromUnitCode: string;
                            toUnitId: number;
                            toUnitCode: string;
                            state: string;
                            reason: string;
                            sentOn: string;
                            dueOn: string;
                            overdue: boolean;
                            sentBy: string;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            decisionReason: string | null;
                            meetingRef: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/transfers/{transferId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The receiving unit returns the transfer; the member stays */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    transferId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            memberName: string;
                            fromUnitId: number;
                            fromUnitCode: string;
                            toUnitId: number;
                            toUnitCode: string;
                            state: string;
                            reason: string;
                            sentOn: string;
                            dueOn: string;
                            overdue: boolean;
                            sentBy: string;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            decisionReason: string | null;
                            meetingRef: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/transfers/{transferId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The sending unit cancels a transfer not yet decided; the member stays */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    transferId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            memberName: string;
                            fromUnitId: number;
                            fromUnitCode: string;
                            toUnitId: number;
                            toUnitCode: string;
                            state: string;
                            reason: string;
                            sentOn: string;
                            dueOn: string;
                            overdue: boolean;
                            sentBy: string;
                            decidedOn: string | null;
                            decidedBy: string | null;
                            decisionReason: string | null;
                            meetingRef: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/units/{unitId}/attention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What needs attention in a unit’s subtree
         * @description Overdue defences, appeal windows closing or closed, decisions awaiting ratification or appeal, overdue transfers, candidates whose probation has ended. Computed from the dates on every read.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                /** @enum {string} */
                                kind: "defence_overdue" | "appeal_window_closing" | "appeal_window_closed" | "pending_ratification" | "appeal_pending" | "transfer_overdue" | "probation_ended" | "membership_lapsed";
                                dueOn: string;
                                caseId: number | null;
                                transferId: number | null;
                                memberId: number;
                                memberNo: string;
                                unitCode: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Disciplinary cases the caller may see
         * @description Confidential: visible only to the bodies handling the case (officers of the opening, ratifying and appeal units; staff over them), auditors over them, and the member concerned. Anyone else gets 404.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Only cases opened in this unit’s subtree */
                    within?: number;
                    memberId?: number;
                    state?: "open" | "defence_received" | "hearing_scheduled" | "pending_ratification" | "appeal_window" | "under_appeal" | "final" | "dismissed" | "overturned" | "annulled" | "withdrawn";
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                memberId: number;
                                memberNo: string;
                                /** @description The unit that opened the case and decides it */
                                unitId: number;
                                unitCode: string;
                                state: string;
                                charges: string;
                                incidentOn: string | null;
                                openedOn: string;
                                defenceDueOn: string;
                                defence: string | null;
                                defenceOn: string | null;
                                hearingOn: string | null;
                                hearingMeetingRef: string | null;
                                /** @description The penalty decided */
                                penalty: string | null;
                                penaltyMonths: number | null;
                                decidedOn: string | null;
                                decisionMeetingRef: string | null;
                                vote: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: string | {
                                            atLeast: number;
                                        };
                                        majority: string;
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                } | null;
                                ratifyUnitId: number | null;
                                ratifiedOn: string | null;
                                appealUnitId: number | null;
                                appealDueOn: string | null;
                                appeal: string | null;
                                appealedOn: string | null;
                                /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                                finalPenalty: string | null;
                                finalMonths: number | null;
                                closedOn: string | null;
                                /** @description A final probation: in force until the day before endsOn, by the date alone */
                                sanction: {
                                    endsOn: string;
                                    inForce: boolean;
                                } | null;
                                nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Open a case against a member
         * @description By the member’s unit or a committee above it (its officers, or staff over it). The member is notified and may answer until the rulebook’s defence deadline.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberId: number;
                        unitId: number;
                        charges: string;
                        incidentOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cases by state and penalty, per unit, time to outcome and overdue steps */
        get: {
            parameters: {
                query?: {
                    within?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            total: number;
                            byState: {
                                [key: string]: number;
                            };
                            byPenalty: {
                                [key: string]: number;
                            };
                            byUnit: {
                                unitId: number;
                                unitCode: string;
                                total: number;
                                open: number;
                                final: number;
                            }[];
                            daysToOutcome: {
                                cases: number;
                                average: number | null;
                                median: number | null;
                                max: number | null;
                            };
                            overdue: {
                                defence: number;
                                ratification: number;
                                appealWindowClosed: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case with its timeline and evidence list
         * @description Confidential: visible only to the bodies handling the case (officers of the opening, ratifying and appeal units; staff over them), auditors over them, and the member concerned. Anyone else gets 404.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add an evidence file (base64)
         * @description Allowed types and the size limit come from the rulebook (discipline.attachments); the content must match the type. Stored with its SHA-256 checksum.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        filename: string;
                        contentType: string;
                        contentBase64: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            filename: string;
                            contentType: string;
                            sizeBytes: number;
                            sha256: string;
                            uploadedBy: string;
                            uploadedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an evidence file
         * @description The bytes as stored, with their content type; the SHA-256 checksum in `x-checksum-sha256`.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                    attachmentId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/defence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member’s defence (once; or recorded for them by the opening unit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        defence: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/hearing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set or move the hearing (moving needs a reason) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Date, YYYY-MM-DD */
                        on: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        reason?: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide by vote under the rulebook’s quorum and majority
         * @description Refused without a quorum or before the defence is in or its deadline passed. Adopted: pending ratification when the penalty needs it, else the appeal window opens. Not adopted: dismissed.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        penalty: string;
                        months?: number | null;
                        vote: {
                            /** @description Everyone entitled to vote in the deciding body */
                            entitled: number;
                            present: number;
                            for: number;
                            against: number;
                            abstain: number;
                        };
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/ratification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The ratifying body ratifies or overturns a decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "ratify" | "overturn";
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The member appeals to the next higher body within the window */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grounds: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/appeal-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The appeal body upholds, reduces (to a milder penalty) or annuls */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "uphold" | "reduce" | "annul";
                        penalty?: string;
                        months?: number | null;
                        reason: string;
                        /** @description The meeting that decided: `meeting:<id>` for a meeting recorded here (it must exist, not be cancelled, and have started for a decision), or a free reference to one held elsewhere */
                        meetingRef?: string | null;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw the charges before a decision */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/cases/{caseId}/finalize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Close the appeal window: the member waives the appeal, or the opening unit after it closed
         * @description The server also does this by itself once the window has closed (on read of the case, at start and hourly).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    caseId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason?: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            memberId: number;
                            memberNo: string;
                            /** @description The unit that opened the case and decides it */
                            unitId: number;
                            unitCode: string;
                            state: string;
                            charges: string;
                            incidentOn: string | null;
                            openedOn: string;
                            defenceDueOn: string;
                            defence: string | null;
                            defenceOn: string | null;
                            hearingOn: string | null;
                            hearingMeetingRef: string | null;
                            /** @description The penalty decided */
                            penalty: string | null;
                            penaltyMonths: number | null;
                            decidedOn: string | null;
                            decisionMeetingRef: string | null;
                            vote: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: string | {
                                        atLeast: number;
                                    };
                                    majority: string;
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            ratifyUnitId: number | null;
                            ratifiedOn: string | null;
                            appealUnitId: number | null;
                            appealDueOn: string | null;
                            appeal: string | null;
                            appealedOn: string | null;
                            /** @description The penalty in effect once final (after a reduction on appeal, the reduced one) */
                            finalPenalty: string | null;
                            finalMonths: number | null;
                            closedOn: string | null;
                            /** @description A final probation: in force until the day before endsOn, by the date alone */
                            sanction: {
                                endsOn: string;
                                inForce: boolean;
                            } | null;
                            nextActions: ("submit_defence" | "schedule_hearing" | "decide" | "ratify" | "overturn" | "appeal" | "finalize" | "uphold" | "reduce" | "annul" | "withdraw")[];
                            version: number;
                            timeline: {
                                action: string;
                                from: string | null;
                                to: string;
                                actor: string;
                                reason: string | null;
                                meetingRef: string | null;
                                detail: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string;
                                at: string;
                            }[];
                            attachments: {
                                id: number;
                                filename: string;
                                contentType: string;
                                sizeBytes: number;
                                sha256: string;
                                uploadedBy: string;
                                uploadedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meetings of a unit or a subtree that you can see */
        get: {
            parameters: {
                query?: {
                    unitId?: number;
                    within?: number;
                    from?: string;
                    to?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                unitId: number;
                                unitCode: string;
                                kind: string;
                                title: string;
                                /** @description UTC instant */
                                startsAt: string;
                                endsAt: string;
                                timeZone: string;
                                /** @description Wall-clock start in the meeting’s zone */
                                localStart: string;
                                localEnd: string;
                                place: string;
                                agenda: string[];
                                /** @enum {string} */
                                status: "scheduled" | "cancelled";
                                cancelReason: string | null;
                                /** @description iCalendar SEQUENCE, raised on every change */
                                sequence: number;
                                attendance: {
                                    invited: number;
                                    present: number;
                                    excused: number;
                                    absent: number;
                                    total: number;
                                };
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Schedule a meeting of a unit
         * @description Times are wall-clock in `timeZone` (IANA); stored as UTC instants with the zone. Invitees default to the unit’s members and office holders.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: number;
                        /** @enum {string} */
                        kind: "general" | "committee" | "lesson" | "other";
                        title: string;
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        start: string;
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        end: string;
                        /** @description IANA time zone, e.g. Asia/Seoul */
                        timeZone: string;
                        place: string;
                        agenda?: string[];
                        inviteeIds?: number[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            kind: string;
                            title: string;
                            /** @description UTC instant */
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @description Wall-clock start in the meeting’s zone */
                            localStart: string;
                            localEnd: string;
                            place: string;
                            agenda: string[];
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            cancelReason: string | null;
                            /** @description iCalendar SEQUENCE, raised on every change */
                            sequence: number;
                            attendance: {
                                invited: number;
                                present: number;
                                excused: number;
                                absent: number;
                                total: number;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A meeting with invitees and attendance, minutes (every revision) and decisions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            kind: string;
                            title: string;
                            /** @description UTC instant */
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @description Wall-clock start in the meeting’s zone */
                            localStart: string;
                            localEnd: string;
                            place: string;
                            agenda: string[];
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            cancelReason: string | null;
                            /** @description iCalendar SEQUENCE, raised on every change */
                            sequence: number;
                            attendance: {
                                invited: number;
                                present: number;
                                excused: number;
                                absent: number;
                                total: number;
                            };
                            version: number;
                            invitees: {
                                memberId: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                status: "invited" | "present" | "excused" | "absent";
                                checkedInAt: string | null;
                            }[];
                            minutes: {
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "approved";
                                text: string;
                                correctionReason: string | null;
                                approvedAt: string | null;
                                createdAt: string;
                                version: number;
                            }[];
                            decisions: {
                                id: number;
                                text: string;
                                adopted: boolean;
                                /** @description The decision and the basis it used */
                                result: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /** @enum {string} */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/reschedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change time, place, title or agenda (raises the calendar SEQUENCE) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        start?: string;
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        end?: string;
                        /** @description IANA time zone, e.g. Asia/Seoul */
                        timeZone?: string;
                        title?: string;
                        place?: string;
                        agenda?: string[];
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            kind: string;
                            title: string;
                            /** @description UTC instant */
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @description Wall-clock start in the meeting’s zone */
                            localStart: string;
                            localEnd: string;
                            place: string;
                            agenda: string[];
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            cancelReason: string | null;
                            /** @description iCalendar SEQUENCE, raised on every change */
                            sequence: number;
                            attendance: {
                                invited: number;
                                present: number;
                                excused: number;
                                absent: number;
                                total: number;
                            };
                            version: number;
                            invitees: {
                                memberId: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                status: "invited" | "present" | "excused" | "absent";
                                checkedInAt: string | null;
                            }[];
                            minutes: {
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "approved";
                                text: string;
                                correctionReason: string | null;
                                approvedAt: string | null;
                                createdAt: string;
                                version: number;
                            }[];
                            decisions: {
                                id: number;
                                text: string;
                                adopted: boolean;
                                /** @description The decision and the basis it used */
                                result: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /** @enum {string} */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a meeting (kept on record; calendars show STATUS:CANCELLED) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            kind: string;
                            title: string;
                            /** @description UTC instant */
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @description Wall-clock start in the meeting’s zone */
                            localStart: string;
                            localEnd: string;
                            place: string;
                            agenda: string[];
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            cancelReason: string | null;
                            /** @description iCalendar SEQUENCE, raised on every change */
                            sequence: number;
                            attendance: {
                                invited: number;
                                present: number;
                                excused: number;
                                absent: number;
                                total: number;
                            };
                            version: number;
                            invitees: {
                                memberId: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                status: "invited" | "present" | "excused" | "absent";
                                checkedInAt: string | null;
                            }[];
                            minutes: {
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "approved";
                                text: string;
                                correctionReason: string | null;
                                approvedAt: string | null;
                                createdAt: string;
                                version: number;
                            }[];
                            decisions: {
                                id: number;
                                text: string;
                                adopted: boolean;
                                /** @description The decision and the basis it used */
                                result: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /** @enum {string} */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/attendance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark people present (with check-in time), excused or absent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        entries: {
                            memberId: number;
                            /** @enum {string} */
                            status: "invited" | "present" | "excused" | "absent";
                            checkedInAt?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            kind: string;
                            title: string;
                            /** @description UTC instant */
                            startsAt: string;
                            endsAt: string;
                            timeZone: string;
                            /** @description Wall-clock start in the meeting’s zone */
                            localStart: string;
                            localEnd: string;
                            place: string;
                            agenda: string[];
                            /** @enum {string} */
                            status: "scheduled" | "cancelled";
                            cancelReason: string | null;
                            /** @description iCalendar SEQUENCE, raised on every change */
                            sequence: number;
                            attendance: {
                                invited: number;
                                present: number;
                                excused: number;
                                absent: number;
                                total: number;
                            };
                            version: number;
                            invitees: {
                                memberId: number;
                                memberNo: string;
                                familyName: string;
                                givenName: string;
                                /** @enum {string} */
                                status: "invited" | "present" | "excused" | "absent";
                                checkedInAt: string | null;
                            }[];
                            minutes: {
                                revision: number;
                                /** @enum {string} */
                                status: "draft" | "approved";
                                text: string;
                                correctionReason: string | null;
                                approvedAt: string | null;
                                createdAt: string;
                                version: number;
                            }[];
                            decisions: {
                                id: number;
                                text: string;
                                adopted: boolean;
                                /** @description The decision and the basis it used */
                                result: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /** @enum {string} */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                };
                                recordedAt: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Write the draft minutes
         * @description Changes the current draft (send its `version`), or opens a new revision. Approved minutes never change: a `correctionReason` opens a corrected revision.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        /** @description The version you read; a stale version gets 409 */
                        version?: number;
                        correctionReason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revision: number;
                            /** @enum {string} */
                            status: "draft" | "approved";
                            text: string;
                            correctionReason: string | null;
                            approvedAt: string | null;
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/minutes/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the draft minutes; they become immutable */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revision: number;
                            /** @enum {string} */
                            status: "draft" | "approved";
                            text: string;
                            correctionReason: string | null;
                            approvedAt: string | null;
                            createdAt: string;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meetings/{meetingId}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a decision taken by open vote
         * @description Decided by the rulebook’s meeting vote rule: entitled are the invitees, present those marked present.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    meetingId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        votesFor: number;
                        votesAgainst: number;
                        abstentions: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            text: string;
                            adopted: boolean;
                            /** @description The decision and the basis it used */
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            };
                            recordedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/meeting-compliance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Units that missed a meeting their rulebook cadence requires
         * @description Derived from recorded meetings only. Periods are calendar months, quarters… of the cadence, owed once wholly past and after the unit began.
         */
        get: {
            parameters: {
                query?: {
                    within?: number;
                    /** @description Date, YYYY-MM-DD */
                    from?: string;
                    /** @description Date, YYYY-MM-DD */
                    to?: string;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: string;
                            to: string;
                            checkedUnits: number;
                            totals: {
                                unitsMissing: number;
                                missedPeriods: number;
                            };
                            units: {
                                unit: {
                                    id: number;
                                    code: string;
                                    name: string;
                                    kind: string;
                                };
                                everyMonths: number;
                                missed: {
                                    start: string;
                                    end: string;
                                }[];
                                lastMeetingOn: string | null;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/convention-series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Convention series you can see, with every edition and its figures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                unitId: number;
                                unitCode: string;
                                name: {
                                    en: string;
                                    ko: string;
                                };
                                editions: {
                                    conventionId: number;
                                    ordinal: number;
                                    title: {
                                        en: string;
                                        ko: string;
                                    };
                                    startsOn: string;
                                    endsOn: string;
                                    /** @enum {string} */
                                    status: "planned" | "frozen" | "closed" | "past";
                                    participants: number | null;
                                    present: number | null;
                                    attendanceRate: number | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start a numbered series of conventions convened by a unit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: number;
                        name: {
                            en: string;
                            ko: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            unitId: number;
                            unitCode: string;
                            name: {
                                en: string;
                                ko: string;
                            };
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/convention-series/{seriesId}/conventions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an edition: one being planned, or a past one with its dates (and figures when known) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    seriesId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        ordinal?: number;
                        /** @description Date, YYYY-MM-DD */
                        startsOn: string;
                        /** @description Date, YYYY-MM-DD */
                        endsOn: string;
                        /** @description IANA time zone, e.g. Asia/Seoul */
                        timeZone: string;
                        place?: string | null;
                        plannedParticipants?: number | null;
                        past?: {
                            participants?: number | null;
                            present?: number | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            seriesId: number;
                            ordinal: number;
                            title: {
                                en: string;
                                ko: string;
                            };
                            convenedBy: {
                                unitId: number;
                                unitCode: string;
                            };
                            /** @enum {string} */
                            status: "planned" | "frozen" | "closed" | "past";
                            startsOn: string;
                            endsOn: string;
                            timeZone: string;
                            place: string | null;
                            plannedParticipants: number | null;
                            recordedParticipants: number | null;
                            recordedPresent: number | null;
                            cutoffOn: string | null;
                            rosterRule: {
                                officeHolders: {
                                    unitKind: string;
                                    office: string;
                                }[];
                                delegates?: {
                                    perUnitKind: string;
                                    perMembers: number;
                                    /** @enum {string} */
                                    rounding: "up" | "down" | "nearest";
                                    minimum: number;
                                };
                                guests: {
                                    name: string;
                                    memberNo?: string;
                                }[];
                            } | null;
                            rosterFrozenAt: string | null;
                            previousId: number | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A convention: program with live counts, roster figures, addresses, motions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            seriesId: number;
                            ordinal: number;
                            title: {
                                en: string;
                                ko: string;
                            };
                            convenedBy: {
                                unitId: number;
                                unitCode: string;
                            };
                            /** @enum {string} */
                            status: "planned" | "frozen" | "closed" | "past";
                            startsOn: string;
                            endsOn: string;
                            timeZone: string;
                            place: string | null;
                            plannedParticipants: number | null;
                            recordedParticipants: number | null;
                            recordedPresent: number | null;
                            cutoffOn: string | null;
                            rosterRule: {
                                officeHolders: {
                                    unitKind: string;
                                    office: string;
                                }[];
                                delegates?: {
                                    perUnitKind: string;
                                    perMembers: number;
                                    /** @enum {string} */
                                    rounding: "up" | "down" | "nearest";
                                    minimum: number;
                                };
                                guests: {
                                    name: string;
                                    memberNo?: string;
                                }[];
                            } | null;
                            rosterFrozenAt: string | null;
                            previousId: number | null;
                            version: number;
                            roster: {
                                entitled: number;
                                guests: number;
                                vacantSeats: number;
                                attended: number;
                            };
                            sessions: {
                                id: number;
                                title: string;
                                startsAt: string;
                                endsAt: string;
                                localStart: string;
                                localEnd: string;
                                /** @description Checked in now */
                                present: number;
                            }[];
                            addresses: {
                                id: number;
                                sessionId: number | null;
                                /** @enum {string} */
                                kind: "opening" | "report" | "closing" | "other";
                                speakerMemberId: number | null;
                                speakerName: string;
                                title: string;
                                text: string;
                                deliveredAt: string;
                            }[];
                            motions: {
                                id: number;
                                conventionId: number;
                                sessionId: number | null;
                                /** @enum {string} */
                                kind: "motion" | "statement" | "resolution";
                                title: string;
                                text: string;
                                /** @enum {string} */
                                status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                                ballot: ("open" | "secret") | null;
                                voteRule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                } | null;
                                result: {
                                    adopted: boolean;
                                    quorumMet: boolean;
                                    quorumRequired: number;
                                    votesNeeded: number;
                                    rule: {
                                        quorum: ("none" | "majority" | "two_thirds") | {
                                            atLeast: number;
                                        };
                                        /** @enum {string} */
                                        majority: "simple" | "absolute" | "two_thirds";
                                    };
                                    count: {
                                        entitled: number;
                                        present: number;
                                        for: number;
                                        against: number;
                                        abstain: number;
                                    };
                                    explanation: string;
                                } | null;
                                decidedAt: string | null;
                                publicId: string | null;
                                publishedAt: string | null;
                                amendments: {
                                    id: number;
                                    text: string;
                                    rationale: string | null;
                                    /** @enum {string} */
                                    status: "proposed" | "accepted" | "rejected";
                                    proposedAt: string;
                                    decidedAt: string | null;
                                }[];
                                ballotsCast: number;
                                version: number;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/roster/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Compute the roster by rule from the tree on the cut-off date and freeze it (dryRun: preview) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Who sits: office holders at the cut-off date, delegate seats per unit (state the rounding), named guests */
                        rule: {
                            officeHolders?: {
                                unitKind: string;
                                office: string;
                            }[];
                            delegates?: {
                                perUnitKind: string;
                                perMembers: number;
                                /** @enum {string} */
                                rounding: "up" | "down" | "nearest";
                                minimum?: number;
                            };
                            guests?: {
                                name: string;
                                memberNo?: string;
                            }[];
                        };
                        /** @description Date, YYYY-MM-DD */
                        cutoffOn: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            convention: {
                                id: number;
                                seriesId: number;
                                ordinal: number;
                                title: {
                                    en: string;
                                    ko: string;
                                };
                                convenedBy: {
                                    unitId: number;
                                    unitCode: string;
                                };
                                /** @enum {string} */
                                status: "planned" | "frozen" | "closed" | "past";
                                startsOn: string;
                                endsOn: string;
                                timeZone: string;
                                place: string | null;
                                plannedParticipants: number | null;
                                recordedParticipants: number | null;
                                recordedPresent: number | null;
                                cutoffOn: string | null;
                                rosterRule: {
                                    officeHolders: {
                                        unitKind: string;
                                        office: string;
                                    }[];
                                    delegates?: {
                                        perUnitKind: string;
                                        perMembers: number;
                                        /** @enum {string} */
                                        rounding: "up" | "down" | "nearest";
                                        minimum: number;
                                    };
                                    guests: {
                                        name: string;
                                        memberNo?: string;
                                    }[];
                                } | null;
                                rosterFrozenAt: string | null;
                                previousId: number | null;
                                version: number;
                            };
                            basis: {
                                officeHolders: number;
                                delegateUnits: {
                                    unitId: number;
                                    members: number;
                                    seats: number;
                                }[];
                                delegateSeats: number;
                                guests: number;
                                duplicatesSkipped: number;
                                unknownGuestMembers: string[];
                            };
                            seats: {
                                officeHolders: number;
                                delegateSeats: number;
                                guests: number;
                                total: number;
                            };
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The roster, or a search by name, member number or badge code */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    /** @description Page size, 1–500 (default 50) */
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: number;
                                /** @enum {string} */
                                category: "office_holder" | "delegate" | "guest" | "substitute";
                                unitId: number | null;
                                unitCode: string | null;
                                memberId: number | null;
                                memberNo: string | null;
                                familyName: string | null;
                                givenName: string | null;
                                guestName: string | null;
                                office: string | null;
                                seat: number | null;
                                /** @enum {string} */
                                status: "entitled" | "replaced";
                                replacesId: number | null;
                                substitutionReason: string | null;
                                version: number;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Printable badge list with codes (those who run the convention only) */
        get: {
            parameters: {
                query?: {
                    /** @description nextCursor of the previous page */
                    cursor?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                rosterId: number;
                                badgeCode: string;
                                name: string;
                                /** @enum {string} */
                                category: "office_holder" | "delegate" | "guest" | "substitute";
                                unitCode: string | null;
                            }[];
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/roster/{rosterId}/fill": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Name the member a unit elected to one of its delegate seats */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                    rosterId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberId: number;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            category: "office_holder" | "delegate" | "guest" | "substitute";
                            unitId: number | null;
                            unitCode: string | null;
                            memberId: number | null;
                            memberNo: string | null;
                            familyName: string | null;
                            givenName: string | null;
                            guestName: string | null;
                            office: string | null;
                            seat: number | null;
                            /** @enum {string} */
                            status: "entitled" | "replaced";
                            replacesId: number | null;
                            substitutionReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/roster/{rosterId}/substitute": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace an absent delegate by a substitute, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                    rosterId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        memberId: number;
                        reason: string;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            /** @enum {string} */
                            category: "office_holder" | "delegate" | "guest" | "substitute";
                            unitId: number | null;
                            unitCode: string | null;
                            memberId: number | null;
                            memberNo: string | null;
                            familyName: string | null;
                            givenName: string | null;
                            guestName: string | null;
                            office: string | null;
                            seat: number | null;
                            /** @enum {string} */
                            status: "entitled" | "replaced";
                            replacesId: number | null;
                            substitutionReason: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a session to the program (wall-clock times in the convention’s zone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        start: string;
                        /** @description Wall-clock time in the given zone, YYYY-MM-DDTHH:mm */
                        end: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            title: string;
                            startsAt: string;
                            endsAt: string;
                            localStart: string;
                            localEnd: string;
                            present: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/check-ins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a person in to a session by badge code or roster entry
         * @description A second check-in keeps the first time and answers `alreadyCheckedIn: true`.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sessionId: number;
                        badgeCode?: string;
                        rosterId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rosterId: number;
                            name: string;
                            /** @enum {string} */
                            category: "office_holder" | "delegate" | "guest" | "substitute";
                            checkedInAt: string;
                            alreadyCheckedIn: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/addresses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an address: speaker, title, full text, time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sessionId?: number | null;
                        /** @enum {string} */
                        kind: "opening" | "report" | "closing" | "other";
                        speakerMemberId?: number;
                        speakerName?: string;
                        title: string;
                        text: string;
                        deliveredAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "opening" | "report" | "closing" | "other";
                            speakerMemberId: number | null;
                            speakerName: string;
                            title: string;
                            text: string;
                            deliveredAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/motions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Table a motion or statement in draft */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        sessionId?: number | null;
                        /** @enum {string} */
                        kind: "motion" | "statement" | "resolution";
                        title: string;
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/proceedings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The record of proceedings */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conventionId: number;
                            /** @enum {string} */
                            status: "draft" | "approved";
                            document: {
                                [key: string]: unknown;
                            };
                            sha256: string;
                            approvedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Assemble (or reassemble) the draft record of proceedings */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conventionId: number;
                            /** @enum {string} */
                            status: "draft" | "approved";
                            document: {
                                [key: string]: unknown;
                            };
                            sha256: string;
                            approvedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/conventions/{conventionId}/proceedings/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve the proceedings: immutable from now on; the convention closes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    conventionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            conventionId: number;
                            /** @enum {string} */
                            status: "draft" | "approved";
                            document: {
                                [key: string]: unknown;
                            };
                            sha256: string;
                            approvedAt: string | null;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A motion with amendments, ballot and result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose an amendment (the full amended text) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                        rationale?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/amendments/{amendmentId}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept or reject an amendment */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                    amendmentId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        accept: boolean;
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/open-vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Put the motion to an open or secret ballot */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        ballot: "open" | "secret";
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cast a ballot
         * @description Without `rosterId` you vote yourself (you must sit at the convention and be checked in). With it, a teller records a named open vote. Secret ballots keep no link from the choice to the voter.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        choice: "for" | "against" | "abstain";
                        rosterId?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            motionId: number;
                            /** @enum {string} */
                            ballot: "open" | "secret";
                            /** @enum {boolean} */
                            recorded: true;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/close-vote": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the vote and decide by the rulebook’s quorum and majority */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish an adopted text in the public bulletin under a citable id */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The version you read; a stale version gets 409 */
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: number;
                            conventionId: number;
                            sessionId: number | null;
                            /** @enum {string} */
                            kind: "motion" | "statement" | "resolution";
                            title: string;
                            text: string;
                            /** @enum {string} */
                            status: "draft" | "voting" | "adopted" | "rejected" | "withdrawn";
                            ballot: ("open" | "secret") | null;
                            voteRule: {
                                quorum: ("none" | "majority" | "two_thirds") | {
                                    atLeast: number;
                                };
                                /** @enum {string} */
                                majority: "simple" | "absolute" | "two_thirds";
                            } | null;
                            result: {
                                adopted: boolean;
                                quorumMet: boolean;
                                quorumRequired: number;
                                votesNeeded: number;
                                rule: {
                                    quorum: ("none" | "majority" | "two_thirds") | {
                                        atLeast: number;
                                    };
                                    /** @enum {string} */
                                    majority: "simple" | "absolute" | "two_thirds";
                                };
                                count: {
                                    entitled: number;
                                    present: number;
                                    for: number;
                                    against: number;
                                    abstain: number;
                                };
                                explanation: string;
                            } | null;
                            decidedAt: string | null;
                            publicId: string | null;
                            publishedAt: string | null;
                            amendments: {
                                id: number;
                                text: string;
                                rationale: string | null;
                                /** @enum {string} */
                                status: "proposed" | "accepted" | "rejected";
                                proposedAt: string;
                                decidedAt: string | null;
                            }[];
                            ballotsCast: number;
                            version: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/send-down": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send an adopted text down to the units of the subtree for acknowledgement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitKinds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            motionId: number;
                            sent: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A unit acknowledges a decision sent down to it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        unitId: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            motionId: number;
                            unitId: number;
                            acknowledgedAt: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orgs/{org}/motions/{motionId}/dispatches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which units have not acknowledged a decision */
        get: {
            parameters: {
                query?: {
                    within?: number;
                };
                header?: never;
                path: {
                    org: string;
                    motionId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            motionId: number;
                            sent: number;
                            acknowledged: number;
                            pending: {
                                unitId: number;
                                code: string;
                                name: string;
                                kind: string;
                                sentAt: string;
                            }[];
                            truncated: boolean;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/feed-token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create your calendar link token (revokes the previous one); shown once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Revoke your calendar link token: every subscription stops */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: number;
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
                /** @description RFC 9457 problem details */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            type: string;
                            title: string;
                            status: number;
                            detail: string;
                            instance?: string;
                            code: string;
                            hint?: string;
                            problems?: {
                                path: string;
                                message: string;
                                line?: number;
                                column?: string;
                            }[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/orgs/{org}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * iCalendar feed of a unit’s meetings and the conventions it convenes
         * @description Authenticated by `token` (calendar apps send no other credential). text/calendar.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Your calendar link token (cbf_…), from POST /api/v1/auth/feed-token */
                    token?: string;
                };
                header?: never;
                path: {
                    org: string;
                    unitId: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/calendar/orgs/{org}/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** iCalendar feed of your own meetings and conventions */
        get: {
            parameters: {
                query?: {
                    /** @description Your calendar link token (cbf_…), from POST /api/v1/auth/feed-token */
                    token?: string;
                };
                header?: never;
                path: {
                    org: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
