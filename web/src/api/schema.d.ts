// Generated from the API's OpenAPI document by `npm run web:api-types`; do not edit.
// A test fails when this file no longer matches the server.

export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Built-in identity: sign in with username and password; a session, or (one-time password) a token that only opens POST /api/auth/password */
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
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["LoginResult"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description account-disabled: the password is right but the account is disabled */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description too-many-attempts: five attempts on this account name since its last success (30 s, doubling per further attempt, at most 15 min), or the account is locked after ten wrong passwords in a row (15 min, doubling, at most 24 h; an admin enable lifts it); wait the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller as the token describes them (sub, username, role, institutionId) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Principal"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published checklists, newest version of each (all=true: every version) */
        get: {
            parameters: {
                query?: {
                    all?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ChecklistSummary"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Publish a definition as a new immutable version (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["ChecklistDefinition"];
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistSummary"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A checklist with its definition (newest published, or ?version=) */
        get: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Checklist"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/context-fields": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The context fields of the newest published version of each checklist: names, kinds and the labels of their codes (enum options, scale levels), zh/en; for labelling context values without whole definitions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ChecklistContextFields"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version of a checklist */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["ChecklistSummary"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists/{id}/versions/{version}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Retire a version (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemVersion?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistSummary"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists/{id}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restore a retired version to the list (admin; 409 version-conflict if it changed since read, 400 if it is not retired) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        itemVersion?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ChecklistSummary"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/scales": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published standard scales, every version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["StandardScaleSummary"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Publish a standard scale version that checklists reference as { "ref": "<id>@<version>" } (admin) */
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
                        $schema?: string;
                        id: string;
                        version: number;
                        title: {
                            zh: string;
                            en?: string;
                        };
                        description?: {
                            zh: string;
                            en?: string;
                        };
                        levels: {
                            value: string;
                            label: {
                                zh: string;
                                en?: string;
                            };
                        }[];
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StandardScaleSummary"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/scales/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A standard scale with its levels (newest version, or ?version=) */
        get: {
            parameters: {
                query?: {
                    version?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["StandardScale"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/checklists/dry-run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Validate a definition and score a sample without publishing (admin) */
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
                        definition: {
                            [key: string]: unknown;
                        };
                        sample?: {
                            /** @default {} */
                            context?: {
                                [key: string]: string | number;
                            };
                            /** @default {} */
                            answers?: unknown;
                            evidence?: {
                                [key: string]: {
                                    name: string;
                                }[];
                            };
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DryRun"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a region (admin; 400 validation-failed when a context value is one no published region checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted)) */
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
                        id: string;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        parentId?: string;
                        context?: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A region */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Update a region (admin, versioned; 400 validation-failed when a context value is one no published region checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted); a value the record already holds may be sent back unchanged) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        /** @enum {string} */
                        level: "province" | "city" | "county";
                        parentId?: string;
                        context?: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Region"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/institutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Institutions the caller may see */
        get: {
            parameters: {
                query?: {
                    regionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Institution"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an institution (admin; 400 validation-failed when a context value is one no published institution checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted)) */
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
                        id: string;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        regionId: string;
                        context?: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Institution"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/institutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An institution */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Institution"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Update an institution (admin, versioned; 400 validation-failed when a context value is one no published institution checklist accepts (details.issues at /context/<key>: unknown-column, not-allowed or not-a-number, params.allowed naming what is accepted); a value the record already holds may be sent back unchanged) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        regionId: string;
                        context?: {
                            [key: string]: string | number;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Institution"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rounds the caller takes part in */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Round"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create an evaluation round (admin) */
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
                        id: string;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        checklistId: string;
                        checklistVersion: number;
                        /** @enum {string} */
                        type: "baseline" | "annual" | "final";
                        year: number;
                        institutionIds: string[];
                        regionIds?: string[];
                        deadline?: string | null;
                        expertIds: string[];
                        /** @enum {string} */
                        status?: "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A round */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Update a round (admin, versioned; its checklist cannot change once it has submissions: use the round re-score) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        name: {
                            zh: string;
                            en?: string;
                        };
                        checklistId: string;
                        checklistVersion: number;
                        /** @enum {string} */
                        type: "baseline" | "annual" | "final";
                        year: number;
                        institutionIds: string[];
                        regionIds?: string[];
                        deadline?: string | null;
                        expertIds: string[];
                        /** @enum {string} */
                        status?: "open" | "closed";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Round"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rounds/{id}/rescore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Re-score every submitted submission of the round, optionally with another published checklist version, which the round then records (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        checklistVersion?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RescoreReport"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Totals and bands per institution, criterion attainment, self vs expert differences */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundResults"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/oversee/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A commission's overview (commission only): every round where it oversees an institution or a region besides its own, open first, newest year first, each with a row per overseen participant (self and expert standing), narrowed on the server to its region and the regions under it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["OverseenRound"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/comparison": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Self vs expert for every participant and criterion (status, points, value), largest disagreements first (admins and the round's experts; an institution its own, once the expert's evaluation is submitted; 404 otherwise) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundComparison"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/results/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round results as XLSX (default) or CSV: per submission and criterion the actual value, target, gap and status, with checklist and engine versions; Chinese, or English with lang=en */
        get: {
            parameters: {
                query?: {
                    format?: string;
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Submissions by round, institution or region (a region's own, in region rounds; a commission's own region by default) */
        get: {
            parameters: {
                query?: {
                    roundId?: string;
                    institutionId?: string;
                    regionId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Submission"][];
                        };
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Start a draft: a self-evaluation or an expert on-site evaluation (prefillFrom: the institution's submitted self-evaluation to start from; left out, it starts empty) */
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
                        roundId: string;
                        institutionId?: string;
                        regionId?: string;
                        /** @enum {string} */
                        kind: "self" | "expert";
                        prefillFrom?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A submission */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        /** Save a draft (optimistic locking: a stale version gets 409); with Prefer: return=minimal the answer is only the new version */
        put: {
            parameters: {
                query?: never;
                header?: {
                    /** @description return=minimal (RFC 7240): answer with the id, the new version and the update time instead of the whole entity (what the web app sends when saving); the reply then carries ETag (the version, quoted) and Preference-Applied: return=minimal */
                    Prefer?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        answers?: unknown;
                        context?: {
                            [key: string]: string | number;
                        };
                        evidence?: {
                            [key: string]: {
                                name: string;
                                key: string;
                                contentType: string;
                                size: number;
                                sha256?: string;
                            }[];
                        };
                        notes?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description With Prefer: return=minimal: the new version, quoted */
                        ETag?: string;
                        /** @description return=minimal when the preference was honoured */
                        "Preference-Applied"?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"] | components["schemas"]["SavedVersion"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/submissions/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit or resubmit; queues scoring (submitting a submitted, unscored submission again only re-queues its scoring) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Return to its author with an overall comment and/or comments per criterion (admin, round expert; open rounds only, 409 invalid-state in a closed one) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        comment?: string;
                        criterionId?: string;
                        comments?: {
                            [key: string]: string;
                        };
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/rescore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Score again, optionally with another checklist version (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                        checklistVersion?: number;
                    };
                };
            };
            responses: {
                /** @description OK */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Submission"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The engine's full per-criterion result */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ScoreResult"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A write-once upload URL for one evidence file of the declared type, size and SHA-256 (draft or returned submissions in open rounds) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        criterionId: string;
                        fileName: string;
                        contentType: string;
                        size: number;
                        sha256: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Upload"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/evidence/{criterionId}/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived download URL for an attached evidence file, with its name and type (whoever may read the submission) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    criterionId: string;
                    index: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Download"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/submissions/{id}/inherited-evidence/{criterionId}/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived download URL for a file of inheritedEvidence: an on-site evaluation started from the self-evaluation counts the institution's files as its own evidence (whoever may read the on-site evaluation; read-only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    criterionId: string;
                    index: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Download"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Built-in identity: a new access token and the next refresh token; the one sent is spent (sending a spent one again ends the sign-in) */
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
                        refreshToken: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Built-in identity: end the sign-in the refresh token belongs to (204 whether or not it was known) */
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
                        refreshToken: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change your own password (current and new; the policy: 10+ characters, 3 of 4 character classes, not containing the username); other sessions end, a new one is returned */
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
                        oldPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Session"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description too-many-attempts: five attempts on this account name since its last success (30 s, doubling per further attempt, at most 15 min), or the account is locked after ten wrong passwords in a row (15 min, doubling, at most 24 h; an admin enable lifts it); wait the Retry-After header */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users of the built-in directory, with lastSignInAt and lockout state (admin), ordered by display name; narrowed by role, q (part of the name or username), regionId, active=true; paged by limit (1-200) and offset (without limit: every match) */
        get: {
            parameters: {
                query?: {
                    role?: string;
                    q?: string;
                    regionId?: string;
                    active?: string;
                    limit?: string;
                    offset?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserPage"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
            };
        };
        put?: never;
        /** Create a user (admin); without a password a one-time password is returned once; either way it must be changed at the first sign-in */
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
                        /** @enum {string} */
                        role: "admin" | "expert" | "institution" | "commission";
                        displayName: string;
                        institutionId?: string;
                        regionId?: string;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserWithPassword"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/users/{username}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable a user (admin): no sign-in, refresh tokens stop working; access tokens run out within 15 minutes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/users/{username}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Enable a user again, lifting a lockout (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["User"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/users/{username}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new one-time password (admin): sessions end, the next sign-in must change it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserWithPassword"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in identity: the public keys (ES256) that verify its tokens */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Jwks"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/.well-known/openid-configuration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in identity: OpenID discovery (issuer = the API base URL, jwks_uri), read by the API Gateway JWT authorizer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["OpenIdConfiguration"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/institutions/import/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The institution import template (XLSX): header row 机构编号 (id), 机构名称 (name), …, an example row, and a sheet of region ids (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/institutions/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import institutions from an XLSX (first sheet) or CSV file sent as the raw body (content-type XLSX or text/csv), at most 5,000 rows: every row is checked first; any problem is a 400 whose details.issues name row and column (path /rows/<row>/<column>) and nothing is written. Rows already present with the same content count as unchanged, so sending a file again after a 503 import-incomplete completes it (admin) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["ImportReport"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Version conflict, duplicate, or not allowed in the current state */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Body too large */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/institutions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One institution's scored evaluations across rounds, baseline → annual → final (admin) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["InstitutionHistory"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/regions/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region across rounds, baseline → annual → final (admin): its own evaluations (region checklists) and its institutions' in aggregate per round (mean total, share met per criterion) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RegionHistory"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per participant: not started / draft / submitted / returned / scored (self and expert), counts, and the re-score progress (scored on the round version of all submitted) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RoundProgress"];
                    };
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dashboard data, compact: every text once (criteria, sections, bands, regions, names), per-institution values in columns (totals, bands, section scores, one status digit per criterion for the heat map), self and expert scores apart */
        get: {
            parameters: {
                query?: never;
                header?: {
                    /** @description The ETag of the reply the client holds: 304 while it is current */
                    "If-None-Match"?: string;
                };
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        /** @description Weak; changes whenever anything the reply is built from changes */
                        ETag?: string;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["CompactRoundDashboard"];
                    };
                };
                /** @description Not modified: the If-None-Match tag is current; no body */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
    "/api/rounds/{id}/dashboard/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The dashboard's tables as XLSX (ranking, criteria not met, heat map, actual values, targets, gaps, versions), filtered by regionId and institutionType; Chinese, or English with lang=en */
        get: {
            parameters: {
                query?: {
                    regionId?: string;
                    institutionType?: string;
                    lang?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Invalid input; details.issues lists every problem with its path */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description No valid token */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not allowed for this role or institution */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description Not found */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
                    };
                };
                /** @description busy: storage throttled after retries, nothing was changed; scoring-delayed (submit, rescore): the state change is saved, but scoring could not be queued; ask again. Retry after the Retry-After header */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Error"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        Error: {
            error: {
                code: string;
                message: string;
                details?: unknown;
            };
        };
        Localized: {
            zh: string;
            en?: string;
        };
        AuditEntry: {
            at: string;
            by: string;
            action: string;
            version: number;
            changes?: Record<string, unknown>;
        };
        Principal: {
            sub: string;
            username: string;
            /** @enum {unknown} */
            role: "admin" | "expert" | "institution";
            institutionId?: string;
        };
        Token: {
            token: string;
        };
        Region: {
            id: string;
            name: components["schemas"]["Localized"];
            /** @enum {unknown} */
            level: "province" | "city" | "county";
            parentId?: string;
            /** @description Copied into the context of the region's submissions in region rounds */
            context?: Record<string, unknown>;
            version: number;
            createdAt?: string;
            updatedAt?: string;
            audit?: components["schemas"]["AuditEntry"][];
        };
        Institution: {
            id: string;
            name: components["schemas"]["Localized"];
            regionId: string;
            context: Record<string, unknown>;
            version: number;
            createdAt?: string;
            updatedAt?: string;
            audit?: components["schemas"]["AuditEntry"][];
        };
        Round: {
            id: string;
            name: components["schemas"]["Localized"];
            checklistId: string;
            checklistVersion: number;
            /** @enum {unknown} */
            type: "baseline" | "annual" | "final";
            year: number;
            /** @description Admins and the round's experts; a commission sees those it oversees */
            institutionIds?: string[];
            /** @description The regions evaluated in a region-checklist round (admins and the round's experts; a commission sees those it oversees) */
            regionIds?: string[];
            /**
             * Format: date
             * @description The last day to submit (informational)
             */
            deadline?: string;
            /** @description Admins and the round's experts only */
            expertIds?: string[];
            /** @enum {unknown} */
            status: "open" | "closed";
            version: number;
            createdAt?: string;
            updatedAt?: string;
            audit?: components["schemas"]["AuditEntry"][];
        };
        ChecklistSummary: {
            id: string;
            version: number;
            /** @enum {unknown} */
            status: "published" | "retired";
            title: components["schemas"]["Localized"];
            /** @enum {unknown} */
            subject: "institution" | "region" | "person";
            publishedAt: string;
            publishedBy: string;
            itemVersion: number;
            statusChange?: {
                /** @enum {unknown} */
                action: "retire" | "restore";
                at: string;
                by: string;
            };
        };
        ChecklistContextFields: {
            checklistId: string;
            version: number;
            /** @enum {unknown} */
            subject: "institution" | "region" | "person";
            title: components["schemas"]["Localized"];
            fields: {
                id: string;
                label: components["schemas"]["Localized"];
                /** @enum {unknown} */
                kind: "enum" | "number" | "scale" | "text";
                unit?: components["schemas"]["Localized"];
                /** @description The codes the field takes and their labels (enum options, scale levels) */
                options?: {
                    value: string;
                    label: components["schemas"]["Localized"];
                }[];
            }[];
        };
        StandardScaleSummary: {
            id: string;
            version: number;
            title: components["schemas"]["Localized"];
            publishedAt: string;
            publishedBy: string;
        };
        StandardScale: components["schemas"]["StandardScaleSummary"] & {
            scale: {
                id: string;
                version: number;
                title: components["schemas"]["Localized"];
                levels: {
                    value: string;
                    label: components["schemas"]["Localized"];
                }[];
            };
        };
        Checklist: components["schemas"]["ChecklistSummary"] & {
            /** @description The definition as published (forms/checklist.schema.json) */
            definition: Record<string, unknown>;
            audit: components["schemas"]["AuditEntry"][];
        };
        Submission: {
            id: string;
            roundId: string;
            /** @description The institution evaluated (absent when a region is) */
            institutionId?: string;
            /** @description The region evaluated, in a region round (absent when an institution is) */
            regionId?: string;
            /** @enum {unknown} */
            kind: "self" | "expert";
            checklistId?: string;
            checklistVersion?: number;
            /** @enum {unknown} */
            status: "draft" | "submitted" | "scored" | "returned";
            revision: number;
            context: Record<string, unknown>;
            answers: Record<string, unknown>;
            evidence?: {
                [key: string]: components["schemas"]["EvidenceFile"][];
            };
            comments?: {
                at: string;
                by: string;
                text: string;
                criterionId?: string;
            }[];
            /** @description The author's notes per criterion id */
            notes?: {
                [key: string]: string;
            };
            prefilledFrom?: {
                submissionId: string;
                revision: number;
            };
            /** @description The self-evaluation's evidence when the on-site evaluation was started from it: counted with evidence when scoring; set by the server, not by saves */
            inheritedEvidence?: {
                submissionId: string;
                files: {
                    [key: string]: components["schemas"]["EvidenceFile"][];
                };
            };
            score?: {
                revision: number;
                checklistVersion?: number;
                engineVersion?: string;
                total: number | null;
                band?: {
                    id: string;
                    label: components["schemas"]["Localized"];
                } | null;
                resultKey: string;
                scoredAt?: string;
                error?: {
                    code: string;
                    message: string;
                };
                contextProblems?: number;
            };
            version: number;
            createdAt?: string;
            updatedAt?: string;
            audit?: components["schemas"]["AuditEntry"][];
        };
        EvidenceFile: {
            name: string;
            key: string;
            contentType: string;
            size: number;
            sha256: string;
        };
        Download: {
            url: string;
            expiresAt: string;
            name: string;
            contentType: string;
        };
        SavedVersion: {
            id: string;
            version: number;
            updatedAt: string;
        };
        Upload: {
            upload: {
                url: string;
                /** @constant */
                method: "PUT";
                /** @description send every one with the PUT: they are signed (type, length, If-None-Match, SHA-256) */
                headers: Record<string, unknown>;
                key: string;
                expiresAt: string;
            };
            file: components["schemas"]["EvidenceFile"];
        };
        ScoreResult: {
            checklist: {
                id: string;
                version: number;
            };
            engineVersion: string;
            inputHash?: string;
            total: number | null;
            band?: {
                id: string;
                label: components["schemas"]["Localized"];
            } | null;
            vetoHits?: string[];
            complete?: boolean;
            /** @description Present when the context cannot be scored; then total and band are null. */
            contextProblems?: components["schemas"]["Issue"][];
            /** @description Present when the checklist version itself could not be scored. */
            error?: {
                /** @enum {unknown} */
                code: "invalid-definition" | "expression-failed";
                message: string;
                issues?: components["schemas"]["Issue"][];
            };
            sections?: Record<string, unknown>[];
            criteria: {
                id: string;
                clause?: string;
                status: string;
                points?: number;
                maxPoints?: number;
                actual?: Record<string, unknown> | null;
                target?: Record<string, unknown> | null;
                gap?: Record<string, unknown> | null;
                veto?: boolean;
                vetoBasis?: Record<string, unknown>;
            }[];
        };
        DryRun: {
            valid: boolean;
            issues: components["schemas"]["Issue"][];
            warnings?: components["schemas"]["Issue"][];
            sampleIssues?: components["schemas"]["Issue"][];
            result?: components["schemas"]["ScoreResult"];
            /** @description When valid: the definition as it would be published (scale references expanded, form generated) */
            definition?: {
                [key: string]: unknown;
            };
        };
        RescoreReport: {
            queued: string[];
            skipped: {
                id: string;
                reason: string;
            }[];
        };
        Issue: {
            path: string;
            code: string;
            message: string;
        };
        KindSummary: {
            scored: number;
            meanTotal: number | null;
            bands: {
                [key: string]: number;
            };
        };
        RoundResults: {
            round: Record<string, unknown>;
            checklistTitle: components["schemas"]["Localized"];
            checklistVersions: number[];
            engineVersions: string[];
            mixedVersions: boolean;
            /** @enum {unknown} */
            participants: "institution" | "region";
            institutions: {
                institutionId: string;
                name: components["schemas"]["Localized"];
                region: Record<string, unknown> | null;
                regionId: string | null;
                self: Record<string, unknown> | null;
                expert: Record<string, unknown> | null;
                difference: number | null;
            }[];
            regions: {
                regionId: string;
                name: components["schemas"]["Localized"];
                parent: Record<string, unknown> | null;
                self: Record<string, unknown> | null;
                expert: Record<string, unknown> | null;
                difference: number | null;
            }[];
            /** @description An institution round grouped by region, per kind: scored institutions, mean total, band counts */
            byRegion: {
                regionId: string | null;
                name: Record<string, unknown> | null;
                count: number;
                self: components["schemas"]["KindSummary"];
                expert: components["schemas"]["KindSummary"];
            }[];
            criteria: {
                id: string;
                title: components["schemas"]["Localized"];
                clause: string;
                section: string;
                self: Record<string, unknown>;
                expert: Record<string, unknown>;
            }[];
            differences: Record<string, unknown>[];
        };
        OverseenRound: {
            round: {
                id: string;
                name: components["schemas"]["Localized"];
                year: number;
                type: string;
                checklistId: string;
                checklistVersion: number;
                /** @enum {unknown} */
                status: "open" | "closed";
                deadline?: string;
            };
            checklistTitle: components["schemas"]["Localized"];
            /** @enum {unknown} */
            participants: "institution" | "region";
            institutions: {
                institutionId: string;
                name: components["schemas"]["Localized"];
                region: Record<string, unknown> | null;
                regionId: string | null;
                self: Record<string, unknown> | null;
                expert: Record<string, unknown> | null;
                difference: number | null;
            }[];
            /** @description The regions it oversees in a region round, its own left out (its home lists its own evaluation already) */
            regions: {
                regionId: string;
                name: components["schemas"]["Localized"];
                parent: Record<string, unknown> | null;
                self: Record<string, unknown> | null;
                expert: Record<string, unknown> | null;
                difference: number | null;
            }[];
        };
        ComparedSide: {
            status: string;
            points: number;
            maxPoints: number;
            value: unknown;
            text: components["schemas"]["Localized"] | null;
            reason: ("condition-not-met" | "no-target-for-context" | "evidence-missing" | "no-answer") | null;
            /** @description The side's author's note on the criterion (an expert's on-site observation) */
            note: string | null;
        };
        ComparedSubmission: {
            submissionId: string;
            /** @enum {unknown} */
            status: "draft" | "submitted" | "scored" | "returned";
            total: number | null;
            checklistVersion: number | null;
        };
        RoundComparison: {
            round: {
                id: string;
                name: components["schemas"]["Localized"];
                year: number;
                type: string;
                checklistId: string;
                checklistVersion: number;
                status: string;
            };
            checklistTitle: components["schemas"]["Localized"];
            institutions: {
                institutionId: string;
                name: components["schemas"]["Localized"];
                self: components["schemas"]["ComparedSubmission"] | null;
                expert: components["schemas"]["ComparedSubmission"] | null;
                comparable: boolean;
                totalDifference: number | null;
                disagreements: number;
                pointsGap: number;
                criteria: {
                    criterionId: string;
                    title: components["schemas"]["Localized"];
                    section: string;
                    clause: string;
                    self: components["schemas"]["ComparedSide"] | null;
                    expert: components["schemas"]["ComparedSide"] | null;
                    different: boolean;
                    pointsDifference: number | null;
                }[];
            }[];
            differences: {
                institutionId: string;
                name: components["schemas"]["Localized"];
                criterionId: string;
                title: components["schemas"]["Localized"];
                self: components["schemas"]["ComparedSide"];
                expert: components["schemas"]["ComparedSide"];
                pointsDifference: number;
            }[];
        };
        ImportReport: {
            rows: number;
            created: number;
            unchanged: number;
        };
        /** @description functions/domain/services/dashboard/round-progress.ts */
        RoundProgress: Record<string, unknown>;
        /** @description functions/domain/services/dashboard/round-dashboard.ts */
        RoundDashboard: Record<string, unknown>;
        /** @description functions/domain/services/dashboard/compact-dashboard.ts */
        CompactRoundDashboard: Record<string, unknown>;
        /** @description functions/domain/services/dashboard/institution-history.ts */
        InstitutionHistory: Record<string, unknown>;
        /** @description functions/domain/services/dashboard/region-history.ts */
        RegionHistory: Record<string, unknown>;
        SessionUser: {
            sub: string;
            username: string;
            /** @enum {unknown} */
            role: "admin" | "expert" | "institution" | "commission";
            institutionId?: string;
            regionId?: string;
        };
        Session: {
            /** @constant */
            state: "signed-in";
            /** @description ES256 access token (15 minutes), sent as Authorization: Bearer */
            token: string;
            /** @constant */
            tokenType: "Bearer";
            expiresIn: number;
            /** @description Opaque; spent by its one use (POST /api/auth/refresh returns the next one) */
            refreshToken: string;
            /** @description End of this sign-in (12 h after it), however often it is refreshed */
            refreshExpiresAt: string;
            user: components["schemas"]["SessionUser"];
        };
        PasswordChangeRequired: {
            /** @constant */
            state: "password-change-required";
            /** @description Opens POST /api/auth/password only, for 5 minutes */
            changeToken: string;
            expiresIn: number;
            user: components["schemas"]["SessionUser"];
        };
        LoginResult: components["schemas"]["Session"] | components["schemas"]["PasswordChangeRequired"];
        User: {
            username: string;
            /** @enum {unknown} */
            role: "admin" | "expert" | "institution" | "commission";
            institutionId?: string;
            regionId?: string;
            displayName: string;
            /** @enum {unknown} */
            status: "active" | "disabled";
            mustChangePassword: boolean;
            failedAttempts: number;
            lockedUntil?: string;
            lastSignInAt?: string;
            passwordChangedAt?: string;
            version: number;
            createdAt: string;
            updatedAt?: string;
            audit?: components["schemas"]["AuditEntry"][];
        };
        UserPage: {
            items: components["schemas"]["User"][];
            /** @description How many users match, over all pages */
            total: number;
            /** @description The offset of the next page; absent on the last one */
            nextOffset?: number;
        };
        UserWithPassword: {
            user: components["schemas"]["User"];
            /** @description Shown this once; never stored. Absent when the admin chose the password */
            oneTimePassword?: string;
        };
        Jwks: {
            keys: {
                kty: string;
                crv: string;
                x: string;
                y: string;
                kid: string;
                alg: string;
                use: string;
            }[];
        };
        OpenIdConfiguration: {
            issuer: string;
            jwks_uri: string;
            id_token_signing_alg_values_supported: string[];
        };
        /** Dabiao checklist definition, format 1 */
        ChecklistDefinition: {
            $schema?: string;
            format: 1 | 1.1;
            id: string;
            version: number;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            title: components["schemas"]["ChecklistDefinitionLocalized"];
            description?: components["schemas"]["ChecklistDefinitionLocalized"];
            issuer: components["schemas"]["ChecklistDefinitionLocalized"];
            plan: {
                title: components["schemas"]["ChecklistDefinitionLocalized"];
                years: {
                    from: number;
                    to: number;
                };
                seed: string;
                /** Format: date */
                issuedOn?: string;
            };
            /** @enum {string} */
            subject: "institution" | "region" | "person";
            context: {
                id: string;
                label: components["schemas"]["ChecklistDefinitionLocalized"];
                /** @enum {string} */
                kind: "enum" | "number" | "scale" | "text";
                options?: {
                    value: string;
                    label: components["schemas"]["ChecklistDefinitionLocalized"];
                }[];
                scale?: string;
                unit?: components["schemas"]["ChecklistDefinitionLocalized"];
                required?: boolean;
                requiredWhen?: components["schemas"]["ChecklistDefinitionCondition"];
                description?: components["schemas"]["ChecklistDefinitionLocalized"];
                /** @enum {string} */
                declaredBy?: "admin" | "participant";
            }[];
            scales?: {
                [key: string]: {
                    standard?: string;
                    title: components["schemas"]["ChecklistDefinitionLocalized"];
                    levels: {
                        value: string;
                        label: components["schemas"]["ChecklistDefinitionLocalized"];
                    }[];
                } | {
                    ref: string;
                };
            };
            sections: {
                id: string;
                title: components["schemas"]["ChecklistDefinitionLocalized"];
                clause?: string;
                description?: components["schemas"]["ChecklistDefinitionLocalized"];
            }[];
            form?: {
                schema?: {
                    [key: string]: unknown;
                };
                uischema?: {
                    [key: string]: unknown;
                };
                i18n?: {
                    [key: string]: {
                        [key: string]: string;
                    };
                };
            };
            derived?: {
                id: string;
                title: components["schemas"]["ChecklistDefinitionLocalized"];
                unit?: components["schemas"]["ChecklistDefinitionLocalized"];
                expr: {
                    [key: string]: unknown;
                };
                decimals?: number;
                range?: {
                    min?: number;
                    max?: number;
                };
            }[];
            criteria: components["schemas"]["ChecklistDefinitionCriterion"][];
            bands: {
                id: string;
                label: components["schemas"]["ChecklistDefinitionLocalized"];
                min: number;
            }[];
            vetoBand?: string;
            contextRules?: components["schemas"]["ChecklistDefinition0"][];
        };
        ChecklistDefinition0: {
            when: components["schemas"]["ChecklistDefinitionCondition"];
            then: components["schemas"]["ChecklistDefinitionCondition"];
            message?: components["schemas"]["ChecklistDefinitionLocalized"];
        };
        ChecklistDefinitionLocalized: {
            zh: string;
            en?: string;
        };
        ChecklistDefinitionMatch: (string | number | boolean) | (string | number | boolean)[] | {
            eq?: string | number | boolean;
            ne?: string | number | boolean;
            gt?: number | string;
            gte?: number | string;
            lt?: number | string;
            lte?: number | string;
            in?: (string | number | boolean)[];
            notIn?: (string | number | boolean)[];
        };
        ChecklistDefinitionCondition: {
            context?: {
                [key: string]: components["schemas"]["ChecklistDefinitionMatch"];
            };
            values?: {
                [key: string]: components["schemas"]["ChecklistDefinitionMatch"];
            };
            all?: components["schemas"]["ChecklistDefinitionCondition"][];
            any?: components["schemas"]["ChecklistDefinitionCondition"][];
            not?: components["schemas"]["ChecklistDefinitionCondition"];
        };
        ChecklistDefinitionTarget: {
            equals: boolean;
        } | ({
            /** @enum {string} */
            op: ">=" | ">" | "<=" | "<" | "=";
            value: number;
        } | {
            /** @constant */
            op: "between";
            min: number;
            max: number;
        } | {
            /** @constant */
            op: "about";
            value: number;
            tolerance: number;
            /** @enum {string} */
            direction?: "around" | "at-least" | "at-most";
        }) | {
            /** @enum {string} */
            op: ">=" | ">" | "<=" | "<" | "=";
            level: string;
        } | {
            min?: number;
        };
        ChecklistDefinitionCriterion: {
            id: string;
            section: string;
            title: components["schemas"]["ChecklistDefinitionLocalized"];
            description?: components["schemas"]["ChecklistDefinitionLocalized"];
            clause: string;
            /** @enum {string} */
            kind: "boolean" | "numeric" | "count" | "ordinal" | "coverage" | "info";
            value?: {
                field: string;
            } | {
                derived: string;
            } | {
                rows: string;
                where?: {
                    [key: string]: components["schemas"]["ChecklistDefinitionMatch"];
                };
                sum?: string;
            };
            unit?: components["schemas"]["ChecklistDefinitionLocalized"];
            scale?: string;
            items?: {
                value: string;
                label: components["schemas"]["ChecklistDefinitionLocalized"];
            }[];
            target?: components["schemas"]["ChecklistDefinitionTarget"];
            /** @enum {string} */
            display?: "number" | "ratio";
            targetNote?: components["schemas"]["ChecklistDefinitionLocalized"];
            targets?: {
                when: components["schemas"]["ChecklistDefinitionCondition"];
                target: components["schemas"]["ChecklistDefinitionTarget"];
                note?: components["schemas"]["ChecklistDefinitionLocalized"];
            }[];
            credit?: {
                /** @constant */
                mode: "all-or-nothing";
            } | {
                /** @constant */
                mode: "linear";
                from?: number | string;
                to?: number;
            } | {
                /** @constant */
                mode: "proportional";
            };
            weight?: number;
            appliesWhen?: components["schemas"]["ChecklistDefinitionCondition"];
            veto?: boolean;
            vetoBasis?: {
                /** @constant */
                kind: "plan";
                quote: components["schemas"]["ChecklistDefinitionLocalized"];
                clause: string;
            } | {
                /** @constant */
                kind: "reading";
                reason: components["schemas"]["ChecklistDefinitionLocalized"];
            };
            evidence?: {
                required: boolean;
                hint?: components["schemas"]["ChecklistDefinitionLocalized"];
                accept?: string[];
            };
        } & (unknown & unknown & unknown & unknown & unknown);
        /**
         * @description The target of a boolean criterion: { "equals": true } or { "equals": false } (a boolean, not a string)
         * @example {
         *       "equals": true
         *     }
         */
        ChecklistDefinitionBooleanCriterionTarget: {
            equals: boolean;
        };
        /**
         * @description The target of a numeric criterion: { "op": ">=" | ">" | "<=" | "<" | "=", "value": <number> }, { "op": "between", "min": <number>, "max": <number> } or { "op": "about", "value": <number>, "tolerance": <number> }
         * @example {
         *       "op": ">=",
         *       "value": 35
         *     }
         */
        ChecklistDefinitionNumericCriterionTarget: {
            /** @enum {string} */
            op: ">=" | ">" | "<=" | "<" | "=";
            value: number;
        } | {
            /** @constant */
            op: "between";
            min: number;
            max: number;
        } | {
            /** @constant */
            op: "about";
            value: number;
            tolerance: number;
            /** @enum {string} */
            direction?: "around" | "at-least" | "at-most";
        };
        /**
         * @description The target of a count criterion: { "op": ">=" | ">" | "<=" | "<" | "=", "value": <number> }, { "op": "between", "min": <number>, "max": <number> } or { "op": "about", "value": <number>, "tolerance": <number> }
         * @example {
         *       "op": ">=",
         *       "value": 5
         *     }
         */
        ChecklistDefinitionCountCriterionTarget: {
            /** @enum {string} */
            op: ">=" | ">" | "<=" | "<" | "=";
            value: number;
        } | {
            /** @constant */
            op: "between";
            min: number;
            max: number;
        } | {
            /** @constant */
            op: "about";
            value: number;
            tolerance: number;
            /** @enum {string} */
            direction?: "around" | "at-least" | "at-most";
        };
        /**
         * @description The target of a ordinal criterion: { "op": ">=" | ">" | "<=" | "<" | "=", "level": "<a level value of its scale>" }
         * @example {
         *       "op": ">=",
         *       "level": "4"
         *     }
         */
        ChecklistDefinitionOrdinalCriterionTarget: {
            /** @enum {string} */
            op: ">=" | ">" | "<=" | "<" | "=";
            level: string;
        };
        /**
         * @description The target of a coverage criterion: { "min": <items needed> }, or {} for every item
         * @example {
         *       "min": 5
         *     }
         */
        ChecklistDefinitionCoverageCriterionTarget: {
            min?: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
