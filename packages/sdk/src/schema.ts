// Generated from the Chatter API's OpenAPI document by `npm run sdk:generate`. Do not edit.
/* biome-ignore-all lint: generated */
export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the function or server is up */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: each dependency by name, with status and latency */
        get: operations["getReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/analytics/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations, messages, active users, tokens, cost, latency and more by day, week or month, platform-wide */
        get: operations["getAdminAnalyticsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every user on the platform, oldest first */
        get: operations["listAdminUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or re-enable a user (disabling ends their sessions and keys at once) */
        patch: operations["updateAdminUser"];
        trace?: never;
    };
    "/v1/admin/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every workspace on the platform, newest first */
        get: operations["listAdminWorkspaces"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s agents, newest first */
        get: operations["listAgents"];
        put?: never;
        /** Create an agent */
        post: operations["createAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An agent (another workspace’s id is a 404) */
        get: operations["getAgent"];
        put?: never;
        post?: never;
        /** Delete an agent with its metrics; its conversations go on without it */
        delete: operations["deleteAgent"];
        options?: never;
        head?: never;
        /** Change some settings; null removes a template, profile or knowledge */
        patch: operations["updateAgent"];
        trace?: never;
    };
    "/v1/agents/{id}/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations, answers, tokens, tool calls, feedback */
        get: operations["getAgentMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/agents/route": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The agent that best fits a message, with the runner-ups */
        post: operations["routeAgent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/analytics/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Conversations, messages, active users, tokens, cost, latency and more by day, week or month */
        get: operations["getAnalyticsUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's keys, newest first, revoked ones included */
        get: operations["listApiKeys"];
        put?: never;
        /** Create an API key; the answer holds its secret, shown once */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a key; idempotent (another workspace’s key id is a 404) */
        delete: operations["deleteApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Query the audit log by action, actor and time range */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as CSV or as a JSON array
         * @description CSV (`?format=csv`, or `Accept: text/csv` without `format`) has a header row and RFC 4180 quoting; cells starting with = + - @ are prefixed with a single quote so spreadsheets do not run them. At most 10000 events, newest first; `X-Export-Truncated: true` says there were more (narrow `from`/`to`).
         */
        get: operations["exportAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in with email and password */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the caller's session: its refresh and access tokens stop working */
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; signs out every other session */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Trade a refresh token for a new pair; reusing an old one ends the session */
        post: operations["refreshSession"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account, its personal workspace and a session */
        post: operations["register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/chat/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a chat completion (OpenAI compatible, JSON or SSE)
         * @description The model is `default`, a profile id or an agent id (`GET /v1/models`); an agent answers with its profile, system prompt and knowledge (its own server-side tools are not offered). The client’s `tools` are never run here: a call comes back with `finish_reason: "tool_calls"` for the client to run and send back as `tool` messages.
         */
        post: operations["createChatCompletion"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conversations, newest activity first; q searches titles */
        get: operations["listConversations"];
        put?: never;
        /** Start a conversation */
        post: operations["createConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A conversation with a page of the branch it shows */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        /** Delete a conversation with all its messages */
        delete: operations["deleteConversation"];
        options?: never;
        head?: never;
        /** Rename, archive or unarchive, or change the profile or system prompt template */
        patch: operations["updateConversation"];
        trace?: never;
    };
    "/v1/conversations/{id}/active-branch": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Show the newest branch under a message */
        post: operations["setActiveBranch"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/fork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy the conversation up to a message into a new one */
        post: operations["forkConversation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every message, all branches, in creation order */
        get: operations["listConversationMessages"];
        put?: never;
        /** Send a message and get the answer (JSON or SSE) */
        post: operations["sendMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One message */
        get: operations["getConversationMessage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages/{messageId}/branches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The message and its siblings */
        get: operations["listConversationMessageBranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages/{messageId}/feedback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Rate an answer, up or down */
        put: operations["setConversationMessageFeedback"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages/{messageId}/regenerate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer again: given an answer, a new sibling of it; given a question, a new answer to it */
        post: operations["regenerateConversationMessage"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/conversations/{id}/messages/{messageId}/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resume an answer’s stream after `Last-Event-ID` (or `?after=`) */
        get: operations["getConversationMessageStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/document-jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s bulk jobs, newest first */
        get: operations["listDocumentJobs"];
        put?: never;
        /** Start a bulk job over listed documents or a filter */
        post: operations["createDocumentJob"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/document-jobs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A bulk job with its progress (another workspace’s id is a 404) */
        get: operations["getDocumentJob"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s documents, newest first */
        get: operations["listDocuments"];
        put?: never;
        /** Register a document and get where to upload its bytes */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A document with its status and progress */
        get: operations["getDocument"];
        put?: never;
        post?: never;
        /** Delete a document, its bytes, chunks and vectors */
        delete: operations["deleteDocument"];
        options?: never;
        head?: never;
        /** Rename a document or replace its tags */
        patch: operations["updateDocument"];
        trace?: never;
    };
    "/v1/documents/{id}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A short-lived link to the original file */
        get: operations["downloadDocument"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/passages/{passageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One passage of a document, as cited */
        get: operations["getDocumentPassage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The text of the first pages of a ready document */
        get: operations["getDocumentPreview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/reprocess": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ingest a document again from its bytes */
        post: operations["reprocessDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add and remove some tags */
        post: operations["changeDocumentTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/upload/abort": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Abandon an unfinished upload and its document */
        post: operations["abortDocumentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents/{id}/upload/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Finish a multipart upload */
        post: operations["completeDocumentUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/embeddings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create embeddings (OpenAI compatible)
         * @description Vectors of the embedder that indexes documents, as floats or base64 (little-endian float32, the OpenAI clients’ default). `dimensions` must be the native size.
         */
        post: operations["createEmbedding"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s experiments, newest first */
        get: operations["listExperiments"];
        put?: never;
        /** Create an experiment (a draft) */
        post: operations["createExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An experiment */
        get: operations["getExperiment"];
        put?: never;
        post?: never;
        /** Delete an experiment with its assignments and metrics */
        delete: operations["deleteExperiment"];
        options?: never;
        head?: never;
        /** Edit a draft */
        patch: operations["updateExperiment"];
        trace?: never;
    };
    "/v1/experiments/{id}/assignment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your variant (sticky: assigned on first use) */
        get: operations["getExperimentAssignment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete a running or paused experiment (final) */
        post: operations["completeExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Count a custom event for your variant */
        post: operations["createExperimentEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/pause": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Pause a running experiment (answers go back to normal) */
        post: operations["pauseExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Per-variant results with intervals and tests */
        get: operations["getExperimentResults"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Resume a paused experiment */
        post: operations["resumeExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/experiments/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a draft (409 if another experiment runs on its target) */
        post: operations["startExperiment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your exports in this workspace, newest first */
        get: operations["listExports"];
        put?: never;
        /** Export the workspace, or your own conversations in it */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your exports, with a download link once it succeeded */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your imports in this workspace, newest first */
        get: operations["listImports"];
        put?: never;
        /** Import conversations from ChatGPT, Claude or a Chatter export */
        post: operations["createImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your imports, with its progress and report */
        get: operations["getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start importing an uploaded file */
        post: operations["startImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/imports/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an export file (ZIP or JSON) to import */
        post: operations["createImportUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's open invitations (pending, not expired) */
        get: operations["listInvitations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation: join the workspace with its role */
        post: operations["acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/invitations/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an invitation */
        post: operations["declineInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller, their workspaces and roles */
        get: operations["getMe"];
        put?: never;
        post?: never;
        /** Delete my account and what only I own (password re-confirmed) */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your preferences (the defaults at version 0 if never saved) */
        get: operations["getMePreferences"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your preferences: saves a new version */
        patch: operations["updateMePreferences"];
        trace?: never;
    };
    "/v1/me/preferences/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your last 20 saved versions of your preferences, newest first */
        get: operations["listMePreferencesVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the models (OpenAI compatible)
         * @description `default` (the workspace’s default profile, else the runtime’s model), every profile and agent of the workspace by id, and the embedding model. Not paginated.
         */
        get: operations["listModels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/models/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a model (OpenAI compatible)
         * @description One entry of the list.
         */
        get: operations["getModel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s profiles, newest first */
        get: operations["listProfiles"];
        put?: never;
        /** Create a profile; the workspace’s first becomes its default */
        post: operations["createProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A profile (another workspace’s id is a 404) */
        get: operations["getProfile"];
        put?: never;
        post?: never;
        /** Delete a profile; the default only when it is the last */
        delete: operations["deleteProfile"];
        options?: never;
        head?: never;
        /** Change some settings; retrieval merges, minScore null clears */
        patch: operations["updateProfile"];
        trace?: never;
    };
    "/v1/profiles/{id}/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Make a profile the workspace’s default */
        post: operations["setDefaultProfile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/profiles/default": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The default profile (404 while the workspace has none) */
        get: operations["getDefaultProfile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s prompts, newest first, by category or tag */
        get: operations["listPrompts"];
        put?: never;
        /** Create a prompt template (version 1) */
        post: operations["createPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A prompt at its current version */
        get: operations["getPrompt"];
        put?: never;
        post?: never;
        /** Delete a prompt with all its versions */
        delete: operations["deletePrompt"];
        options?: never;
        head?: never;
        /** Change a prompt: saves a new version */
        patch: operations["updatePrompt"];
        trace?: never;
    };
    "/v1/prompts/{id}/clone": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Copy a prompt into a new one at version 1 */
        post: operations["clonePrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{id}/render": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Fill a prompt’s variables; counts a use */
        post: operations["renderPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{id}/rollback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bring back an old version, as a new version */
        post: operations["rollbackPrompt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A prompt’s versions, newest first */
        get: operations["listPromptVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/prompts/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a prompt */
        get: operations["getPromptVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s reports, newest first */
        get: operations["listReports"];
        put?: never;
        /** Schedule a report */
        post: operations["createReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report */
        get: operations["getReport"];
        put?: never;
        post?: never;
        /** Delete a report with its runs and files */
        delete: operations["deleteReport"];
        options?: never;
        head?: never;
        /** Change its schedule, period, sections, format, recipients or enabled */
        patch: operations["updateReport"];
        trace?: never;
    };
    "/v1/reports/{id}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run it now, for the last full period or the one holding periodStart */
        post: operations["runReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Its runs, newest first */
        get: operations["listReportRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reports/{id}/runs/{runId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The file of a succeeded run */
        get: operations["downloadReportRun"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Search the workspace’s documents (recorded in your history) */
        post: operations["searchDocuments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/search/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your own searches in this workspace, newest first */
        get: operations["getSearchHistory"];
        put?: never;
        post?: never;
        /** Forget your own searches in this workspace */
        delete: operations["deleteSearchHistory"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every tag in use, by name, with its document count */
        get: operations["listTags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tags/{tag}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a tag off every document carrying it (a bulk untag job) */
        delete: operations["deleteTag"];
        options?: never;
        head?: never;
        /**
         * Rename a tag on every document carrying it (a bulk retag job)
         * @description Each document carrying the tag gets the new name instead, in one change; one already carrying the new name keeps it once. The same name is a 422, a tag no document carries a 404.
         */
        patch: operations["updateTag"];
        trace?: never;
    };
    "/v1/tool-analytics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tool usage between from (inclusive) and to (exclusive); default the last 7 days */
        get: operations["getToolAnalytics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s tool servers, newest first */
        get: operations["listToolServers"];
        put?: never;
        /** Register an MCP server; its tools are discovered at once */
        post: operations["createToolServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A tool server */
        get: operations["getToolServer"];
        put?: never;
        post?: never;
        /** Delete a server and its health history */
        delete: operations["deleteToolServer"];
        options?: never;
        head?: never;
        /** Change a server; a new URL, transport or headers rediscovers */
        patch: operations["updateToolServer"];
        trace?: never;
    };
    "/v1/tool-servers/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check its health now and keep the check */
        post: operations["checkToolServer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers/{id}/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Its health checks, newest first (kept 90 days) */
        get: operations["getToolServerHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers/{id}/tools": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Its tools, rediscovered now, each with its input schema */
        get: operations["listToolServerTools"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers/{id}/tools/{name}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Switch a tool on or off in this workspace */
        put: operations["setToolServerTool"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tool-servers/{id}/tools/{name}/call": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Call a tool directly */
        post: operations["callToolServerTool"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s webhook endpoints, newest first */
        get: operations["listWebhooks"];
        put?: never;
        /** Add an endpoint; its signing secret is shown only in this answer */
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An endpoint */
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        /** Delete an endpoint with its deliveries and log */
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        /** Change its URL, events, description or enabled */
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Its delivery attempts, newest first (kept 30 days) */
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A delivery: status and payload */
        get: operations["getWebhookDelivery"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a delivery again */
        post: operations["redeliverWebhookDelivery"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Queue a webhook.ping test event to it */
        post: operations["pingWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhooks/{id}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace its secret; the new one is shown once */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s workflows, newest first */
        get: operations["listWorkflows"];
        put?: never;
        /** Create a workflow (version 1) */
        post: operations["createWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workflow at its current version */
        get: operations["getWorkflow"];
        put?: never;
        post?: never;
        /** Delete a workflow with all its versions */
        delete: operations["deleteWorkflow"];
        options?: never;
        head?: never;
        /** Change a workflow: saves a new version */
        patch: operations["updateWorkflow"];
        trace?: never;
    };
    "/v1/workflows/{id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workflow’s executions, newest first */
        get: operations["listExecutionsOfWorkflow"];
        put?: never;
        /** Run a workflow (its current or a named version) */
        post: operations["startWorkflowExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workflow’s versions, newest first */
        get: operations["listWorkflowVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/{id}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a workflow */
        get: operations["getWorkflowVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace’s workflow executions, newest first */
        get: operations["listWorkflowExecutions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/executions/{executionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An execution: status, output, node runs, cost */
        get: operations["getWorkflowExecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/executions/{executionId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve (or reject) a pending approval */
        post: operations["approveWorkflowExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/executions/{executionId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a running execution */
        post: operations["cancelWorkflowExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The built-in workflow templates */
        get: operations["listWorkflowTemplates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/templates/{id}/executions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run a built-in template directly */
        post: operations["startTemplateExecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workflows/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a definition without saving it */
        post: operations["validateWorkflow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's workspaces, with their role in each */
        get: operations["listWorkspaces"];
        put?: never;
        /** Create a shared workspace; the caller becomes its owner */
        post: operations["createWorkspace"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A workspace the caller belongs to (read) */
        get: operations["getWorkspace"];
        put?: never;
        post?: never;
        /**
         * Delete a shared workspace (administer: the owner)
         * @description Deletes the workspace with its memberships, invitations and API keys. Answers 200 with what was deleted (counts) rather than the usual 204, because a delete says what it deleted. A personal workspace cannot be deleted (409).
         */
        delete: operations["deleteWorkspace"];
        options?: never;
        head?: never;
        /** Rename a workspace (administer: the owner) */
        patch: operations["updateWorkspace"];
        trace?: never;
    };
    "/v1/workspaces/{id}/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's invitations, newest first, any status (manageMembers) */
        get: operations["listWorkspaceInvitations"];
        put?: never;
        /**
         * Invite someone by email with a role (manageMembers; an admin: administer)
         * @description The invitation is valid for 7 days. Inviting a member, or an email that already has a pending invitation here, is a 409.
         */
        post: operations["createWorkspaceInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/invitations/{invitationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a pending invitation (manageMembers); idempotent
         * @description An invitation already accepted or declined cannot be revoked (409).
         */
        delete: operations["deleteWorkspaceInvitation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's members and their roles (read) */
        get: operations["listWorkspaceMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a member (manageMembers), or leave (your own user id)
         * @description Any member may remove themselves (leave), except the owner (409). Removing someone else needs manageMembers; removing an admin needs administer; the owner cannot be removed (409). API keys the removed member created stop working.
         */
        delete: operations["deleteWorkspaceMember"];
        options?: never;
        head?: never;
        /**
         * Change a member's role (manageMembers; making or unmaking admins: administer)
         * @description The owner's role never changes (409): ownership is not transferable. Admins may set members and viewers; only the owner grants or takes away the admin role (403).
         */
        patch: operations["updateWorkspaceMember"];
        trace?: never;
    };
    "/v1/workspaces/{id}/retention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The workspace's retention policy (manageMembers) */
        get: operations["getWorkspaceRetention"];
        /** Replace the workspace's retention policy (manageMembers) */
        put: operations["setWorkspaceRetention"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/workspaces/{id}/retention/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Purge what the policy no longer keeps, now (manageMembers) */
        post: operations["runWorkspaceRetention"];
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
        AbortUpload: {
            uploadId?: string;
        };
        AcceptedInvitation: {
            invitation: components["schemas"]["Invitation"];
            workspace: components["schemas"]["MyWorkspace"];
        };
        AccountDeletionJob: {
            executionArn: string;
            id: string;
            startedAt: string;
            /** @enum {string} */
            status: "RUNNING";
        };
        Agent: {
            createdAt: string;
            createdBy: string;
            description: string;
            id: string;
            knowledge?: components["schemas"]["AgentKnowledge"];
            name: string;
            profileId?: string;
            promptId?: string;
            promptVariables?: {
                [key: string]: string | number | boolean;
            };
            systemPrompt: string;
            tools: string[];
            updatedAt: string;
            workspaceId: string;
        };
        AgentDeleted: {
            deleted: {
                agentId: string;
                name: string;
            };
        };
        /** @description Retrieval from the workspace’s documents: on or off; only documents carrying any of `tags` and (when given) among `documentIds`; topK passages (else the profile’s) */
        AgentKnowledge: {
            documentIds?: string[];
            enabled: boolean;
            tags?: string[];
            topK?: number;
        };
        AgentMetrics: {
            agentId: string;
            /** @description Per answer */
            averageInputTokens: number;
            averageOutputTokens: number;
            averageToolCalls: number;
            conversations: number;
            feedbackDown: number;
            feedbackUp: number;
            inputTokens: number;
            /** @description Answers it gave */
            messages: number;
            outputTokens: number;
            /** @description Share of thumbs up among ratings; null before any */
            satisfaction: number | null;
            toolCalls: number;
        };
        AgentPatch: {
            /**
             * @description 1-2000 characters: what the agent is for (routing matches messages against it)
             * @example Answers questions about invoices, refunds and billing.
             */
            description?: string;
            knowledge?: components["schemas"]["AgentKnowledge"] & (Record<string, never> | null);
            /** @example Billing helper */
            name?: string;
            /**
             * @description null: the usual profile
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            profileId?: string | null;
            /**
             * @description null: no template
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            promptId?: string | null;
            /** @description Values of the template’s variables */
            promptVariables?: {
                [key: string]: string | number | boolean;
            } | null;
            /** @description At most 20000 characters; ignored when promptId is set */
            systemPrompt?: string;
            /**
             * @description Model-facing tool names it may call (built-ins and enabled MCP tools)
             * @example [
             *       "calculator",
             *       "current_time"
             *     ]
             */
            tools?: string[];
        };
        AgentRouteRequest: {
            /** @example I was charged twice for my subscription */
            message: string;
        };
        AgentRouting: {
            agent: components["schemas"]["Agent"] & (Record<string, never> | null);
            /** @description Up to three runner-ups, best first */
            alternatives: {
                agent: components["schemas"]["Agent"];
                score: number;
            }[];
            /** @description 0-1, meaning and shared words combined */
            score: number;
        };
        AnsweredTurn: {
            assistantMessage: components["schemas"]["Message"];
            userMessage: components["schemas"]["Message"];
        };
        ApiKey: {
            createdAt: string;
            createdBy: string;
            expiresAt?: string;
            id: string;
            lastUsedAt?: string;
            name: string;
            /** @description The first characters of the secret */
            prefix: string;
            revokedAt?: string;
            scopes: ("read" | "write" | "admin")[];
            workspaceId: string;
        };
        AuditEvent: {
            /** @enum {string} */
            action: "user.registered" | "auth.login.succeeded" | "auth.login.failed" | "auth.logout" | "auth.refresh.reused" | "auth.password.changed" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation.revoked" | "member.invitation.declined" | "member.added" | "member.removed" | "member.role.changed" | "key.created" | "key.revoked" | "user.disabled" | "user.enabled" | "document.uploaded" | "document.deleted" | "document.reprocessed" | "document.tagged" | "documents.job.started" | "export.requested" | "import.requested" | "import.completed" | "prompt.created" | "prompt.updated" | "prompt.deleted" | "toolServer.registered" | "toolServer.updated" | "toolServer.deleted" | "agent.created" | "agent.updated" | "agent.deleted" | "workflow.created" | "workflow.updated" | "workflow.deleted" | "workflow.execution.started" | "workflow.execution.cancelled" | "workflow.approval.decided" | "experiment.created" | "experiment.updated" | "experiment.deleted" | "experiment.started" | "experiment.paused" | "experiment.resumed" | "experiment.completed" | "retention.updated" | "retention.purged" | "account.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret.rotated" | "report.created" | "report.updated" | "report.deleted";
            actor: {
                id?: string;
                label?: string;
                /** @enum {string} */
                type: "user" | "apiKey" | "anonymous" | "system";
            };
            at: string;
            details?: {
                [key: string]: string | number | boolean;
            };
            id: string;
            ip?: string;
            /** @enum {string} */
            outcome: "success" | "failure";
            target?: {
                id: string;
                label?: string;
                type: string;
            };
            userAgent?: string;
            workspaceId: string;
        };
        AuthSession: {
            accessToken: string;
            /** @description Seconds until the access token expires. */
            expiresIn: number;
            /** @description Works once; each refresh returns a new one. */
            refreshToken: string;
            user: components["schemas"]["User"];
        };
        Branches: {
            items: (components["schemas"]["Message"] & {
                /** @description On the shown branch */
                active: boolean;
            })[];
            /** @description Always null: all branches come at once */
            nextCursor: null;
            parentId: string | null;
        };
        ChangePasswordRequest: {
            currentPassword: string;
            newPassword: string;
        };
        /**
         * @example {
         *       "id": "chatcmpl-3k9q2m8x7v6c5b4n1p0z",
         *       "object": "chat.completion",
         *       "created": 1767225600,
         *       "model": "default",
         *       "choices": [
         *         {
         *           "index": 0,
         *           "message": {
         *             "role": "assistant",
         *             "content": "A long-legged wading bird.",
         *             "refusal": null
         *           },
         *           "finish_reason": "stop",
         *           "logprobs": null
         *         }
         *       ],
         *       "usage": {
         *         "prompt_tokens": 21,
         *         "completion_tokens": 6,
         *         "total_tokens": 27
         *       }
         *     }
         */
        ChatCompletion: {
            choices: {
                /** @enum {string} */
                finish_reason: "stop" | "length" | "tool_calls" | "content_filter";
                /** @enum {number} */
                index: 0;
                logprobs: null;
                message: {
                    content: string | null;
                    refusal: null;
                    /** @enum {string} */
                    role: "assistant";
                    tool_calls?: {
                        function: {
                            arguments: string;
                            name: string;
                        };
                        id: string;
                        /** @enum {string} */
                        type: "function";
                    }[];
                };
            }[];
            created: number;
            id: string;
            model: string;
            /** @enum {string} */
            object: "chat.completion";
            usage: {
                completion_tokens: number;
                prompt_tokens: number;
                total_tokens: number;
            };
        };
        /**
         * @example {
         *       "model": "default",
         *       "messages": [
         *         {
         *           "role": "system",
         *           "content": "Answer in one sentence."
         *         },
         *         {
         *           "role": "user",
         *           "content": "What is a heron?"
         *         }
         *       ],
         *       "stream": false
         *     }
         */
        ChatCompletionRequest: {
            max_completion_tokens?: number | null;
            max_tokens?: number | null;
            messages: ({
                content: string | {
                    text?: string;
                    type: string;
                }[];
                /** @enum {string} */
                role: "system";
            } | {
                content: string | {
                    text?: string;
                    type: string;
                }[];
                /** @enum {string} */
                role: "developer";
            } | {
                content: string | {
                    text?: string;
                    type: string;
                }[];
                /** @enum {string} */
                role: "user";
            } | {
                content?: string | {
                    text?: string;
                    type: string;
                }[] | null;
                /** @enum {string} */
                role: "assistant";
                tool_calls?: {
                    function: {
                        arguments: string;
                        name: string;
                    };
                    id: string;
                    /** @enum {string} */
                    type: "function";
                }[];
            } | {
                content: string | {
                    text?: string;
                    type: string;
                }[];
                /** @enum {string} */
                role: "tool";
                tool_call_id: string;
            })[];
            /**
             * @description `default`, a profile id or an agent id (see `GET /v1/models`)
             * @example default
             */
            model: string;
            n?: number | null;
            /** @description true: `text/event-stream` chunks */
            stream?: boolean | null;
            stream_options?: {
                include_usage?: boolean;
            } | null;
            temperature?: number | null;
            /** @description `none` offers no tools; a named function offers only that one; `required` is not enforced */
            tool_choice?: ("none" | "auto" | "required") | {
                function: {
                    name: string;
                };
                /** @enum {string} */
                type: "function";
            };
            tools?: {
                function: {
                    description?: string;
                    /** @example get_weather */
                    name: string;
                    /**
                     * @description A JSON Schema object
                     * @example {
                     *       "type": "object",
                     *       "properties": {
                     *         "city": {
                     *           "type": "string"
                     *         }
                     *       }
                     *     }
                     */
                    parameters?: {
                        [key: string]: unknown;
                    };
                };
                /** @enum {string} */
                type: "function";
            }[];
            top_p?: number | null;
        };
        CompleteUpload: {
            parts: {
                /** @description The ETag the part PUT answered */
                etag: string;
                partNumber: number;
            }[];
            uploadId: string;
        };
        Conversation: {
            /** @description The tip of the shown branch */
            activeLeafId: string | null;
            /** @description The agent it was started with */
            agentId?: string;
            archived: boolean;
            createdAt: string;
            forkedFrom?: {
                conversationId: string;
                messageId: string;
            };
            id: string;
            lastActivityAt: string;
            messageCount: number;
            profileId?: string;
            /** @description Its system prompt template */
            systemPromptId?: string;
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            };
            title: string;
            updatedAt: string;
            /** @description Who started it: only they can see it */
            userId: string;
            workspaceId: string;
        };
        ConversationDeleted: {
            deleted: {
                conversationId: string;
                messages: number;
            };
        };
        ConversationPatch: {
            archived?: boolean;
            /**
             * @description null: use the workspace’s default profile
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            profileId?: string | null;
            /**
             * @description null clears it, with its variables
             * @example prm_3k9x
             */
            systemPromptId?: string | null;
            /** @description Replaces the whole set; null clears it */
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            } | null;
            /**
             * @description 1-200 characters
             * @example Q3 budget
             */
            title?: string;
        };
        ConversationWithMessages: components["schemas"]["Conversation"] & {
            /** @description A page of the active branch: the newest page first, oldest first within it */
            messages: components["schemas"]["Message"][];
            /** @description Older messages, if any */
            nextMessagesCursor: string | null;
        };
        CreatedApiKey: components["schemas"]["ApiKey"] & {
            /** @description Shown once: store it now; it cannot be shown again */
            secret: string;
        };
        DeleteAccountInput: {
            /** @description Asked again */
            password: string;
        };
        Document: {
            chunkCount: number;
            contentHash?: string;
            contentType: string;
            createdAt: string;
            /** @description A user id, `apiKey:<id>` or `system:drop` */
            createdBy: string;
            duplicateOf?: string;
            /** @description Why it failed */
            error?: string;
            filename: string;
            /** @enum {string} */
            format?: "pdf" | "docx" | "html" | "markdown" | "text" | "csv" | "json";
            id: string;
            ingestion?: {
                executionArn?: string;
                /** @enum {string} */
                mode: "inline" | "workflow";
                startedAt: string;
            };
            pageCount?: number;
            progress: {
                chunksDone: number;
                chunksTotal: number;
            };
            readyAt?: string;
            size: number;
            /** @enum {string} */
            source: "upload" | "drop";
            /** @enum {string} */
            status: "uploading" | "processing" | "ready" | "failed" | "duplicate";
            tags: string[];
            title?: string;
            updatedAt: string;
            workspaceId: string;
        };
        DocumentDeletion: {
            deleted: {
                blobs: number;
                chunks: number;
                vectors: number;
            };
            document: components["schemas"]["Document"];
        };
        DocumentDownload: {
            expiresAt: string;
            filename: string;
            url: string;
        };
        DocumentJob: {
            /** @enum {string} */
            action: "delete" | "tag" | "untag" | "reprocess" | "retag";
            createdAt: string;
            createdBy: string;
            documentIds: string[];
            /** @description Why documents failed (the first 50) */
            errors: {
                documentId: string;
                message: string;
            }[];
            finishedAt?: string;
            id: string;
            /** @description `done` includes the failed documents */
            progress: {
                done: number;
                failed: number;
                total: number;
            };
            rename?: {
                from: string;
                to: string;
            };
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            tags?: string[];
            updatedAt: string;
            workspaceId: string;
        };
        DocumentJobSummary: {
            /** @enum {string} */
            action: "delete" | "tag" | "untag" | "reprocess" | "retag";
            createdAt: string;
            createdBy: string;
            /** @description Why documents failed (the first 50) */
            errors: {
                documentId: string;
                message: string;
            }[];
            finishedAt?: string;
            id: string;
            /** @description `done` includes the failed documents */
            progress: {
                done: number;
                failed: number;
                total: number;
            };
            rename?: {
                from: string;
                to: string;
            };
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
            tags?: string[];
            updatedAt: string;
            workspaceId: string;
        };
        DocumentPatch: {
            /**
             * @description 1-255 characters, without "/" or "\"
             * @example Q3 report.pdf
             */
            filename?: string;
            /** @description Replaces every tag */
            tags?: string[];
        };
        DocumentPreview: {
            documentId: string;
            pages: {
                page: number;
                text: string;
            }[];
            /** @description Whether the document has more text */
            truncated: boolean;
        };
        /**
         * @example {
         *       "add": [
         *         "guides"
         *       ],
         *       "remove": [
         *         "draft"
         *       ]
         *     }
         */
        DocumentTagChange: {
            /** @description At most 20 distinct tags */
            add?: string[];
            /** @description At most 20 distinct tags */
            remove?: string[];
        };
        DocumentTags: {
            items: {
                documents: number;
                tag: string;
            }[];
        };
        DocumentUpload: {
            document: components["schemas"]["Document"];
            upload: components["schemas"]["DocumentUploadTarget"];
        };
        DocumentUploadTarget: {
            headers: {
                [key: string]: string;
            };
            /** @enum {string} */
            method: "PUT";
            url: string;
        } | {
            /** @description POST { uploadId, parts: [{ partNumber, etag }] } here after the parts */
            complete: string;
            /** @enum {string} */
            method: "multipart";
            parts: {
                headers: {
                    [key: string]: string;
                };
                /** @enum {string} */
                method: "PUT";
                partNumber: number;
                url: string;
            }[];
            partSize: number;
            uploadId: string;
        };
        /**
         * @example {
         *       "object": "list",
         *       "data": [
         *         {
         *           "object": "embedding",
         *           "index": 0,
         *           "embedding": [
         *             0.0123,
         *             -0.0456,
         *             0.0789
         *           ]
         *         }
         *       ],
         *       "model": "local-hashing-384",
         *       "usage": {
         *         "prompt_tokens": 9,
         *         "total_tokens": 9
         *       }
         *     }
         */
        Embeddings: {
            data: {
                embedding: number[] | string;
                index: number;
                /** @enum {string} */
                object: "embedding";
            }[];
            model: string;
            /** @enum {string} */
            object: "list";
            usage: {
                prompt_tokens: number;
                total_tokens: number;
            };
        };
        EmbeddingsRequest: {
            /** @description Only the model’s native size (vectors are not shortened) */
            dimensions?: number;
            /**
             * @description `float` (the default here) or `base64`: little-endian float32 bytes
             * @enum {string}
             */
            encoding_format?: "float" | "base64";
            /**
             * @description A text or 1-256 texts of 1-32000 characters
             * @example [
             *       "The blue heron nests by the pond."
             *     ]
             */
            input: string | (string | number | number[])[];
            /**
             * @description `default` or the embedding model’s id (see `GET /v1/models`)
             * @example default
             */
            model: string;
        };
        Experiment: {
            createdAt: string;
            createdBy: string;
            description?: string;
            endedAt?: string;
            id: string;
            metric: string;
            name: string;
            startedAt?: string;
            /** @enum {string} */
            status: "draft" | "running" | "paused" | "completed";
            target: {
                agentId?: string;
                profileId?: string;
            };
            updatedAt: string;
            variants: {
                key: string;
                overrides: {
                    [key: string]: unknown;
                };
                weight: number;
            }[];
            version: number;
            workspaceId: string;
        };
        ExperimentAssignment: {
            control: boolean;
            experimentId: string;
            /** @description null: a completed experiment never assigned you */
            variant: string | null;
        };
        ExperimentDeleted: {
            deleted: {
                experimentId: string;
            };
        };
        ExperimentEvent: {
            /** @example signup */
            name: string;
            /** @description An amount or a score, averaged per variant */
            value?: number;
        };
        ExperimentEventRecorded: {
            experimentId: string;
            name: string;
            value?: number;
            variant: string;
        };
        ExperimentPatch: {
            /** @description null clears */
            description?: string | null;
            /** @description The version you read: 409 if it has moved on since */
            expectedVersion?: number;
            /**
             * @description The primary metric: 'feedback', 'latency', 'tokens', 'cost' or a custom event name
             * @example feedback
             */
            metric?: string;
            name?: string;
            /** @description Which answers it applies to: conversations with this profile and/or agent; neither: every answer in the workspace */
            target?: {
                agentId?: string;
                profileId?: string;
            };
            /** @description 2-6 variants; the first is the control */
            variants?: components["schemas"]["ExperimentVariant"][];
        };
        ExperimentResults: {
            experimentId: string;
            metric: string;
            primary: {
                metric: string;
                significantVariants: string[];
            };
            significanceLevel: number;
            /** @enum {string} */
            status: "draft" | "running" | "paused" | "completed";
            variants: {
                control: boolean;
                costUsd: {
                    ci95: {
                        high: number;
                        low: number;
                    } | null;
                    mean: number | null;
                    n: number;
                    vsControl: {
                        pValue: number;
                        significant: boolean;
                    } | null;
                };
                events: {
                    [key: string]: {
                        count: number;
                        perUser: number | null;
                        value: {
                            ci95: {
                                high: number;
                                low: number;
                            } | null;
                            mean: number | null;
                            n: number;
                            vsControl: {
                                pValue: number;
                                significant: boolean;
                            } | null;
                        } | null;
                        vsControl: {
                            pValue: number;
                            significant: boolean;
                        } | null;
                    };
                };
                feedback: {
                    ci95: {
                        high: number;
                        low: number;
                    } | null;
                    down: number;
                    n: number;
                    positiveRate: number | null;
                    up: number;
                    vsControl: {
                        pValue: number;
                        significant: boolean;
                    } | null;
                };
                key: string;
                latencyMs: {
                    ci95: {
                        high: number;
                        low: number;
                    } | null;
                    mean: number | null;
                    n: number;
                    vsControl: {
                        pValue: number;
                        significant: boolean;
                    } | null;
                };
                /** @description Answers given under the variant */
                n: number;
                tokens: {
                    ci95: {
                        high: number;
                        low: number;
                    } | null;
                    mean: number | null;
                    n: number;
                    vsControl: {
                        pValue: number;
                        significant: boolean;
                    } | null;
                };
                users: number;
            }[];
        };
        ExperimentVariant: {
            /** @example fast */
            key: string;
            /** @default {} */
            overrides: {
                maxTokens?: number;
                modelId?: string;
                /** @description A prompt template, rendered with its defaults as the system prompt */
                promptId?: string;
                /**
                 * @description Needs `modelId` too
                 * @enum {string}
                 */
                provider?: "bedrock" | "openai" | "local";
                systemPrompt?: string;
                temperature?: number;
                topP?: number;
            };
            /**
             * @description A positive whole number: its share is weight / sum of weights
             * @example 1
             */
            weight: number;
        };
        Export: {
            /** @description Records per collection, once it succeeded */
            counts?: {
                [key: string]: number;
            };
            createdAt: string;
            /** @description Once succeeded: a link to the ZIP, valid 1 hour, new on every read */
            download?: {
                expiresAt: string;
                url: string;
            };
            error?: string;
            finishedAt?: string;
            /** @enum {string} */
            format: "json" | "csv";
            id: string;
            /** @description Collections written over all of them */
            progress: {
                done: number;
                total: number;
            };
            /** @enum {string} */
            scope: "workspace" | "me";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
        };
        ExportSummary: {
            /** @description Records per collection, once it succeeded */
            counts?: {
                [key: string]: number;
            };
            createdAt: string;
            error?: string;
            finishedAt?: string;
            /** @enum {string} */
            format: "json" | "csv";
            id: string;
            /** @description Collections written over all of them */
            progress: {
                done: number;
                total: number;
            };
            /** @enum {string} */
            scope: "workspace" | "me";
            /** @enum {string} */
            status: "queued" | "running" | "succeeded" | "failed";
        };
        Feedback: {
            /** @description At most 2000 characters */
            comment?: string;
            /** @enum {string} */
            rating: "up" | "down";
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        ImportJob: {
            createdAt: string;
            error?: string;
            filename: string;
            finishedAt?: string;
            id: string;
            /** @enum {string} */
            kind: "json" | "zip";
            /** @description Conversations stored over all of them in the file */
            progress: {
                done: number;
                total: number;
            };
            /** @description What was imported, once succeeded (the first 100 skipped) */
            report?: {
                conversations: number;
                messages: number;
                skipped: {
                    reason: string;
                    title: string;
                }[];
            };
            size: number;
            /** @enum {string} */
            source: "chatgpt" | "claude" | "chatter";
            /**
             * @description `uploading` until started; `queued`, `running`; `succeeded` with `report`, or `failed` with `error`
             * @enum {string}
             */
            status: "uploading" | "queued" | "running" | "succeeded" | "failed";
        };
        ImportReport: {
            conversationIds: string[];
            conversations: number;
            id: string;
            messages: number;
            skipped: {
                reason: string;
                title: string;
            }[];
            /** @enum {string} */
            source: "chatgpt" | "claude" | "chatter";
        };
        ImportUpload: {
            import: components["schemas"]["ImportJob"];
            upload: {
                headers: {
                    [key: string]: string;
                };
                /** @enum {string} */
                method: "PUT";
                url: string;
            };
        };
        Invitation: {
            createdAt: string;
            email: string;
            expiresAt: string;
            id: string;
            invitedBy: string;
            /** @enum {string} */
            role: "admin" | "member" | "viewer";
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "revoked";
            workspaceId: string;
            workspaceName: string;
        };
        LoginRequest: {
            email: string;
            password: string;
        };
        Me: {
            /** @description The key making the call, if one is */
            apiKey: {
                id: string;
                scopes: ("read" | "write" | "admin")[];
                workspaceId: string;
            } | null;
            personalWorkspaceId: string;
            /** @description Always false for an API key */
            systemAdmin: boolean;
            user: components["schemas"]["User"];
            /** @description With an API key: the key's only */
            workspaces: components["schemas"]["MyWorkspace"][];
        };
        Member: {
            email: string;
            joinedAt: string;
            name?: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            userId: string;
        };
        Message: {
            citations?: {
                documentId: string;
                page?: number;
                passageId: string;
                score?: number;
            }[];
            content: string;
            conversationId: string;
            createdAt: string;
            /** @description Why an answer failed or stopped */
            error?: string;
            /** @description The A/B test variant that shaped this answer */
            experiment?: {
                id: string;
                variant: string;
            };
            feedback?: {
                at: string;
                comment?: string;
                /** @enum {string} */
                rating: "up" | "down";
                userId: string;
            };
            id: string;
            model?: {
                fallbackFrom?: string;
                modelId: string;
                provider: string;
            };
            parentId: string | null;
            /** @enum {string} */
            role: "user" | "assistant";
            /** @enum {string} */
            status: "streaming" | "complete" | "interrupted" | "failed";
            /** @enum {string} */
            stopReason?: "end_turn" | "max_tokens" | "stop_sequence" | "content_filtered" | "tool_use";
            /** @description The tools an answer called, in order */
            toolCalls?: {
                /** @description The arguments the model gave */
                arguments?: unknown;
                /** @description The result, cut to 4000 characters */
                content: string;
                durationMs: number;
                id: string;
                isError: boolean;
                /** @description The model-facing tool name */
                name: string;
                /** @description Absent for an unknown tool name */
                source?: {
                    /** @enum {string} */
                    type: "builtin";
                } | {
                    serverId: string;
                    serverName: string;
                    toolName: string;
                    /** @enum {string} */
                    type: "mcp";
                };
            }[];
            updatedAt: string;
            usage?: {
                /** @description Absent for a model without a price */
                costUsd?: number;
                inputTokens: number;
                latencyMs: number;
                outputTokens: number;
                timeToFirstTokenMs?: number;
            };
            userId: string;
            workspaceId: string;
        };
        MessageChoice: {
            /** @example ws_3k9q2m8x7v6c5b4n1p0z */
            messageId: string;
        };
        /**
         * @example {
         *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
         *       "object": "model",
         *       "created": 1767225600,
         *       "owned_by": "ws_3k9q2m8x7v6c5b4n1p0z",
         *       "name": "Claude, careful",
         *       "kind": "profile"
         *     }
         */
        Model: {
            /** @description Unix seconds */
            created: number;
            id: string;
            /** @enum {string} */
            kind: "default" | "profile" | "agent" | "embedding";
            name: string;
            /** @enum {string} */
            object: "model";
            owned_by: string;
        };
        ModelList: {
            data: components["schemas"]["Model"][];
            /** @enum {string} */
            object: "list";
        };
        MyWorkspace: {
            id: string;
            joinedAt: string;
            name: string;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
        };
        NewAgent: {
            /**
             * @description 1-2000 characters: what the agent is for (routing matches messages against it)
             * @example Answers questions about invoices, refunds and billing.
             */
            description: string;
            knowledge?: components["schemas"]["AgentKnowledge"] & unknown;
            /** @example Billing helper */
            name: string;
            /**
             * @description A profile of the workspace; else the usual one
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            profileId?: string;
            /**
             * @description A prompt template of the workspace, rendered as its system prompt
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            promptId?: string;
            /** @description Values of the template’s variables */
            promptVariables?: {
                [key: string]: string | number | boolean;
            };
            /** @description At most 20000 characters; ignored when promptId is set */
            systemPrompt?: string;
            /**
             * @description Default: none
             * @example [
             *       "calculator",
             *       "current_time"
             *     ]
             */
            tools?: string[];
        };
        NewConversation: {
            /**
             * @description An agent of the workspace: answers use its prompt, profile, tools and knowledge. POST /v1/agents/route finds the best one for a message.
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            agentId?: string;
            /**
             * @description A profile of the workspace; else its default
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            profileId?: string;
            /**
             * @description A prompt template of the workspace, rendered as the system prompt at answer time: over the profile’s, under an agent’s
             * @example prm_3k9x
             */
            systemPromptId?: string;
            /** @description Values of the template’s variables, over its defaults; only with systemPromptId */
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            };
            /**
             * @description Default "New conversation"
             * @example Q3 budget
             */
            title?: string;
        };
        NewDocument: {
            /**
             * @description The media type the bytes will be sent with: PDF, DOCX, HTML, Markdown, plain text, CSV, TSV or JSON (415 otherwise)
             * @example application/pdf
             */
            contentType: string;
            /**
             * @description 1-255 characters, without "/" or "\"
             * @example Q3 report.pdf
             */
            filename: string;
            /**
             * @description Exact size in bytes (413 over the limit)
             * @example 48213
             */
            size: number;
            /** @description At most 20 distinct tags */
            tags?: string[];
        };
        /**
         * @example {
         *       "action": "tag",
         *       "filter": {
         *         "status": "ready"
         *       },
         *       "tags": [
         *         "q3"
         *       ]
         *     }
         */
        NewDocumentJob: {
            /** @enum {string} */
            action: "delete" | "tag" | "untag" | "reprocess" | "retag";
            /** @description 1-1000 ids, each once */
            documentIds?: string[];
            /** @description The documents matching now (tag and/or status), at most 1000 */
            filter?: {
                /** @enum {string} */
                status?: "uploading" | "processing" | "ready" | "failed" | "duplicate";
                /** @example finance */
                tag?: string;
            };
            /** @description For retag: each document carrying `from` gets `to` instead */
            rename?: {
                /** @example finance */
                from: string;
                /** @example finance */
                to: string;
            };
            /** @description For tag and untag: the tags to add or remove */
            tags?: string[];
        };
        /**
         * @example {
         *       "name": "Shorter answers",
         *       "metric": "feedback",
         *       "variants": [
         *         {
         *           "key": "control",
         *           "weight": 1
         *         },
         *         {
         *           "key": "concise",
         *           "weight": 1,
         *           "overrides": {
         *             "temperature": 0.2,
         *             "maxTokens": 300
         *           }
         *         }
         *       ]
         *     }
         */
        NewExperiment: {
            description?: string;
            /**
             * @description The primary metric: 'feedback', 'latency', 'tokens', 'cost' or a custom event name
             * @example feedback
             */
            metric: string;
            name: string;
            /** @description Which answers it applies to: conversations with this profile and/or agent; neither: every answer in the workspace */
            target?: {
                agentId?: string;
                profileId?: string;
            };
            /** @description 2-6 variants; the first is the control */
            variants: components["schemas"]["ExperimentVariant"][];
        };
        /**
         * @example {
         *       "scope": "workspace",
         *       "format": "json"
         *     }
         */
        NewExport: {
            /**
             * @description A ZIP with one file per collection: JSON arrays, or CSV with a header row
             * @enum {string}
             */
            format: "json" | "csv";
            /**
             * @description `workspace`: everything of the workspace (admins and owners); `me`: your own conversations and messages here (any member)
             * @enum {string}
             */
            scope: "workspace" | "me";
        };
        /**
         * @example {
         *       "source": "claude",
         *       "data": []
         *     }
         */
        NewImport: {
            /** @description The parsed file: the request body limit (MAX_BODY_BYTES, 1 MiB by default) bounds it */
            data?: unknown;
            /**
             * @description `chatgpt` / `claude`: their conversations.json; `chatter`: `{ conversations, messages }` from a Chatter export
             * @enum {string}
             */
            source: "chatgpt" | "claude" | "chatter";
        };
        /**
         * @example {
         *       "source": "chatgpt",
         *       "filename": "chatgpt-export.zip",
         *       "size": 81234567,
         *       "contentType": "application/zip"
         *     }
         */
        NewImportUpload: {
            /** @description The type the PUT will send, e.g. `application/zip` */
            contentType: string;
            /** @description Ends in `.json` or `.zip` */
            filename: string;
            /** @description Exact size in bytes; at most IMPORT_MAX_BYTES (250 MB by default) */
            size: number;
            /**
             * @description `chatgpt` / `claude`: their export ZIP or its conversations.json; `chatter`: a Chatter export ZIP (or `{ conversations, messages }` as JSON)
             * @enum {string}
             */
            source: "chatgpt" | "claude" | "chatter";
        };
        NewMessage: {
            /**
             * @description 1-100000 characters
             * @example Plan a day in Lisbon
             */
            content: string;
            /**
             * @description Omit to continue the active branch. An assistant message id: the new message follows that answer, beside whatever followed it before (an edit, so a new branch). null: a new first message (editing the first one).
             * @example ws_3k9q2m8x7v6c5b4n1p0z
             */
            parentId?: string | null;
            /**
             * @description Whether the answer searches the workspace’s documents and cites them (`citation` events). Omit to follow the profile’s `retrieval` settings; what this leaves out (topK, minScore) comes from the profile. `filter` is the filter of `POST /v1/search`.
             * @example {
             *       "enabled": true,
             *       "topK": 5,
             *       "filter": {
             *         "tags": [
             *           "handbook"
             *         ]
             *       }
             *     }
             */
            retrieval?: {
                enabled: boolean;
                filter?: {
                    contentTypes?: string[];
                    /** Format: date-time */
                    createdAfter?: string;
                    /** Format: date-time */
                    createdBefore?: string;
                    documentIds?: string[];
                    pages?: {
                        from?: number;
                        to?: number;
                    };
                    tags?: string[];
                };
                minScore?: number;
                topK?: number;
            };
            /**
             * @description Whether the model may call tools (`tool.call` / `tool.result` events): `enabled` offers the workspace’s built-in and enabled MCP tools, `only` just those names (an unknown name is a 422). Omit for no tools. A conversation with an agent uses the agent’s tools instead.
             * @example {
             *       "enabled": true,
             *       "only": [
             *         "calculator",
             *         "search_documents"
             *       ]
             *     }
             */
            tools?: {
                enabled: boolean;
                only?: string[];
            };
        };
        NewProfile: {
            /** @description Tried in order when the model fails; not the model itself */
            fallbackModelIds?: string[];
            /** @description Default 1024 */
            maxTokens?: number;
            /** @example anthropic.claude-3-5-sonnet-20240620-v1:0 */
            modelId: string;
            /** @example Claude, careful */
            name: string;
            /** @enum {string} */
            provider: "bedrock" | "openai" | "local";
            /** @description Default {"enabled":false,"topK":5} */
            retrieval?: {
                enabled?: boolean;
                minScore?: number;
                topK?: number;
            };
            /** @description At most 20000 characters */
            systemPrompt?: string;
            /**
             * @description A prompt template of the workspace, rendered as the system prompt at answer time instead of `systemPrompt`
             * @example prm_3k9x
             */
            systemPromptId?: string;
            /** @description Values of the template’s variables, over its defaults */
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            };
            /** @description 0-1, default 0.7 */
            temperature?: number;
            /** @description 0-1, default 0.9 */
            topP?: number;
        };
        NewPrompt: {
            /**
             * @description 1-50 characters
             * @example Writing
             */
            category?: string;
            description?: string;
            /** @example Summary */
            name: string;
            /** @description As document tags: trimmed, lower-cased, deduplicated */
            tags?: string[];
            /**
             * @description 1-20000 characters; {{ name }} placeholders, \{{ for a literal "{{"
             * @example Summarise {{text}} in {{ words }} words.
             */
            template: string;
            /** @description Every placeholder declared, every declared variable used */
            variables?: components["schemas"]["PromptVariable"][];
        };
        NewWorkflow: {
            /**
             * @description Nodes (llm, retrieval, tool, agent, condition, transform, parallel, map, wait, approval, webhook, loop) and edges; at most 300 KB of JSON (else 413)
             * @example {
             *       "name": "Summarize",
             *       "nodes": [
             *         {
             *           "id": "summary",
             *           "type": "llm",
             *           "config": {
             *             "prompt": "Summarise {{ $.input.text }}"
             *           }
             *         }
             *       ],
             *       "edges": []
             *     }
             */
            definition: {
                [key: string]: unknown;
            };
            description?: string;
            /** @description Default: the definition’s name */
            name?: string;
        };
        OpenAIProblem: components["schemas"]["Problem"] & {
            error: {
                code: string;
                message: string;
                param: string | null;
                type: string;
            };
        };
        Passage: {
            documentId: string;
            filename: string;
            /**
             * @description The passage id
             * @example doc_3k9q2m8x7v6c5b4n1p0z:12
             */
            id: string;
            /**
             * @description Its position among the document’s chunks, from 0
             * @example 12
             */
            index?: number;
            /** @example 4 */
            page?: number;
            /** @example Travel came to 12,400 EUR in Q3, 8% under the budget of 13,500 EUR. */
            text: string;
        };
        PlatformWorkspace: {
            createdAt: string;
            id: string;
            name: string;
            ownerId: string;
            personal: boolean;
            updatedAt: string;
        };
        Preferences: {
            defaultProfileId: string | null;
            language: string | null;
            /** @description null: the chat’s budget */
            memoryWindow: number | null;
            /** @description A hint for clients: the message routes still stream only for Accept: text/event-stream */
            streaming: boolean;
            toolsEnabled: boolean;
            updatedAt: string | null;
            /** @description 0: never saved (the defaults) */
            version: number;
        };
        PreferencesPatch: {
            /** @description A profile to start new conversations with, where the workspace has it (ignored elsewhere); null clears it */
            defaultProfileId?: string | null;
            /** @description The version you read: 409 if they changed since */
            expectedVersion?: number;
            /**
             * @description BCP 47 tag; answers are asked for in it; null clears it
             * @example fr-CA
             */
            language?: string | null;
            /** @description At most this many earlier messages go to the model (1-200); null clears it */
            memoryWindow?: number | null;
            /** @description For clients: stream answers by default (null: back to true) */
            streaming?: boolean | null;
            /** @description False: no tools in your answers (null: back to true) */
            toolsEnabled?: boolean | null;
        };
        PreferenceVersion: components["schemas"]["Preferences"] & {
            updatedAt?: string;
            /** @description A user id, or apiKey:<id> */
            updatedBy: string;
        };
        Problem: {
            code: string;
            detail: string;
            errors?: {
                message: string;
                path: string;
            }[];
            instance: string;
            requestId?: string;
            status: number;
            title: string;
            type: string;
        };
        Profile: {
            createdAt: string;
            fallbackModelIds: string[];
            id: string;
            /** @description Exactly one profile of a workspace is */
            isDefault: boolean;
            maxTokens: number;
            modelId: string;
            name: string;
            /** @enum {string} */
            provider: "bedrock" | "openai" | "local";
            retrieval: {
                enabled: boolean;
                minScore?: number;
                topK: number;
            };
            systemPrompt: string;
            systemPromptId?: string;
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            };
            temperature: number;
            topP: number;
            updatedAt: string;
            workspaceId: string;
        };
        ProfilePatch: {
            /** @description Tried in order when the model fails; not the model itself */
            fallbackModelIds?: string[];
            /** @description Default 1024 */
            maxTokens?: number;
            /** @example anthropic.claude-3-5-sonnet-20240620-v1:0 */
            modelId?: string;
            /** @example Claude, careful */
            name?: string;
            /** @enum {string} */
            provider?: "bedrock" | "openai" | "local";
            retrieval?: {
                enabled?: boolean;
                /** @description null clears it */
                minScore?: number | null;
                topK?: number;
            };
            /** @description At most 20000 characters */
            systemPrompt?: string;
            /**
             * @description null clears it, with its variables
             * @example prm_3k9x
             */
            systemPromptId?: string | null;
            /** @description Replaces the whole set; null clears it */
            systemPromptVariables?: {
                [key: string]: string | number | boolean;
            } | null;
            /** @description 0-1, default 0.7 */
            temperature?: number;
            /** @description 0-1, default 0.9 */
            topP?: number;
        };
        Prompt: {
            category?: string;
            createdAt: string;
            createdBy: string;
            description?: string;
            id: string;
            name: string;
            tags: string[];
            template: string;
            updatedAt: string;
            /** @description Renders so far, system prompts included */
            uses: number;
            variables: {
                default?: string | number | boolean;
                description?: string;
                name: string;
                required: boolean;
                /** @enum {string} */
                type: "string" | "number" | "boolean";
            }[];
            /** @description The current version */
            version: number;
            workspaceId: string;
        };
        PromptClone: {
            /**
             * @description Default "<name> (copy)"
             * @example Summary
             */
            name?: string;
        };
        PromptDeleted: {
            deleted: {
                promptId: string;
                versions: number;
            };
        };
        PromptPatch: {
            /**
             * @description null clears
             * @example Writing
             */
            category?: string | null;
            /** @description null clears */
            description?: string | null;
            /** @description The version you read: 409 if the prompt has moved on since */
            expectedVersion?: number;
            /** @example Summary */
            name?: string;
            /** @description Replaces them all */
            tags?: string[];
            /**
             * @description 1-20000 characters; {{ name }} placeholders, \{{ for a literal "{{"
             * @example Summarise {{text}} in {{ words }} words.
             */
            template?: string;
            /** @description Replaces them all */
            variables?: components["schemas"]["PromptVariable"][];
        };
        PromptRender: {
            /**
             * @description By name; null or absent takes the default
             * @example {
             *       "text": "x"
             *     }
             */
            variables?: {
                [key: string]: string | number | boolean | null;
            };
            /** @description An older version to render; default the current one */
            version?: number;
        };
        PromptRollback: {
            /** @description The version you read: 409 if the prompt has moved on since */
            expectedVersion?: number;
            /** @description The version to bring back */
            version: number;
        };
        PromptVariable: {
            /** @description Of the variable’s type */
            default?: string | number | boolean;
            description?: string;
            /** @example topic */
            name: string;
            /** @description Default: true without a default, false with one */
            required?: boolean;
            /**
             * @description Default "string"
             * @enum {string}
             */
            type?: "string" | "number" | "boolean";
        };
        PromptVersion: {
            category?: string;
            createdAt: string;
            createdBy: string;
            description?: string;
            name: string;
            promptId: string;
            tags: string[];
            template: string;
            variables: {
                default?: string | number | boolean;
                description?: string;
                name: string;
                required: boolean;
                /** @enum {string} */
                type: "string" | "number" | "boolean";
            }[];
            version: number;
            workspaceId: string;
        };
        Readiness: {
            checks: {
                error?: string;
                latencyMs: number;
                /** @enum {string} */
                name: "dynamodb" | "s3" | "queue" | "stepfunctions" | "vector" | "model";
                /** @enum {string} */
                status: "ok" | "down";
            }[];
            /** @enum {string} */
            status: "ok" | "degraded";
        };
        RefreshRequest: {
            refreshToken: string;
        };
        RegisterRequest: {
            email: string;
            name?: string;
            password: string;
        };
        RenderedPrompt: {
            promptId: string;
            text: string;
            version: number;
        };
        Report: {
            createdAt: string;
            createdBy: string;
            enabled: boolean;
            /** @enum {string} */
            format: "json" | "csv" | "html";
            id: string;
            name: string;
            /**
             * @description What one run covers: the last full period
             * @enum {string}
             */
            period: "day" | "week" | "month";
            recipients: {
                emails?: string[];
                webhook?: boolean;
            };
            schedule: {
                cron: string;
                timezone: string;
            };
            sections: ("summary" | "models" | "latency" | "tools" | "documents" | "workflows")[];
            updatedAt: string;
        };
        ReportRecipients: {
            emails?: string[];
            /** @description Publish a report.ready event for each finished run (webhooks deliver it) */
            webhook?: boolean;
        };
        ReportRun: {
            bytes?: number;
            contentType?: string;
            delivery: {
                emails?: string;
                webhook?: string;
            };
            /**
             * @description The API path of the file (same credentials), once the run succeeded
             * @example /v1/reports/rep_1/runs/rpr_1/download
             */
            download?: string;
            error?: string;
            finishedAt?: string;
            id: string;
            periodEnd: string;
            periodStart: string;
            reportId: string;
            startedAt: string;
            /** @enum {string} */
            status: "running" | "succeeded" | "failed";
            /** @enum {string} */
            trigger: "schedule" | "manual";
        };
        ReportSchedule: {
            /**
             * @description Five fields, at most hourly
             * @example 0 8 * * 1
             */
            cron: string;
            /**
             * @description IANA; default UTC
             * @example Europe/Paris
             */
            timezone?: string;
        };
        RetentionInput: {
            /** @description Whole days from 1 to 3650; null or absent keeps them forever */
            auditDays?: number | null;
            /** @description Whole days from 1 to 3650; null or absent keeps them forever */
            conversationsDays?: number | null;
            /** @description Whole days from 1 to 3650; null or absent keeps them forever */
            documentsDays?: number | null;
        };
        RetentionPolicy: {
            auditDays: number | null;
            /** @description By last activity */
            conversationsDays: number | null;
            /** @description By upload time */
            documentsDays: number | null;
            updatedAt: string | null;
            updatedBy: string | null;
            workspaceId: string;
        };
        RetentionPurgeSummary: {
            auditEvents: number;
            /** @description False when the time ran out: the daily purge does the rest */
            complete: boolean;
            conversations: number;
            documents: number;
            messages: number;
            workspaceId: string;
        };
        SearchHistoryEntry: {
            at: string;
            filter?: {
                [key: string]: unknown;
            };
            hits: number;
            id: string;
            /** @enum {string} */
            mode: "hybrid" | "vector" | "lexical";
            query: string;
        };
        SearchHit: {
            documentId: string;
            filename: string;
            highlights: {
                /** @description Exclusive; UTF-16 offsets into `text` */
                end: number;
                start: number;
            }[];
            /**
             * @description The chunk: `<documentId>:<index>`
             * @example doc_3k9q2m8x7v6c5b4n1p0z:12
             */
            id: string;
            /** @description BM25, within this search */
            lexicalScore?: number;
            page: number;
            /** @description 0-1, relative to this search’s best hit (1) */
            score: number;
            section?: string;
            text: string;
            /** @description Cosine similarity */
            vectorScore?: number;
        };
        SearchResult: {
            hits: components["schemas"]["SearchHit"][];
            /** @enum {string} */
            mode: "hybrid" | "vector" | "lexical";
            query: string;
            tookMs: number;
        };
        ServerTool: {
            description: string;
            enabled: boolean;
            inputSchema: {
                [key: string]: unknown;
            };
            /** @description What models and agents call it */
            modelName: string;
            name: string;
        };
        /**
         * @example {
         *       "input": {
         *         "documentId": "doc_3k9q2m8x7v6c5b4n1p0z"
         *       }
         *     }
         */
        StartTemplateExecution: {
            /**
             * @description The workflow input: a JSON object matching its inputSchema (at most 200 KB)
             * @example {
             *       "question": "How long do refunds take?"
             *     }
             */
            input?: {
                [key: string]: unknown;
            };
        };
        StartWorkflowExecution: {
            /**
             * @description The workflow input: a JSON object matching its inputSchema (at most 200 KB)
             * @example {
             *       "question": "How long do refunds take?"
             *     }
             */
            input?: {
                [key: string]: unknown;
            };
            /** @description A saved version to run; default the current one */
            version?: number;
        };
        /**
         * @example {
         *       "name": "guides"
         *     }
         */
        TagRename: {
            /**
             * @description The new name (not the same tag once normalised)
             * @example finance
             */
            name: string;
        };
        ToolCallResult: {
            content: string;
            durationMs: number;
            /** @description The tool reported a failure */
            isError: boolean;
        };
        ToolServer: {
            createdAt: string;
            createdBy: string;
            disabledTools: string[];
            enabled: boolean;
            /** @description Values are never shown */
            headerNames: string[];
            health: components["schemas"]["ToolServerHealth"];
            id: string;
            name: string;
            toolCount: number;
            /** @enum {string} */
            transport: "streamable-http" | "sse";
            updatedAt: string;
            url: string;
        };
        ToolServerHealth: {
            checkedAt?: string;
            /** @description Why it is unhealthy */
            error?: string;
            latencyMs?: number;
            /** @enum {string} */
            status: "unknown" | "healthy" | "unhealthy";
            /** @description Tools offered at the check */
            tools?: number;
        };
        ToolServerHealthCheck: {
            checkedAt: string;
            error?: string;
            latencyMs?: number;
            /** @enum {string} */
            status: "unknown" | "healthy" | "unhealthy";
            tools?: number;
        };
        ToolUsage: {
            averageMs: number;
            calls: number;
            errors: number;
            p95Ms: number;
            serverId?: string;
            tool: string;
        };
        UsageBreakdown: {
            costUsd: number;
            messages: number;
            tokens: {
                input: number;
                output: number;
            };
        };
        UsageFigures: {
            /** @description The sum of each day’s distinct active users: a user active on three days of a week counts three times in that week */
            activeUsers: number;
            /** @description By agent id; empty platform-wide */
            byAgent: {
                [key: string]: components["schemas"]["UsageBreakdown"];
            };
            byModel: {
                [key: string]: components["schemas"]["UsageBreakdown"];
            };
            /** @description By profile id; empty platform-wide */
            byProfile: {
                [key: string]: components["schemas"]["UsageBreakdown"];
            };
            conversations: number;
            /** @description Of answers whose model has a known price */
            costUsd: number;
            documents: {
                failed: number;
                ready: number;
            };
            /** @description First day (UTC), included */
            from: string;
            /** @description Of completed answers, in ms, read from log-scale histograms (within ~10%); null without any */
            latency: {
                p50: number | null;
                p95: number | null;
                p99: number | null;
            };
            /** @description Answers given (complete, failed or stopped) */
            messages: number;
            /** @description Of completed answers, in ms; null without any */
            timeToFirstToken: {
                p50: number | null;
                p95: number | null;
            };
            /** @description Last day (UTC), included */
            to: string;
            tokens: {
                input: number;
                output: number;
            };
            tools: {
                [key: string]: {
                    calls: number;
                    errors: number;
                };
            };
            workflows: {
                failed: number;
                succeeded: number;
            };
        };
        UsageReport: {
            /** @enum {string} */
            bucket: "day" | "week" | "month";
            /** @description Every bucket of the range, oldest first, days without activity as zeros */
            buckets: components["schemas"]["UsageFigures"][];
            range: {
                from: string;
                to: string;
            };
            totals: components["schemas"]["UsageFigures"];
        };
        User: {
            createdAt: string;
            disabled: boolean;
            email: string;
            id: string;
            name: string | null;
            /**
             * @description Platform role
             * @enum {string}
             */
            role: "user" | "admin";
        };
        UserChange: {
            disabled: boolean;
        };
        Webhook: {
            createdAt: string;
            createdBy: string;
            description?: string;
            enabled: boolean;
            events: string[];
            id: string;
            updatedAt: string;
            url: string;
        };
        WebhookAttempt: {
            at: string;
            attempt: number;
            deliveryId: string;
            durationMs: number;
            error?: string;
            eventType: string;
            /** @enum {string} */
            outcome: "retrying" | "delivered" | "failed";
            statusCode?: number;
        };
        WebhookDelivery: {
            attempts: number;
            createdAt: string;
            eventType: string;
            /** @description eventId:webhookId; the Webhook-Id header */
            id: string;
            lastError?: string;
            lastStatusCode?: number;
            /** @description The body sent */
            payload: {
                [key: string]: unknown;
            };
            /**
             * @description failed: the last attempt failed (dead-lettered)
             * @enum {string}
             */
            status: "pending" | "retrying" | "delivered" | "failed";
            updatedAt: string;
            webhookId: string;
        };
        WebhookWithSecret: components["schemas"]["Webhook"] & {
            /**
             * @description Signs every delivery (Webhook-Signature); shown only now
             * @example whsec_3q2+7w...
             */
            secret: string;
        };
        Workflow: {
            createdAt: string;
            createdBy: string;
            definition: {
                [key: string]: unknown;
            };
            description?: string;
            id: string;
            name: string;
            updatedAt: string;
            /** @description The current version */
            version: number;
            workspaceId: string;
        };
        WorkflowApproval: {
            comment?: string;
            decidedAt?: string;
            decidedBy?: string;
            expiresAt: string;
            id: string;
            message: string;
            nodeId: string;
            requestedAt: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "expired" | "cancelled";
        };
        WorkflowApprovalDecision: {
            /** @description Which pending approval; optional while only one is pending */
            approvalId?: string;
            /** @description Default true; false rejects (the node fails: ApprovalRejected) */
            approved?: boolean;
            comment?: string;
        };
        WorkflowDeleted: {
            deleted: {
                versions: number;
                workflowId: string;
            };
        };
        WorkflowExecution: {
            cause?: string;
            error?: string;
            id: string;
            input?: unknown;
            /** @description Each node’s output by node id, once SUCCEEDED */
            output?: unknown;
            outputTruncated?: boolean;
            startedAt: string;
            startedBy: string;
            /** @enum {string} */
            status: "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";
            stoppedAt?: string;
            templateId?: string;
            trigger: {
                /** @enum {string} */
                type: "api";
            } | {
                cron: string;
                scheduledAt: string;
                /** @enum {string} */
                type: "schedule";
            } | {
                documentId?: string;
                /** @enum {string} */
                event: "document.ready";
                /** @enum {string} */
                type: "event";
            };
            workflowId?: string;
            workflowName: string;
            workflowVersion?: number;
            workspaceId: string;
        };
        WorkflowExecutionDetails: components["schemas"]["WorkflowExecution"] & {
            approvals: components["schemas"]["WorkflowApproval"][];
            /** @description Absent when a model’s price is unknown */
            costUsd?: number;
            /** @description Every node run, retries included */
            nodes: components["schemas"]["WorkflowNodeRun"][];
            tokens: {
                input: number;
                output: number;
                total: number;
            };
        };
        WorkflowNodeRun: {
            durationMs?: number;
            error?: {
                message: string;
                name: string;
            };
            finishedAt?: string;
            id: string;
            /** @description The map iteration */
            index?: number;
            nodeId: string;
            nodeType: string;
            output?: unknown;
            outputTruncated?: boolean;
            startedAt: string;
            /** @enum {string} */
            status: "succeeded" | "failed" | "waiting";
            usage?: {
                costUsd?: number;
                inputTokens: number;
                modelId: string;
                outputTokens: number;
            };
        };
        WorkflowPatch: {
            /**
             * @description Replaces it, checked as at create
             * @example {
             *       "name": "Summarize",
             *       "nodes": [
             *         {
             *           "id": "summary",
             *           "type": "llm",
             *           "config": {
             *             "prompt": "Summarise {{ $.input.text }}"
             *           }
             *         }
             *       ],
             *       "edges": []
             *     }
             */
            definition?: {
                [key: string]: unknown;
            };
            /** @description null clears */
            description?: string | null;
            /** @description The version you read: 409 if the workflow has moved on since */
            expectedVersion?: number;
            /** @description 1-200 characters */
            name?: string;
        };
        WorkflowTemplate: {
            description: string;
            edges: {
                from: string;
                to: string;
            }[];
            /** @example summarize-document */
            id: string;
            inputSchema: {
                [key: string]: unknown;
            };
            name: string;
            nodes: {
                [key: string]: unknown;
            }[];
        };
        WorkflowValid: {
            /** @enum {boolean} */
            valid: true;
        };
        WorkflowValidation: {
            /**
             * @description Nodes (llm, retrieval, tool, agent, condition, transform, parallel, map, wait, approval, webhook, loop) and edges; at most 300 KB of JSON (else 413)
             * @example {
             *       "name": "Summarize",
             *       "nodes": [
             *         {
             *           "id": "summary",
             *           "type": "llm",
             *           "config": {
             *             "prompt": "Summarise {{ $.input.text }}"
             *           }
             *         }
             *       ],
             *       "edges": []
             *     }
             */
            definition: {
                [key: string]: unknown;
            };
        };
        WorkflowVersion: {
            createdAt: string;
            createdBy: string;
            definition: {
                [key: string]: unknown;
            };
            description?: string;
            name: string;
            version: number;
            workflowId: string;
            workspaceId: string;
        };
        Workspace: {
            createdAt: string;
            id: string;
            name: string;
            ownerId: string;
            personal: boolean;
            /** @enum {string} */
            role: "owner" | "admin" | "member" | "viewer";
            updatedAt: string;
        };
        WorkspaceDeletion: {
            apiKeys: number;
            documents?: number;
            invitations: number;
            members: number;
            workspaceId: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok"
                     *     }
                     */
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    getReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every dependency answers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "status": "ok",
                     *       "checks": [
                     *         {
                     *           "name": "dynamodb",
                     *           "status": "ok",
                     *           "latencyMs": 0.42
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description At least one dependency is down */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
        };
    };
    getAdminAnalyticsUsage: {
        parameters: {
            query?: {
                /** @description Default `day`; weeks start on Monday (ISO) */
                bucket?: "day" | "week" | "month";
                /** @description `7d`, `30d`, `90d` (today, UTC, and the days before) or `<from>..<to>` (UTC days, both included, at most 366); default `7d` */
                range?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage by bucket, with totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "range": {
                     *         "from": "2026-01-15T09:30:00.000Z",
                     *         "to": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "bucket": "day",
                     *       "buckets": [
                     *         {
                     *           "from": "2026-01-15T09:30:00.000Z",
                     *           "to": "2026-01-15T09:30:00.000Z",
                     *           "conversations": 3,
                     *           "messages": 3,
                     *           "activeUsers": 3,
                     *           "tokens": {
                     *             "input": 3,
                     *             "output": 3
                     *           },
                     *           "costUsd": 0.42,
                     *           "byModel": {},
                     *           "byProfile": {},
                     *           "byAgent": {},
                     *           "latency": {
                     *             "p50": 3,
                     *             "p95": 3,
                     *             "p99": 3
                     *           },
                     *           "timeToFirstToken": {
                     *             "p50": 3,
                     *             "p95": 3
                     *           },
                     *           "tools": {},
                     *           "documents": {
                     *             "ready": 3,
                     *             "failed": 3
                     *           },
                     *           "workflows": {
                     *             "succeeded": 3,
                     *             "failed": 3
                     *           }
                     *         }
                     *       ],
                     *       "totals": {
                     *         "from": "2026-01-15T09:30:00.000Z",
                     *         "to": "2026-01-15T09:30:00.000Z",
                     *         "conversations": 3,
                     *         "messages": 3,
                     *         "activeUsers": 3,
                     *         "tokens": {
                     *           "input": 3,
                     *           "output": 3
                     *         },
                     *         "costUsd": 0.42,
                     *         "byModel": {},
                     *         "byProfile": {},
                     *         "byAgent": {},
                     *         "latency": {
                     *           "p50": 3,
                     *           "p95": 3,
                     *           "p99": 3
                     *         },
                     *         "timeToFirstToken": {
                     *           "p50": 3,
                     *           "p95": 3
                     *         },
                     *         "tools": {},
                     *         "documents": {
                     *           "ready": 3,
                     *           "failed": 3
                     *         },
                     *         "workflows": {
                     *           "succeeded": 3,
                     *           "failed": 3
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminUsers: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "email": "ada@example.com",
                     *           "name": "Research team",
                     *           "role": "user",
                     *           "disabled": false,
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["User"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAdminUser: {
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
                /**
                 * @example {
                 *       "disabled": false
                 *     }
                 */
                "application/json": components["schemas"]["UserChange"];
            };
        };
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "email": "ada@example.com",
                     *       "name": "Research team",
                     *       "role": "user",
                     *       "disabled": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["User"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAdminWorkspaces: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of workspaces */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "personal": false,
                     *           "ownerId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PlatformWorkspace"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgents: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "description": "Answers finance questions from the quarterly reports.",
                     *           "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *           "tools": [
                     *             "get_weather"
                     *           ],
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Agent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Billing helper",
                 *       "description": "Answers questions about invoices, refunds and billing.",
                 *       "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                 *       "profileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                 *       "tools": [
                 *         "calculator",
                 *         "current_time"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["NewAgent"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "description": "Answers finance questions from the quarterly reports.",
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "tools": [
                     *         "get_weather"
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "description": "Answers finance questions from the quarterly reports.",
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "tools": [
                     *         "get_weather"
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": {
                     *         "agentId": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *         "name": "Research team"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AgentDeleted"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Billing helper",
                 *       "description": "Answers questions about invoices, refunds and billing.",
                 *       "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                 *       "profileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                 *       "tools": [
                 *         "calculator",
                 *         "current_time"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["AgentPatch"];
            };
        };
        responses: {
            /** @description The changed agent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "description": "Answers finance questions from the quarterly reports.",
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "tools": [
                     *         "get_weather"
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Agent"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgentMetrics: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agent’s metrics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agentId": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *       "conversations": 3,
                     *       "messages": 3,
                     *       "inputTokens": 3,
                     *       "outputTokens": 3,
                     *       "toolCalls": 3,
                     *       "feedbackUp": 3,
                     *       "feedbackDown": 3,
                     *       "averageInputTokens": 0.42,
                     *       "averageOutputTokens": 0.42,
                     *       "averageToolCalls": 0.42,
                     *       "satisfaction": 0.42
                     *     }
                     */
                    "application/json": components["schemas"]["AgentMetrics"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    routeAgent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "message": "I was charged twice for my subscription"
                 *     }
                 */
                "application/json": components["schemas"]["AgentRouteRequest"];
            };
        };
        responses: {
            /** @description The best agent (null without agents) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "agent": {
                     *         "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "name": "Research team",
                     *         "description": "Answers finance questions from the quarterly reports.",
                     *         "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *         "tools": [
                     *           "get_weather"
                     *         ],
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "score": 0.42,
                     *       "alternatives": [
                     *         {
                     *           "agent": {
                     *             "id": "agt_3k9q2m8x7v6c5b4n1p0z",
                     *             "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *             "name": "Research team",
                     *             "description": "Answers finance questions from the quarterly reports.",
                     *             "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *             "tools": [
                     *               "get_weather"
                     *             ],
                     *             "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *             "createdAt": "2026-01-15T09:30:00.000Z",
                     *             "updatedAt": "2026-01-15T09:30:00.000Z"
                     *           },
                     *           "score": 0.42
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["AgentRouting"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAnalyticsUsage: {
        parameters: {
            query?: {
                /** @description Default `day`; weeks start on Monday (ISO) */
                bucket?: "day" | "week" | "month";
                /** @description `7d`, `30d`, `90d` (today, UTC, and the days before) or `<from>..<to>` (UTC days, both included, at most 366); default `7d` */
                range?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage by bucket, with totals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "range": {
                     *         "from": "2026-01-15T09:30:00.000Z",
                     *         "to": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "bucket": "day",
                     *       "buckets": [
                     *         {
                     *           "from": "2026-01-15T09:30:00.000Z",
                     *           "to": "2026-01-15T09:30:00.000Z",
                     *           "conversations": 3,
                     *           "messages": 3,
                     *           "activeUsers": 3,
                     *           "tokens": {
                     *             "input": 3,
                     *             "output": 3
                     *           },
                     *           "costUsd": 0.42,
                     *           "byModel": {},
                     *           "byProfile": {},
                     *           "byAgent": {},
                     *           "latency": {
                     *             "p50": 3,
                     *             "p95": 3,
                     *             "p99": 3
                     *           },
                     *           "timeToFirstToken": {
                     *             "p50": 3,
                     *             "p95": 3
                     *           },
                     *           "tools": {},
                     *           "documents": {
                     *             "ready": 3,
                     *             "failed": 3
                     *           },
                     *           "workflows": {
                     *             "succeeded": 3,
                     *             "failed": 3
                     *           }
                     *         }
                     *       ],
                     *       "totals": {
                     *         "from": "2026-01-15T09:30:00.000Z",
                     *         "to": "2026-01-15T09:30:00.000Z",
                     *         "conversations": 3,
                     *         "messages": 3,
                     *         "activeUsers": 3,
                     *         "tokens": {
                     *           "input": 3,
                     *           "output": 3
                     *         },
                     *         "costUsd": 0.42,
                     *         "byModel": {},
                     *         "byProfile": {},
                     *         "byAgent": {},
                     *         "latency": {
                     *           "p50": 3,
                     *           "p95": 3,
                     *           "p99": 3
                     *         },
                     *         "timeToFirstToken": {
                     *           "p50": 3,
                     *           "p95": 3
                     *         },
                     *         "tools": {},
                     *         "documents": {
                     *           "ready": 3,
                     *           "failed": 3
                     *         },
                     *         "workflows": {
                     *           "succeeded": 3,
                     *           "failed": 3
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["UsageReport"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "key_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "prefix": "chk_live_9fJ2",
                     *           "scopes": [
                     *             "read"
                     *           ],
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ApiKey"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Research team",
                 *       "scopes": [
                 *         "read"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: date-time
                     * @description In the future, at most 366 days away
                     */
                    expiresAt?: string;
                    /** @example Research team */
                    name: string;
                    scopes: ("read" | "write" | "admin")[];
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "key_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "prefix": "chk_live_9fJ2",
                     *       "scopes": [
                     *         "read"
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "secret": "chk_live_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteApiKey: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: "user.registered" | "auth.login.succeeded" | "auth.login.failed" | "auth.logout" | "auth.refresh.reused" | "auth.password.changed" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation.revoked" | "member.invitation.declined" | "member.added" | "member.removed" | "member.role.changed" | "key.created" | "key.revoked" | "user.disabled" | "user.enabled" | "document.uploaded" | "document.deleted" | "document.reprocessed" | "document.tagged" | "documents.job.started" | "export.requested" | "import.requested" | "import.completed" | "prompt.created" | "prompt.updated" | "prompt.deleted" | "toolServer.registered" | "toolServer.updated" | "toolServer.deleted" | "agent.created" | "agent.updated" | "agent.deleted" | "workflow.created" | "workflow.updated" | "workflow.deleted" | "workflow.execution.started" | "workflow.execution.cancelled" | "workflow.approval.decided" | "experiment.created" | "experiment.updated" | "experiment.deleted" | "experiment.started" | "experiment.paused" | "experiment.resumed" | "experiment.completed" | "retention.updated" | "retention.purged" | "account.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret.rotated" | "report.created" | "report.updated" | "report.deleted";
                actorId?: string;
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description Inclusive */
                from?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                /** @description Inclusive */
                to?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "at": "2026-01-15T09:30:00.000Z",
                     *           "action": "user.registered",
                     *           "outcome": "success",
                     *           "actor": {
                     *             "type": "user"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportAuditEvents: {
        parameters: {
            query?: {
                action?: "user.registered" | "auth.login.succeeded" | "auth.login.failed" | "auth.logout" | "auth.refresh.reused" | "auth.password.changed" | "workspace.created" | "workspace.renamed" | "workspace.deleted" | "member.invited" | "member.invitation.revoked" | "member.invitation.declined" | "member.added" | "member.removed" | "member.role.changed" | "key.created" | "key.revoked" | "user.disabled" | "user.enabled" | "document.uploaded" | "document.deleted" | "document.reprocessed" | "document.tagged" | "documents.job.started" | "export.requested" | "import.requested" | "import.completed" | "prompt.created" | "prompt.updated" | "prompt.deleted" | "toolServer.registered" | "toolServer.updated" | "toolServer.deleted" | "agent.created" | "agent.updated" | "agent.deleted" | "workflow.created" | "workflow.updated" | "workflow.deleted" | "workflow.execution.started" | "workflow.execution.cancelled" | "workflow.approval.decided" | "experiment.created" | "experiment.updated" | "experiment.deleted" | "experiment.started" | "experiment.paused" | "experiment.resumed" | "experiment.completed" | "retention.updated" | "retention.purged" | "account.deleted" | "webhook.created" | "webhook.updated" | "webhook.deleted" | "webhook.secret.rotated" | "report.created" | "report.updated" | "report.deleted";
                actorId?: string;
                format?: "csv" | "json";
                /** @description Inclusive */
                from?: string;
                /** @description Inclusive */
                to?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example [
                     *       {
                     *         "id": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "at": "2026-01-15T09:30:00.000Z",
                     *         "action": "user.registered",
                     *         "outcome": "success",
                     *         "actor": {
                     *           "type": "user"
                     *         }
                     *       }
                     *     ]
                     */
                    "application/json": components["schemas"]["AuditEvent"][];
                    "text/csv": string;
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "email": "ada@example.com",
                     *         "name": "Research team",
                     *         "role": "user",
                     *         "disabled": false,
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfM2s5cTJtOHg3djZjNWI0bjFwMHoifQ.c2ln",
                     *       "refreshToken": "rt_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH",
                     *       "expiresIn": 3
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "currentPassword": "correct horse battery staple",
                 *       "newPassword": "a longer horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["ChangePasswordRequest"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refreshSession: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "refreshToken": "rt_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH"
                 *     }
                 */
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            /** @description New tokens */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "email": "ada@example.com",
                     *         "name": "Research team",
                     *         "role": "user",
                     *         "disabled": false,
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfM2s5cTJtOHg3djZjNWI0bjFwMHoifQ.c2ln",
                     *       "refreshToken": "rt_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH",
                     *       "expiresIn": 3
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["RegisterRequest"];
            };
        };
        responses: {
            /** @description Signed up */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "email": "ada@example.com",
                     *         "name": "Research team",
                     *         "role": "user",
                     *         "disabled": false,
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "accessToken": "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c3JfM2s5cTJtOHg3djZjNWI0bjFwMHoifQ.c2ln",
                     *       "refreshToken": "rt_9fJ2kL0qX7vB3mN8pR5tY1wZ4cD6eH",
                     *       "expiresIn": 3
                     *     }
                     */
                    "application/json": components["schemas"]["AuthSession"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createChatCompletion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChatCompletionRequest"];
            };
        };
        responses: {
            /** @description The completion. With `stream: true`: server-sent events, each `data: <chat.completion.chunk JSON>`: the role first, then content deltas and tool-call deltas (`index`, `id`, `type`, `function.name`, then `function.arguments`), a chunk with `finish_reason`, with `stream_options.include_usage` a chunk with `usage` and no choices, then `data: [DONE]`. A failure after the stream began is one frame `data: {"error":{"message","type","code"}}`, and the stream ends. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChatCompletion"];
                    "text/event-stream": string;
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description No such model in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Invalid fields, each listed by path (and the first in `error.param`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The model provider is not configured or did not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
        };
    };
    listConversations: {
        parameters: {
            query?: {
                /** @description true: only archived ones; default false */
                archived?: "true" | "false";
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                /** @description Case-insensitive part of the title */
                q?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "title": "Q3 budget review",
                     *           "archived": false,
                     *           "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "messageCount": 3,
                     *           "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Conversation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Q3 budget",
                 *       "profileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                 *       "agentId": "agt_3k9q2m8x7v6c5b4n1p0z",
                 *       "systemPromptId": "prm_3k9q2m8x7v6c5b4n1p0z"
                 *     }
                 */
                "application/json": components["schemas"]["NewConversation"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "title": "Q3 budget review",
                     *       "archived": false,
                     *       "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "messageCount": 3,
                     *       "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: {
                /** @description How many messages of the active branch (0-100, default 20) */
                messages?: number | null;
                /** @description The previous answer’s nextMessagesCursor */
                messagesCursor?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "title": "Q3 budget review",
                     *       "archived": false,
                     *       "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "messageCount": 3,
                     *       "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "messages": [
                     *         {
                     *           "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "role": "user",
                     *           "content": "What did we spend on travel in Q3?",
                     *           "status": "streaming",
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextMessagesCursor": "eyJrIjoibXNnXzAxamQ4azNtMnEifQ"
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationWithMessages"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": {
                     *         "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *         "messages": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationDeleted"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "title": "Q3 budget",
                 *       "profileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                 *       "systemPromptId": "prm_3k9q2m8x7v6c5b4n1p0z"
                 *     }
                 */
                "application/json": components["schemas"]["ConversationPatch"];
            };
        };
        responses: {
            /** @description The changed conversation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "title": "Q3 budget review",
                     *       "archived": false,
                     *       "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "messageCount": 3,
                     *       "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setActiveBranch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messageId": "msg_01jd8k3m2q3k9q2m8x7v6c"
                 *     }
                 */
                "application/json": components["schemas"]["MessageChoice"];
            };
        };
        responses: {
            /** @description The conversation, showing that branch */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "title": "Q3 budget review",
                     *       "archived": false,
                     *       "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "messageCount": 3,
                     *       "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "messages": [
                     *         {
                     *           "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "role": "user",
                     *           "content": "What did we spend on travel in Q3?",
                     *           "status": "streaming",
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextMessagesCursor": "eyJrIjoibXNnXzAxamQ4azNtMnEifQ"
                     *     }
                     */
                    "application/json": components["schemas"]["ConversationWithMessages"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    forkConversation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "messageId": "msg_01jd8k3m2q3k9q2m8x7v6c"
                 *     }
                 */
                "application/json": components["schemas"]["MessageChoice"];
            };
        };
        responses: {
            /** @description The new conversation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "title": "Q3 budget review",
                     *       "archived": false,
                     *       "activeLeafId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "messageCount": 3,
                     *       "lastActivityAt": "2026-01-15T09:30:00.000Z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConversationMessages: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                /** @description By creation time */
                order?: "asc" | "desc";
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "role": "user",
                     *           "content": "What did we spend on travel in Q3?",
                     *           "status": "streaming",
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Message"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    sendMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `text/event-stream` to stream */
                accept?: string;
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "content": "Plan a day in Lisbon",
                 *       "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                 *       "retrieval": {
                 *         "enabled": true,
                 *         "topK": 5,
                 *         "filter": {
                 *           "tags": [
                 *             "handbook"
                 *           ]
                 *         }
                 *       },
                 *       "tools": {
                 *         "enabled": true,
                 *         "only": [
                 *           "calculator",
                 *           "search_documents"
                 *         ]
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NewMessage"];
            };
        };
        responses: {
            /** @description With `Accept: text/event-stream`: the answer as it is written. Server-sent events, each `id: <assistantMessageId>:<seq>` (seq counts every event of the answer from 0), `event:` one of `message.start`, `delta`, `citation`, `tool.call`, `tool.result`, `usage`, `error`, `message.end` and JSON `data:`. `message.start` `{ conversationId, userMessage, assistantMessage }`; `delta` `{ text }`; `citation` `{ passageId, documentId, page?, score? }`; `tool.call` `{ id, name, arguments, source? }` before a tool runs and `tool.result` `{ id, name, content, isError, durationMs }` after; `usage` `{ inputTokens, outputTokens, latencyMs, timeToFirstTokenMs?, costUsd? }`; `error` `{ code, message }`; `message.end` `{ message }`, always last. Resume a dropped stream with `GET .../messages/{assistantMessageId}/stream` and `Last-Event-ID` (text and tool events are replayed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Both messages, the answer complete (or interrupted or failed) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userMessage": {
                     *         "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "role": "user",
                     *         "content": "What did we spend on travel in Q3?",
                     *         "status": "streaming",
                     *         "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "assistantMessage": {
                     *         "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "role": "user",
                     *         "content": "What did we spend on travel in Q3?",
                     *         "status": "streaming",
                     *         "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnsweredTurn"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The default model provider is not configured in this deployment */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "role": "user",
                     *       "content": "What did we spend on travel in Q3?",
                     *       "status": "streaming",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listConversationMessageBranches: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The branches */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "items": [
                     *         {
                     *           "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *           "role": "user",
                     *           "content": "What did we spend on travel in Q3?",
                     *           "status": "streaming",
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "active": false
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["Branches"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setConversationMessageFeedback: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "rating": "up"
                 *     }
                 */
                "application/json": components["schemas"]["Feedback"];
            };
        };
        responses: {
            /** @description The message with its feedback */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *       "role": "user",
                     *       "content": "What did we spend on travel in Q3?",
                     *       "status": "streaming",
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Message"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    regenerateConversationMessage: {
        parameters: {
            query?: never;
            header?: {
                /** @description `text/event-stream` to stream */
                accept?: string;
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description With `Accept: text/event-stream`: the answer as it is written. Server-sent events, each `id: <assistantMessageId>:<seq>` (seq counts every event of the answer from 0), `event:` one of `message.start`, `delta`, `citation`, `tool.call`, `tool.result`, `usage`, `error`, `message.end` and JSON `data:`. `message.start` `{ conversationId, userMessage, assistantMessage }`; `delta` `{ text }`; `citation` `{ passageId, documentId, page?, score? }`; `tool.call` `{ id, name, arguments, source? }` before a tool runs and `tool.result` `{ id, name, content, isError, durationMs }` after; `usage` `{ inputTokens, outputTokens, latencyMs, timeToFirstTokenMs?, costUsd? }`; `error` `{ code, message }`; `message.end` `{ message }`, always last. Resume a dropped stream with `GET .../messages/{assistantMessageId}/stream` and `Last-Event-ID` (text and tool events are replayed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Both messages, the answer complete (or interrupted or failed) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userMessage": {
                     *         "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "role": "user",
                     *         "content": "What did we spend on travel in Q3?",
                     *         "status": "streaming",
                     *         "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "assistantMessage": {
                     *         "id": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "conversationId": "cnv_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "parentId": "msg_01jd8k3m2q3k9q2m8x7v6c",
                     *         "role": "user",
                     *         "content": "What did we spend on travel in Q3?",
                     *         "status": "streaming",
                     *         "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AnsweredTurn"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The default model provider is not configured in this deployment */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversationMessageStream: {
        parameters: {
            query?: {
                /** @description The seq of the last event received (instead of Last-Event-ID) */
                after?: number | null;
            };
            header?: {
                /** @description `<assistantMessageId>:<seq>` of the last event received */
                "last-event-id"?: string;
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                messageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The deltas after the given event, then `message.end`. Server-sent events, each `id: <assistantMessageId>:<seq>` (seq counts every event of the answer from 0), `event:` one of `message.start`, `delta`, `citation`, `tool.call`, `tool.result`, `usage`, `error`, `message.end` and JSON `data:`. `message.start` `{ conversationId, userMessage, assistantMessage }`; `delta` `{ text }`; `citation` `{ passageId, documentId, page?, score? }`; `tool.call` `{ id, name, arguments, source? }` before a tool runs and `tool.result` `{ id, name, content, isError, durationMs }` after; `usage` `{ inputTokens, outputTokens, latencyMs, timeToFirstTokenMs?, costUsd? }`; `error` `{ code, message }`; `message.end` `{ message }`, always last. Resume a dropped stream with `GET .../messages/{assistantMessageId}/stream` and `Last-Event-ID` (text and tool events are replayed). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocumentJobs: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "action": "delete",
                     *           "status": "queued",
                     *           "progress": {
                     *             "done": 3,
                     *             "failed": 3,
                     *             "total": 3
                     *           },
                     *           "errors": [
                     *             {
                     *               "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *               "message": "Approve the refund of 120 EUR?"
                     *             }
                     *           ],
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["DocumentJobSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDocumentJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewDocumentJob"];
            };
        };
        responses: {
            /** @description Queued; poll GET /{id} for progress */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "action": "delete",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "failed": 3,
                     *         "total": 3
                     *       },
                     *       "errors": [
                     *         {
                     *           "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "message": "Approve the refund of 120 EUR?"
                     *         }
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "documentIds": [
                     *         "doc_3k9q2m8x7v6c5b4n1p0z"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentJob"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentJob: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The job */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "action": "delete",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "failed": 3,
                     *         "total": 3
                     *       },
                     *       "errors": [
                     *         {
                     *           "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "message": "Approve the refund of 120 EUR?"
                     *         }
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "documentIds": [
                     *         "doc_3k9q2m8x7v6c5b4n1p0z"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentJob"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                status?: "uploading" | "processing" | "ready" | "failed" | "duplicate";
                /** @description Only documents carrying this tag */
                tag?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "filename": "q3-report.pdf",
                     *           "contentType": "application/pdf",
                     *           "size": 3,
                     *           "tags": [
                     *             "finance"
                     *           ],
                     *           "status": "uploading",
                     *           "progress": {
                     *             "chunksDone": 3,
                     *             "chunksTotal": 3
                     *           },
                     *           "source": "upload",
                     *           "chunkCount": 3,
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Document"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filename": "Q3 report.pdf",
                 *       "contentType": "application/pdf",
                 *       "size": 48213
                 *     }
                 */
                "application/json": components["schemas"]["NewDocument"];
            };
        };
        responses: {
            /** @description Created: upload the bytes as `upload` says */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document": {
                     *         "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "filename": "q3-report.pdf",
                     *         "contentType": "application/pdf",
                     *         "size": 3,
                     *         "tags": [
                     *           "finance"
                     *         ],
                     *         "status": "uploading",
                     *         "progress": {
                     *           "chunksDone": 3,
                     *           "chunksTotal": 3
                     *         },
                     *         "source": "upload",
                     *         "chunkCount": 3,
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "upload": {
                     *         "url": "https://hooks.example.com/chatter",
                     *         "method": "PUT",
                     *         "headers": {}
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentUpload"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is over the upload limit, which the detail names */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A file type extraction cannot read */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "document": {
                     *         "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "filename": "q3-report.pdf",
                     *         "contentType": "application/pdf",
                     *         "size": 3,
                     *         "tags": [
                     *           "finance"
                     *         ],
                     *         "status": "uploading",
                     *         "progress": {
                     *           "chunksDone": 3,
                     *           "chunksTotal": 3
                     *         },
                     *         "source": "upload",
                     *         "chunkCount": 3,
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "deleted": {
                     *         "chunks": 3,
                     *         "vectors": 3,
                     *         "blobs": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentDeletion"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "filename": "Q3 report.pdf"
                 *     }
                 */
                "application/json": components["schemas"]["DocumentPatch"];
            };
        };
        responses: {
            /** @description The changed document */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadDocument: {
        parameters: {
            query?: {
                /** @description 1: answer a 302 to the link instead of JSON */
                redirect?: "0" | "1" | "true" | "false";
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The link */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "url": "https://hooks.example.com/chatter",
                     *       "expiresAt": "2026-01-15T09:30:00.000Z",
                     *       "filename": "q3-report.pdf"
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentDownload"];
                };
            };
            /** @description With ?redirect=1: to the link */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentPassage: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                /** @description A citation’s `passageId`: `{documentId}:{index}` */
                passageId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The passage: its text and where it is */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z:12",
                     *       "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "page": 4,
                     *       "text": "Travel came to 12,400 EUR in Q3, 8% under the budget of 13,500 EUR.",
                     *       "index": 12
                     *     }
                     */
                    "application/json": components["schemas"]["Passage"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDocumentPreview: {
        parameters: {
            query?: {
                /** @description Characters over all pages (default 20000) */
                maxChars?: number;
                /** @description How many pages from the first (1-20, default 2) */
                pages?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The text, page by page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "pages": [
                     *         {
                     *           "page": 3,
                     *           "text": "Travel spend in Q3 was 12,400 EUR, 8% under budget [1]."
                     *         }
                     *       ],
                     *       "truncated": false
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentPreview"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reprocessDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Accepted: the document, about to be processed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeDocumentTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentTagChange"];
            };
        };
        responses: {
            /** @description The document with its tags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    abortDocumentUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["AbortUpload"];
            };
        };
        responses: {
            /** @description The abandoned document, now gone */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeDocumentUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "uploadId": "upl_2~mZ8kQ0xV7bN3",
                 *       "parts": [
                 *         {
                 *           "partNumber": 1,
                 *           "etag": "\"9b2cf535f27731c974343645a3985328\""
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["CompleteUpload"];
            };
        };
        responses: {
            /** @description The document, ingested once S3 reports the object */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "filename": "q3-report.pdf",
                     *       "contentType": "application/pdf",
                     *       "size": 3,
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "status": "uploading",
                     *       "progress": {
                     *         "chunksDone": 3,
                     *         "chunksTotal": 3
                     *       },
                     *       "source": "upload",
                     *       "chunkCount": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Document"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createEmbedding: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "input": [
                 *         "The blue heron nests by the pond."
                 *       ],
                 *       "model": "default"
                 *     }
                 */
                "application/json": components["schemas"]["EmbeddingsRequest"];
            };
        };
        responses: {
            /** @description One vector per input, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Embeddings"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description No such model in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Invalid fields, each listed by path (and the first in `error.param`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExperiments: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "target": {},
                     *           "variants": [
                     *             {
                     *               "key": "tone",
                     *               "weight": 3,
                     *               "overrides": {}
                     *             }
                     *           ],
                     *           "metric": "thumbsUp",
                     *           "status": "draft",
                     *           "version": 3,
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Experiment"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewExperiment"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": {
                     *         "experimentId": "exp_3k9q2m8x7v6c5b4n1p0z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentDeleted"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "metric": "feedback"
                 *     }
                 */
                "application/json": components["schemas"]["ExperimentPatch"];
            };
        };
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExperimentAssignment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your variant */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "experimentId": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "variant": "concise",
                     *       "control": false
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentAssignment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExperimentEvent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "signup"
                 *     }
                 */
                "application/json": components["schemas"]["ExperimentEvent"];
            };
        };
        responses: {
            /** @description Counted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "experimentId": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "variant": "concise",
                     *       "name": "Research team"
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentEventRecorded"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pauseExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExperimentResults: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "experimentId": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "status": "draft",
                     *       "metric": "thumbsUp",
                     *       "significanceLevel": 0.42,
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "control": false,
                     *           "users": 3,
                     *           "n": 3,
                     *           "latencyMs": {
                     *             "n": 3,
                     *             "mean": 0.42,
                     *             "ci95": {
                     *               "low": 0.42,
                     *               "high": 0.42
                     *             },
                     *             "vsControl": {
                     *               "pValue": 0.42,
                     *               "significant": false
                     *             }
                     *           },
                     *           "tokens": {
                     *             "n": 3,
                     *             "mean": 0.42,
                     *             "ci95": {
                     *               "low": 0.42,
                     *               "high": 0.42
                     *             },
                     *             "vsControl": {
                     *               "pValue": 0.42,
                     *               "significant": false
                     *             }
                     *           },
                     *           "costUsd": {
                     *             "n": 3,
                     *             "mean": 0.42,
                     *             "ci95": {
                     *               "low": 0.42,
                     *               "high": 0.42
                     *             },
                     *             "vsControl": {
                     *               "pValue": 0.42,
                     *               "significant": false
                     *             }
                     *           },
                     *           "feedback": {
                     *             "up": 3,
                     *             "down": 3,
                     *             "n": 3,
                     *             "positiveRate": 0.42,
                     *             "ci95": {
                     *               "low": 0.42,
                     *               "high": 0.42
                     *             },
                     *             "vsControl": {
                     *               "pValue": 0.42,
                     *               "significant": false
                     *             }
                     *           },
                     *           "events": {}
                     *         }
                     *       ],
                     *       "primary": {
                     *         "metric": "thumbsUp",
                     *         "significantVariants": [
                     *           "significantVariant"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ExperimentResults"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startExperiment: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The experiment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "target": {},
                     *       "variants": [
                     *         {
                     *           "key": "tone",
                     *           "weight": 3,
                     *           "overrides": {}
                     *         }
                     *       ],
                     *       "metric": "thumbsUp",
                     *       "status": "draft",
                     *       "version": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Experiment"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *           "status": "queued",
                     *           "progress": {
                     *             "done": 3,
                     *             "total": 3
                     *           },
                     *           "format": "json",
                     *           "scope": "workspace",
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ExportSummary"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewExport"];
            };
        };
        responses: {
            /** @description Queued; poll GET /{id} until it has a download */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "total": 3
                     *       },
                     *       "format": "json",
                     *       "scope": "workspace",
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The export */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "exp_3k9q2m8x7v6c5b4n1p0z",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "total": 3
                     *       },
                     *       "format": "json",
                     *       "scope": "workspace",
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listImports: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "imp_3k9q2m8x7v6c5b4n1p0z",
                     *           "source": "chatgpt",
                     *           "filename": "q3-report.pdf",
                     *           "kind": "json",
                     *           "size": 3,
                     *           "status": "uploading",
                     *           "progress": {
                     *             "done": 3,
                     *             "total": 3
                     *           },
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ImportJob"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewImport"];
            };
        };
        responses: {
            /** @description What was imported, and what was skipped with why */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *       "source": "chatgpt",
                     *       "conversations": 3,
                     *       "messages": 3,
                     *       "conversationIds": [
                     *         "cnv_3k9q2m8x7v6c5b4n1p0z"
                     *       ],
                     *       "skipped": [
                     *         {
                     *           "title": "Q3 budget review",
                     *           "reason": "Duplicate charge confirmed by the customer."
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ImportReport"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the size limit; the detail gives it */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "imp_3k9q2m8x7v6c5b4n1p0z",
                     *       "source": "chatgpt",
                     *       "filename": "q3-report.pdf",
                     *       "kind": "json",
                     *       "size": 3,
                     *       "status": "uploading",
                     *       "progress": {
                     *         "done": 3,
                     *         "total": 3
                     *       },
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; poll GET /{id} until it succeeded or failed */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "imp_3k9q2m8x7v6c5b4n1p0z",
                     *       "source": "chatgpt",
                     *       "filename": "q3-report.pdf",
                     *       "kind": "json",
                     *       "size": 3,
                     *       "status": "uploading",
                     *       "progress": {
                     *         "done": 3,
                     *         "total": 3
                     *       },
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ImportJob"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createImportUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewImportUpload"];
            };
        };
        responses: {
            /** @description The import, `uploading`: PUT the file to `upload.url` with `upload.headers`, then start it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "import": {
                     *         "id": "imp_3k9q2m8x7v6c5b4n1p0z",
                     *         "source": "chatgpt",
                     *         "filename": "q3-report.pdf",
                     *         "kind": "json",
                     *         "size": 3,
                     *         "status": "uploading",
                     *         "progress": {
                     *           "done": 3,
                     *           "total": 3
                     *         },
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "upload": {
                     *         "url": "https://hooks.example.com/chatter",
                     *         "method": "PUT",
                     *         "headers": {}
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ImportUpload"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the size limit; the detail gives it */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listInvitations: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page; it may hold fewer than limit items */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "inv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceName": "Research team",
                     *           "email": "ada@example.com",
                     *           "role": "admin",
                     *           "invitedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "status": "pending",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "expiresAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptInvitation: {
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
            /** @description Joined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "invitation": {
                     *         "id": "inv_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceName": "Research team",
                     *         "email": "ada@example.com",
                     *         "role": "admin",
                     *         "invitedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "status": "pending",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "expiresAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "workspace": {
                     *         "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "name": "Research team",
                     *         "role": "owner",
                     *         "joinedAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AcceptedInvitation"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    declineInvitation: {
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
            /** @description Declined */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceName": "Research team",
                     *       "email": "ada@example.com",
                     *       "role": "admin",
                     *       "invitedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "status": "pending",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "expiresAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "user": {
                     *         "id": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "email": "ada@example.com",
                     *         "name": "Research team",
                     *         "role": "user",
                     *         "disabled": false,
                     *         "createdAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "systemAdmin": false,
                     *       "personalWorkspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaces": [
                     *         {
                     *           "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "role": "owner",
                     *           "joinedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "apiKey": {
                     *         "id": "key_3k9q2m8x7v6c5b4n1p0z",
                     *         "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *         "scopes": [
                     *           "read"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["DeleteAccountInput"];
            };
        };
        responses: {
            /** @description The deletion job started */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job": {
                     *         "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *         "executionArn": "arn:aws:states:us-east-1:123456789012:execution:chatter-workflows:wfx_3k9q2m8x7v6c5b4n1p0z",
                     *         "status": "RUNNING",
                     *         "startedAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        job: components["schemas"]["AccountDeletionJob"];
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getMePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your preferences */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaultProfileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "language": "en",
                     *       "streaming": false,
                     *       "memoryWindow": 3,
                     *       "toolsEnabled": false,
                     *       "version": 3,
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateMePreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "language": "fr-CA"
                 *     }
                 */
                "application/json": components["schemas"]["PreferencesPatch"];
            };
        };
        responses: {
            /** @description Your preferences at their new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "defaultProfileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "language": "en",
                     *       "streaming": false,
                     *       "memoryWindow": 3,
                     *       "toolsEnabled": false,
                     *       "version": 3,
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Preferences"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMePreferencesVersions: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "defaultProfileId": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *           "language": "en",
                     *           "streaming": false,
                     *           "memoryWindow": 3,
                     *           "toolsEnabled": false,
                     *           "version": 3,
                     *           "updatedAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedBy": "usr_3k9q2m8x7v6c5b4n1p0z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PreferenceVersion"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Rate limited (or too many failed sign-ins): see Retry-After */
            429: {
                headers: {
                    /** @description Seconds */
                    "Retry-After": string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "object": "list",
                     *       "data": [
                     *         {
                     *           "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *           "object": "model",
                     *           "created": 1767225600,
                     *           "owned_by": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Claude, careful",
                     *           "kind": "profile"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ModelList"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Model"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description No such model in this workspace */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Invalid fields, each listed by path (and the first in `error.param`) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["OpenAIProblem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProfiles: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "provider": "bedrock",
                     *           "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *           "temperature": 0.42,
                     *           "topP": 0.42,
                     *           "maxTokens": 3,
                     *           "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *           "retrieval": {
                     *             "enabled": false,
                     *             "topK": 1
                     *           },
                     *           "fallbackModelIds": [
                     *             "fallbackModelId"
                     *           ],
                     *           "isDefault": false,
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Profile"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Claude, careful",
                 *       "provider": "bedrock",
                 *       "modelId": "anthropic.claude-3-5-sonnet-20240620-v1:0",
                 *       "systemPromptId": "prm_3k9q2m8x7v6c5b4n1p0z"
                 *     }
                 */
                "application/json": components["schemas"]["NewProfile"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "provider": "bedrock",
                     *       "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *       "temperature": 0.42,
                     *       "topP": 0.42,
                     *       "maxTokens": 3,
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "retrieval": {
                     *         "enabled": false,
                     *         "topK": 1
                     *       },
                     *       "fallbackModelIds": [
                     *         "fallbackModelId"
                     *       ],
                     *       "isDefault": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "provider": "bedrock",
                     *       "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *       "temperature": 0.42,
                     *       "topP": 0.42,
                     *       "maxTokens": 3,
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "retrieval": {
                     *         "enabled": false,
                     *         "topK": 1
                     *       },
                     *       "fallbackModelIds": [
                     *         "fallbackModelId"
                     *       ],
                     *       "isDefault": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Claude, careful",
                 *       "modelId": "anthropic.claude-3-5-sonnet-20240620-v1:0",
                 *       "systemPromptId": "prm_3k9q2m8x7v6c5b4n1p0z"
                 *     }
                 */
                "application/json": components["schemas"]["ProfilePatch"];
            };
        };
        responses: {
            /** @description The changed profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "provider": "bedrock",
                     *       "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *       "temperature": 0.42,
                     *       "topP": 0.42,
                     *       "maxTokens": 3,
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "retrieval": {
                     *         "enabled": false,
                     *         "topK": 1
                     *       },
                     *       "fallbackModelIds": [
                     *         "fallbackModelId"
                     *       ],
                     *       "isDefault": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setDefaultProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The profile, now the default */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "provider": "bedrock",
                     *       "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *       "temperature": 0.42,
                     *       "topP": 0.42,
                     *       "maxTokens": 3,
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "retrieval": {
                     *         "enabled": false,
                     *         "topK": 1
                     *       },
                     *       "fallbackModelIds": [
                     *         "fallbackModelId"
                     *       ],
                     *       "isDefault": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDefaultProfile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The default profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prf_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "provider": "bedrock",
                     *       "modelId": "anthropic.claude-3-5-haiku-20241022-v1:0",
                     *       "temperature": 0.42,
                     *       "topP": 0.42,
                     *       "maxTokens": 3,
                     *       "systemPrompt": "You answer questions about company finances. Cite the reports you use.",
                     *       "retrieval": {
                     *         "enabled": false,
                     *         "topK": 1
                     *       },
                     *       "fallbackModelIds": [
                     *         "fallbackModelId"
                     *       ],
                     *       "isDefault": false,
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPrompts: {
        parameters: {
            query?: {
                category?: string;
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                tag?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *           "variables": [
                     *             {
                     *               "name": "Research team",
                     *               "type": "string",
                     *               "required": false
                     *             }
                     *           ],
                     *           "tags": [
                     *             "finance"
                     *           ],
                     *           "version": 3,
                     *           "uses": 3,
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Prompt"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Summary",
                 *       "template": "Summarise {{text}} in {{ words }} words.",
                 *       "category": "Writing"
                 *     }
                 */
                "application/json": components["schemas"]["NewPrompt"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "version": 3,
                     *       "uses": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Prompt"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prompt */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "version": 3,
                     *       "uses": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Prompt"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deletePrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": {
                     *         "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *         "versions": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PromptDeleted"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updatePrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Summary",
                 *       "template": "Summarise {{text}} in {{ words }} words.",
                 *       "category": "Writing"
                 *     }
                 */
                "application/json": components["schemas"]["PromptPatch"];
            };
        };
        responses: {
            /** @description The prompt at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "version": 3,
                     *       "uses": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Prompt"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    clonePrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Summary"
                 *     }
                 */
                "application/json": components["schemas"]["PromptClone"];
            };
        };
        responses: {
            /** @description The copy */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "version": 3,
                     *       "uses": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Prompt"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    renderPrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "variables": {
                 *         "text": "x"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["PromptRender"];
            };
        };
        responses: {
            /** @description The text */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "text": "Travel spend in Q3 was 12,400 EUR, 8% under budget [1].",
                     *       "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "version": 3
                     *     }
                     */
                    "application/json": components["schemas"]["RenderedPrompt"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rollbackPrompt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "version": 1
                 *     }
                 */
                "application/json": components["schemas"]["PromptRollback"];
            };
        };
        responses: {
            /** @description The prompt at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "version": 3,
                     *       "uses": 3,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Prompt"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPromptVersions: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "version": 3,
                     *           "name": "Research team",
                     *           "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *           "variables": [
                     *             {
                     *               "name": "Research team",
                     *               "type": "string",
                     *               "required": false
                     *             }
                     *           ],
                     *           "tags": [
                     *             "finance"
                     *           ],
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["PromptVersion"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPromptVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "promptId": "prm_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "version": 3,
                     *       "name": "Research team",
                     *       "template": "Summarize {{document}} for {{audience}} in {{words}} words.",
                     *       "variables": [
                     *         {
                     *           "name": "Research team",
                     *           "type": "string",
                     *           "required": false
                     *         }
                     *       ],
                     *       "tags": [
                     *         "finance"
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["PromptVersion"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReports: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "schedule": {
                     *             "cron": "0 6 * * 1",
                     *             "timezone": "Europe/Berlin"
                     *           },
                     *           "period": "day",
                     *           "sections": [
                     *             "summary"
                     *           ],
                     *           "format": "json",
                     *           "recipients": {},
                     *           "enabled": false,
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Report"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Research team",
                 *       "schedule": {
                 *         "cron": "0 8 * * 1",
                 *         "timezone": "Europe/Paris"
                 *       },
                 *       "period": "day",
                 *       "sections": [
                 *         "summary",
                 *         "models"
                 *       ],
                 *       "format": "json"
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    /** @enum {string} */
                    format: "json" | "csv" | "html";
                    name: string;
                    /**
                     * @description What one run covers: the last full period
                     * @enum {string}
                     */
                    period: "day" | "week" | "month";
                    recipients?: components["schemas"]["ReportRecipients"];
                    schedule: components["schemas"]["ReportSchedule"];
                    /**
                     * @description Any of: summary, models, latency, tools, documents, workflows
                     * @example [
                     *       "summary",
                     *       "models"
                     *     ]
                     */
                    sections: string[];
                };
            };
        };
        responses: {
            /** @description Scheduled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "schedule": {
                     *         "cron": "0 6 * * 1",
                     *         "timezone": "Europe/Berlin"
                     *       },
                     *       "period": "day",
                     *       "sections": [
                     *         "summary"
                     *       ],
                     *       "format": "json",
                     *       "recipients": {},
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "schedule": {
                     *         "cron": "0 6 * * 1",
                     *         "timezone": "Europe/Berlin"
                     *       },
                     *       "period": "day",
                     *       "sections": [
                     *         "summary"
                     *       ],
                     *       "format": "json",
                     *       "recipients": {},
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "report": {
                     *         "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *         "name": "Research team",
                     *         "schedule": {
                     *           "cron": "0 6 * * 1",
                     *           "timezone": "Europe/Berlin"
                     *         },
                     *         "period": "day",
                     *         "sections": [
                     *           "summary"
                     *         ],
                     *         "format": "json",
                     *         "recipients": {},
                     *         "enabled": false,
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "runs": 3
                     *     }
                     */
                    "application/json": {
                        report: components["schemas"]["Report"];
                        /** @description Runs deleted with their files */
                        runs: number;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sections": [
                 *         "summary",
                 *         "models"
                 *       ]
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    /** @enum {string} */
                    format?: "json" | "csv" | "html";
                    name?: string;
                    /**
                     * @description What one run covers: the last full period
                     * @enum {string}
                     */
                    period?: "day" | "week" | "month";
                    recipients?: components["schemas"]["ReportRecipients"];
                    schedule?: components["schemas"]["ReportSchedule"];
                    /**
                     * @description Any of: summary, models, latency, tools, documents, workflows
                     * @example [
                     *       "summary",
                     *       "models"
                     *     ]
                     */
                    sections?: string[];
                };
            };
        };
        responses: {
            /** @description The changed report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "schedule": {
                     *         "cron": "0 6 * * 1",
                     *         "timezone": "Europe/Berlin"
                     *       },
                     *       "period": "day",
                     *       "sections": [
                     *         "summary"
                     *       ],
                     *       "format": "json",
                     *       "recipients": {},
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Report"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "periodStart": "2026-03-02"
                 *     }
                 */
                "application/json": {
                    /**
                     * @description A day of the period to cover (YYYY-MM-DD); default the last full period
                     * @example 2026-03-02
                     */
                    periodStart?: string;
                };
            };
        };
        responses: {
            /** @description The finished run */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "rpr_3k9q2m8x7v6c5b4n1p0z",
                     *       "reportId": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *       "periodStart": "2026-01-15T09:30:00.000Z",
                     *       "periodEnd": "2026-01-15T09:30:00.000Z",
                     *       "trigger": "schedule",
                     *       "status": "running",
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "delivery": {},
                     *       "download": "/v1/reports/rep_1/runs/rpr_1/download"
                     *     }
                     */
                    "application/json": components["schemas"]["ReportRun"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listReportRuns: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "rpr_3k9q2m8x7v6c5b4n1p0z",
                     *           "reportId": "rep_3k9q2m8x7v6c5b4n1p0z",
                     *           "periodStart": "2026-01-15T09:30:00.000Z",
                     *           "periodEnd": "2026-01-15T09:30:00.000Z",
                     *           "trigger": "schedule",
                     *           "status": "running",
                     *           "startedAt": "2026-01-15T09:30:00.000Z",
                     *           "delivery": {},
                     *           "download": "/v1/reports/rep_1/runs/rpr_1/download"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ReportRun"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadReportRun: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                runId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, as an attachment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": unknown;
                    "text/csv": string;
                    "text/html": string;
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchDocuments: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": "travel budget Q3"
                 *     }
                 */
                "application/json": {
                    filter?: {
                        contentTypes?: string[];
                        /** Format: date-time */
                        createdAfter?: string;
                        /** Format: date-time */
                        createdBefore?: string;
                        documentIds?: string[];
                        pages?: {
                            from?: number;
                            to?: number;
                        };
                        tags?: string[];
                    };
                    minScore?: number;
                    /**
                     * @default hybrid
                     * @enum {string}
                     */
                    mode?: "hybrid" | "vector" | "lexical";
                    query: string;
                    /** @default 10 */
                    topK?: number;
                };
            };
        };
        responses: {
            /** @description The best hits first, with highlights */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "query": "travel budget Q3",
                     *       "mode": "hybrid",
                     *       "hits": [
                     *         {
                     *           "id": "doc_3k9q2m8x7v6c5b4n1p0z:12",
                     *           "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "filename": "q3-report.pdf",
                     *           "page": 3,
                     *           "text": "Travel spend in Q3 was 12,400 EUR, 8% under budget [1].",
                     *           "score": 0.42,
                     *           "highlights": [
                     *             {
                     *               "start": 3,
                     *               "end": 3
                     *             }
                     *           ]
                     *         }
                     *       ],
                     *       "tookMs": 3
                     *     }
                     */
                    "application/json": components["schemas"]["SearchResult"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSearchHistory: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "srh_3k9q2m8x7v6c5b4n1p0z",
                     *           "query": "travel budget Q3",
                     *           "mode": "hybrid",
                     *           "hits": 3,
                     *           "at": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["SearchHistoryEntry"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSearchHistory: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many entries were deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": 3
                     *     }
                     */
                    "application/json": {
                        deleted: number;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTags: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tags */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "tag": "finance",
                     *           "documents": 3
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentTags"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description 1-50 of a-z, 0-9, space, "-" and "_", once trimmed and lower-cased */
                tag: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued; follow it at GET /v1/document-jobs/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "action": "delete",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "failed": 3,
                     *         "total": 3
                     *       },
                     *       "errors": [
                     *         {
                     *           "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "message": "Approve the refund of 120 EUR?"
                     *         }
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "documentIds": [
                     *         "doc_3k9q2m8x7v6c5b4n1p0z"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentJob"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTag: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                /** @description 1-50 of a-z, 0-9, space, "-" and "_", once trimmed and lower-cased */
                tag: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TagRename"];
            };
        };
        responses: {
            /** @description Queued; follow it at GET /v1/document-jobs/{id} */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "job_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "action": "delete",
                     *       "status": "queued",
                     *       "progress": {
                     *         "done": 3,
                     *         "failed": 3,
                     *         "total": 3
                     *       },
                     *       "errors": [
                     *         {
                     *           "documentId": "doc_3k9q2m8x7v6c5b4n1p0z",
                     *           "message": "Approve the refund of 120 EUR?"
                     *         }
                     *       ],
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "documentIds": [
                     *         "doc_3k9q2m8x7v6c5b4n1p0z"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DocumentJob"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToolAnalytics: {
        parameters: {
            query?: {
                /** @description Default: 7 days before `to` */
                from?: string;
                /** @description Exclusive; default now */
                to?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Usage per tool */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "from": "2026-01-15T09:30:00.000Z",
                     *       "to": "2026-01-15T09:30:00.000Z",
                     *       "items": [
                     *         {
                     *           "tool": "get_weather",
                     *           "calls": 3,
                     *           "errors": 3,
                     *           "averageMs": 0.42,
                     *           "p95Ms": 0.42
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        from: string;
                        items: components["schemas"]["ToolUsage"][];
                        to: string;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listToolServers: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "url": "https://hooks.example.com/chatter",
                     *           "transport": "streamable-http",
                     *           "headerNames": [
                     *             "headerName"
                     *           ],
                     *           "enabled": false,
                     *           "disabledTools": [
                     *             "disabledTool"
                     *           ],
                     *           "toolCount": 3,
                     *           "health": {
                     *             "status": "unknown"
                     *           },
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ToolServer"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createToolServer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weather",
                 *       "url": "https://mcp.example.com/mcp",
                 *       "headers": {
                 *         "Authorization": "Bearer mcp-key"
                 *       }
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    /**
                     * @description Sent with every request (e.g. Authorization); at most 20, values up to 4096 bytes; stored encrypted and never shown again
                     * @example {
                     *       "Authorization": "Bearer mcp-key"
                     *     }
                     */
                    headers?: {
                        [key: string]: string;
                    };
                    /** @example Weather */
                    name: string;
                    /**
                     * @description Default streamable-http
                     * @enum {string}
                     */
                    transport?: "streamable-http" | "sse";
                    /**
                     * @description http or https only
                     * @example https://mcp.example.com/mcp
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Registered (unhealthy, with the reason, if unreachable) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "transport": "streamable-http",
                     *       "headerNames": [
                     *         "headerName"
                     *       ],
                     *       "enabled": false,
                     *       "disabledTools": [
                     *         "disabledTool"
                     *       ],
                     *       "toolCount": 3,
                     *       "health": {
                     *         "status": "unknown"
                     *       },
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ToolServer"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToolServer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "transport": "streamable-http",
                     *       "headerNames": [
                     *         "headerName"
                     *       ],
                     *       "enabled": false,
                     *       "disabledTools": [
                     *         "disabledTool"
                     *       ],
                     *       "toolCount": 3,
                     *       "health": {
                     *         "status": "unknown"
                     *       },
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ToolServer"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteToolServer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "toolServer": {
                     *         "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *         "name": "Research team",
                     *         "url": "https://hooks.example.com/chatter",
                     *         "transport": "streamable-http",
                     *         "headerNames": [
                     *           "headerName"
                     *         ],
                     *         "enabled": false,
                     *         "disabledTools": [
                     *           "disabledTool"
                     *         ],
                     *         "toolCount": 3,
                     *         "health": {
                     *           "status": "unknown"
                     *         },
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       },
                     *       "deleted": {
                     *         "tools": 3
                     *       }
                     *     }
                     */
                    "application/json": {
                        deleted: {
                            tools: number;
                        };
                        toolServer: components["schemas"]["ToolServer"];
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateToolServer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Weather",
                 *       "url": "https://mcp.example.com/mcp",
                 *       "headers": {
                 *         "Authorization": "Bearer mcp-key"
                 *       }
                 *     }
                 */
                "application/json": {
                    enabled?: boolean;
                    /**
                     * @description Replaces every header; null or {} removes them
                     * @example {
                     *       "Authorization": "Bearer mcp-key"
                     *     }
                     */
                    headers?: {
                        [key: string]: string;
                    } | null;
                    /** @example Weather */
                    name?: string;
                    /**
                     * @description Default streamable-http
                     * @enum {string}
                     */
                    transport?: "streamable-http" | "sse";
                    /**
                     * @description http or https only
                     * @example https://mcp.example.com/mcp
                     */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description The changed server */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "transport": "streamable-http",
                     *       "headerNames": [
                     *         "headerName"
                     *       ],
                     *       "enabled": false,
                     *       "disabledTools": [
                     *         "disabledTool"
                     *       ],
                     *       "toolCount": 3,
                     *       "health": {
                     *         "status": "unknown"
                     *       },
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ToolServer"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkToolServer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Its health (unhealthy with the reason when unreachable) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "checkedAt": "2026-01-15T09:30:00.000Z",
                     *       "status": "unknown"
                     *     }
                     */
                    "application/json": components["schemas"]["ToolServerHealthCheck"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getToolServerHealth: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "checkedAt": "2026-01-15T09:30:00.000Z",
                     *           "status": "unknown"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["ToolServerHealthCheck"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listToolServerTools: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tools (the last known ones when unreachable) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Research team",
                     *           "modelName": "Claude 3.5 Haiku",
                     *           "description": "Answers finance questions from the quarterly reports.",
                     *           "inputSchema": {},
                     *           "enabled": false
                     *         }
                     *       ],
                     *       "nextCursor": null,
                     *       "health": {
                     *         "status": "unknown"
                     *       }
                     *     }
                     */
                    "application/json": {
                        health: components["schemas"]["ToolServerHealth"] & unknown;
                        items: components["schemas"]["ServerTool"][];
                        nextCursor: null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setToolServerTool: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "enabled": false
                 *     }
                 */
                "application/json": {
                    enabled: boolean;
                };
            };
        };
        responses: {
            /** @description The server */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "tsv_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "transport": "streamable-http",
                     *       "headerNames": [
                     *         "headerName"
                     *       ],
                     *       "enabled": false,
                     *       "disabledTools": [
                     *         "disabledTool"
                     *       ],
                     *       "toolCount": 3,
                     *       "health": {
                     *         "status": "unknown"
                     *       },
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ToolServer"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    callToolServerTool: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                name: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "arguments": {
                 *         "city": "Oslo"
                 *       }
                 *     }
                 */
                "application/json": {
                    /**
                     * @description Checked against the tool's input schema first
                     * @example {
                     *       "city": "Oslo"
                     *     }
                     */
                    arguments?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Its answer; isError when the tool reported a failure */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "content": "What did we spend on travel in Q3?",
                     *       "isError": false,
                     *       "durationMs": 0.42
                     *     }
                     */
                    "application/json": components["schemas"]["ToolCallResult"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The tool server could not be reached (code toolServer.unreachable) */
            502: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *           "url": "https://hooks.example.com/chatter",
                     *           "events": [
                     *             "event"
                     *           ],
                     *           "enabled": false,
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/hooks/chatter",
                 *       "events": [
                 *         "document.ready",
                 *         "workflow.failed"
                 *       ]
                 *     }
                 */
                "application/json": {
                    description?: string;
                    enabled?: boolean;
                    /**
                     * @description Event types sent to it, or ["*"] for all: conversation.created, message.created, message.feedback, document.ready, document.failed, workflow.succeeded, workflow.failed, member.added, key.created, report.ready
                     * @example [
                     *       "document.ready",
                     *       "workflow.failed"
                     *     ]
                     */
                    events: string[];
                    /** @description Generated (whsec_...) when not given; shown only in this answer */
                    secret?: string;
                    /**
                     * @description https in AWS
                     * @example https://example.com/hooks/chatter
                     */
                    url: string;
                };
            };
        };
        responses: {
            /** @description Added */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "events": [
                     *         "event"
                     *       ],
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "secret": "whsec_3q2+7w..."
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "events": [
                     *         "event"
                     *       ],
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "webhook": {
                     *         "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *         "url": "https://hooks.example.com/chatter",
                     *         "events": [
                     *           "event"
                     *         ],
                     *         "enabled": false,
                     *         "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *         "createdAt": "2026-01-15T09:30:00.000Z",
                     *         "updatedAt": "2026-01-15T09:30:00.000Z"
                     *       }
                     *     }
                     */
                    "application/json": {
                        webhook: components["schemas"]["Webhook"];
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://example.com/hooks/chatter",
                 *       "events": [
                 *         "document.ready",
                 *         "workflow.failed"
                 *       ]
                 *     }
                 */
                "application/json": {
                    /** @description null removes it */
                    description?: string | null;
                    enabled?: boolean;
                    /**
                     * @description Event types sent to it, or ["*"] for all: conversation.created, message.created, message.feedback, document.ready, document.failed, workflow.succeeded, workflow.failed, member.added, key.created, report.ready
                     * @example [
                     *       "document.ready",
                     *       "workflow.failed"
                     *     ]
                     */
                    events?: string[];
                    /**
                     * @description https in AWS
                     * @example https://example.com/hooks/chatter
                     */
                    url?: string;
                };
            };
        };
        responses: {
            /** @description The changed endpoint */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "events": [
                     *         "event"
                     *       ],
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Webhook"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "deliveryId": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *           "eventType": "conversation.created",
                     *           "attempt": 3,
                     *           "outcome": "retrying",
                     *           "durationMs": 0.42,
                     *           "at": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["WebhookAttempt"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The delivery */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *       "webhookId": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "eventType": "conversation.created",
                     *       "status": "pending",
                     *       "attempts": 3,
                     *       "payload": {},
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookDelivery: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                deliveryId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued again with the same id and payload */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *       "webhookId": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "eventType": "conversation.created",
                     *       "status": "pending",
                     *       "attempts": 3,
                     *       "payload": {},
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    pingWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Queued: watch the delivery */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "evt_3k9q2m8x7v6c5b4n1p0z",
                     *       "webhookId": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "eventType": "conversation.created",
                     *       "status": "pending",
                     *       "attempts": 3,
                     *       "payload": {},
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDelivery"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The endpoint with its new secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wh_3k9q2m8x7v6c5b4n1p0z",
                     *       "url": "https://hooks.example.com/chatter",
                     *       "events": [
                     *         "event"
                     *       ],
                     *       "enabled": false,
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "secret": "whsec_3q2+7w..."
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookWithSecret"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflows: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "version": 3,
                     *           "definition": {},
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "updatedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Workflow"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "definition": {
                 *         "name": "Summarize",
                 *         "nodes": [
                 *           {
                 *             "id": "summary",
                 *             "type": "llm",
                 *             "config": {
                 *               "prompt": "Summarise {{ $.input.text }}"
                 *             }
                 *           }
                 *         ],
                 *         "edges": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["NewWorkflow"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "version": 3,
                     *       "definition": {},
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The workflow */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "version": 3,
                     *       "definition": {},
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "deleted": {
                     *         "workflowId": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *         "versions": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowDeleted"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "definition": {
                 *         "name": "Summarize",
                 *         "nodes": [
                 *           {
                 *             "id": "summary",
                 *             "type": "llm",
                 *             "config": {
                 *               "prompt": "Summarise {{ $.input.text }}"
                 *             }
                 *           }
                 *         ],
                 *         "edges": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WorkflowPatch"];
            };
        };
        responses: {
            /** @description The workflow at its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "version": 3,
                     *       "definition": {},
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workflow"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExecutionsOfWorkflow: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                status?: "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "workflowName": "Refund approval",
                     *           "status": "RUNNING",
                     *           "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "trigger": {
                     *             "type": "api"
                     *           },
                     *           "startedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["WorkflowExecution"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startWorkflowExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "input": {
                 *         "question": "How long do refunds take?"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["StartWorkflowExecution"];
            };
        };
        responses: {
            /** @description Started; poll GET /v1/workflows/executions/{id} (Location) */
            202: {
                headers: {
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workflowName": "Refund approval",
                     *       "status": "RUNNING",
                     *       "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "trigger": {
                     *         "type": "api"
                     *       },
                     *       "startedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowExecution"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the size limit; the detail gives it */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service behind the API did not answer; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflowVersions: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "workflowId": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "version": 3,
                     *           "name": "Research team",
                     *           "definition": {},
                     *           "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "createdAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["WorkflowVersion"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowVersion: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workflowId": "wfl_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "version": 3,
                     *       "name": "Research team",
                     *       "definition": {},
                     *       "createdBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "createdAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowVersion"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflowExecutions: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
                status?: "RUNNING" | "SUCCEEDED" | "FAILED" | "ABORTED";
                workflowId?: string;
            };
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "workflowName": "Refund approval",
                     *           "status": "RUNNING",
                     *           "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "trigger": {
                     *             "type": "api"
                     *           },
                     *           "startedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["WorkflowExecution"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkflowExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                executionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workflowName": "Refund approval",
                     *       "status": "RUNNING",
                     *       "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "trigger": {
                     *         "type": "api"
                     *       },
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "nodes": [
                     *         {
                     *           "id": "wnr_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "nodeType": "llm",
                     *           "status": "succeeded",
                     *           "startedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "approvals": [
                     *         {
                     *           "id": "wfa_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "message": "Approve the refund of 120 EUR?",
                     *           "status": "pending",
                     *           "requestedAt": "2026-01-15T09:30:00.000Z",
                     *           "expiresAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "tokens": {
                     *         "input": 3,
                     *         "output": 3,
                     *         "total": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowExecutionDetails"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveWorkflowExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                executionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["WorkflowApprovalDecision"];
            };
        };
        responses: {
            /** @description The execution, going on */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workflowName": "Refund approval",
                     *       "status": "RUNNING",
                     *       "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "trigger": {
                     *         "type": "api"
                     *       },
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "nodes": [
                     *         {
                     *           "id": "wnr_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "nodeType": "llm",
                     *           "status": "succeeded",
                     *           "startedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "approvals": [
                     *         {
                     *           "id": "wfa_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "message": "Approve the refund of 120 EUR?",
                     *           "status": "pending",
                     *           "requestedAt": "2026-01-15T09:30:00.000Z",
                     *           "expiresAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "tokens": {
                     *         "input": 3,
                     *         "output": 3,
                     *         "total": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowExecutionDetails"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelWorkflowExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                executionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The execution, ABORTED */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workflowName": "Refund approval",
                     *       "status": "RUNNING",
                     *       "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "trigger": {
                     *         "type": "api"
                     *       },
                     *       "startedAt": "2026-01-15T09:30:00.000Z",
                     *       "nodes": [
                     *         {
                     *           "id": "wnr_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "nodeType": "llm",
                     *           "status": "succeeded",
                     *           "startedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "approvals": [
                     *         {
                     *           "id": "wfa_3k9q2m8x7v6c5b4n1p0z",
                     *           "nodeId": "summarize",
                     *           "message": "Approve the refund of 120 EUR?",
                     *           "status": "pending",
                     *           "requestedAt": "2026-01-15T09:30:00.000Z",
                     *           "expiresAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "tokens": {
                     *         "input": 3,
                     *         "output": 3,
                     *         "total": 3
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowExecutionDetails"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkflowTemplates: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every template */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "summarize-document",
                     *           "name": "Research team",
                     *           "description": "Answers finance questions from the quarterly reports.",
                     *           "inputSchema": {},
                     *           "nodes": [
                     *             {}
                     *           ],
                     *           "edges": [
                     *             {
                     *               "from": "2026-01-15T09:30:00.000Z",
                     *               "to": "2026-01-15T09:30:00.000Z"
                     *             }
                     *           ]
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["WorkflowTemplate"][];
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTemplateExecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StartTemplateExecution"];
            };
        };
        responses: {
            /** @description Started; poll GET /v1/workflows/executions/{id} (Location) */
            202: {
                headers: {
                    Location: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "wfx_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workflowName": "Refund approval",
                     *       "status": "RUNNING",
                     *       "startedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "trigger": {
                     *         "type": "api"
                     *       },
                     *       "startedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowExecution"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the size limit; the detail gives it */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A service behind the API did not answer; try again */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    validateWorkflow: {
        parameters: {
            query?: never;
            header?: {
                /** @description The workspace; without it, the caller's personal workspace (a key's own). */
                "x-workspace-id"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "definition": {
                 *         "name": "Summarize",
                 *         "nodes": [
                 *           {
                 *             "id": "summary",
                 *             "type": "llm",
                 *             "config": {
                 *               "prompt": "Summarise {{ $.input.text }}"
                 *             }
                 *           }
                 *         ],
                 *         "edges": []
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["WorkflowValidation"];
            };
        };
        responses: {
            /** @description Valid */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "valid": true
                     *     }
                     */
                    "application/json": components["schemas"]["WorkflowValid"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The definition is over the size limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaces: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "name": "Research team",
                     *           "role": "owner",
                     *           "joinedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["MyWorkspace"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspace: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Research team"
                 *     }
                 */
                "application/json": {
                    /** @example Research team */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "personal": false,
                     *       "ownerId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "role": "owner",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspace: {
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
            /** @description The workspace */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "personal": false,
                     *       "ownerId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "role": "owner",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspace: {
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
            /** @description Deleted; the counts of what went with it */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "members": 3,
                     *       "invitations": 3,
                     *       "apiKeys": 3
                     *     }
                     */
                    "application/json": components["schemas"]["WorkspaceDeletion"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspace: {
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
                /**
                 * @example {
                 *       "name": "Research team"
                 *     }
                 */
                "application/json": {
                    /** @example Research team */
                    name: string;
                };
            };
        };
        responses: {
            /** @description Renamed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "name": "Research team",
                     *       "personal": false,
                     *       "ownerId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "role": "owner",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Workspace"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceInvitations: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "id": "inv_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *           "workspaceName": "Research team",
                     *           "email": "ada@example.com",
                     *           "role": "admin",
                     *           "invitedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "status": "pending",
                     *           "createdAt": "2026-01-15T09:30:00.000Z",
                     *           "expiresAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Invitation"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWorkspaceInvitation: {
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
                /**
                 * @example {
                 *       "email": "ada@example.com",
                 *       "role": "admin"
                 *     }
                 */
                "application/json": {
                    /**
                     * Format: email
                     * @example ada@example.com
                     */
                    email: string;
                    /** @enum {string} */
                    role: "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description Invited */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "inv_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "workspaceName": "Research team",
                     *       "email": "ada@example.com",
                     *       "role": "admin",
                     *       "invitedBy": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "status": "pending",
                     *       "createdAt": "2026-01-15T09:30:00.000Z",
                     *       "expiresAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Invitation"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspaceInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                invitationId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWorkspaceMembers: {
        parameters: {
            query?: {
                /** @description The previous page's nextCursor */
                cursor?: string;
                /** @description 1-100, default 20 */
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *           "email": "ada@example.com",
                     *           "role": "owner",
                     *           "joinedAt": "2026-01-15T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": "eyJrIjoiY252XzNrOXEyIn0"
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["Member"][];
                        nextCursor: string | null;
                    };
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWorkspaceMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWorkspaceMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "role": "admin"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    role: "admin" | "member" | "viewer";
                };
            };
        };
        responses: {
            /** @description The membership with its new role */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "userId": "usr_3k9q2m8x7v6c5b4n1p0z",
                     *       "email": "ada@example.com",
                     *       "role": "owner",
                     *       "joinedAt": "2026-01-15T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Member"];
                };
            };
            /** @description Malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the current state; the detail says how */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWorkspaceRetention: {
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
            /** @description The policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "conversationsDays": 0.42,
                     *       "documentsDays": 0.42,
                     *       "auditDays": 0.42,
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedBy": "usr_3k9q2m8x7v6c5b4n1p0z"
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setWorkspaceRetention: {
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
                /** @example {} */
                "application/json": components["schemas"]["RetentionInput"];
            };
        };
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "conversationsDays": 0.42,
                     *       "documentsDays": 0.42,
                     *       "auditDays": 0.42,
                     *       "updatedAt": "2026-01-15T09:30:00.000Z",
                     *       "updatedBy": "usr_3k9q2m8x7v6c5b4n1p0z"
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid fields, each listed by path */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runWorkspaceRetention: {
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
            /** @description What was purged (the daily job finishes what is left) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "workspaceId": "ws_3k9q2m8x7v6c5b4n1p0z",
                     *       "conversations": 0.42,
                     *       "messages": 0.42,
                     *       "documents": 0.42,
                     *       "auditEvents": 0.42,
                     *       "complete": false
                     *     }
                     */
                    "application/json": components["schemas"]["RetentionPurgeSummary"];
                };
            };
            /** @description No or bad credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed: the detail names the missing permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such resource in a workspace the caller belongs to (also for other workspaces’ ids) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many requests from this caller; retry after the given seconds */
            429: {
                headers: {
                    /** @description Seconds to wait */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
