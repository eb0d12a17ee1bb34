// Generated from the API's OpenAPI document by `npm run api:client`. Do not edit by hand.

export type paths = {
  '/api/audit-events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The audit trail, newest first, filterable */
    get: operations['listAuditEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit-events/chain': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Checks the audit trail's hash chain: ok, or the first row whose link does not hold, and the head to anchor */
    get: operations['verifyAuditChain'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign in with email and password; sets the session cookie */
    post: operations['login'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/reset-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Redeem a one-time reset code: set a new password, then sign in with it
     * @description A wrong, expired or spent code answers 400 naming `code` and counts as a failed sign-in for throttling.
     */
    post: operations['redeemResetCode'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Sign out: ends the session on the server and clears the cookie */
    post: operations['logout'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The signed-in user, their role and permissions */
    get: operations['me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brokers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List brokers (paginated, sortable, filterable) */
    get: operations['listBrokers'];
    put?: never;
    /** Record a broker */
    post: operations['createBroker'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/brokers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a broker */
    get: operations['getBroker'];
    put?: never;
    post?: never;
    /** Archive a broker (soft, audited, reversible by a supervisor) */
    delete: operations['archiveBroker'];
    options?: never;
    head?: never;
    /** Change a broker (send the version you read) */
    patch: operations['updateBroker'];
    trace?: never;
  };
  '/api/brokers/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived broker */
    post: operations['restoreBroker'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compounds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List compounds (paginated, sortable, filterable) */
    get: operations['listCompounds'];
    put?: never;
    /** Record a compound */
    post: operations['createCompound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/compounds/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a compound */
    get: operations['getCompound'];
    put?: never;
    post?: never;
    /** Archive a compound (soft, audited, reversible by a supervisor) */
    delete: operations['archiveCompound'];
    options?: never;
    head?: never;
    /** Change a compound (send the version you read) */
    patch: operations['updateCompound'];
    trace?: never;
  };
  '/api/compounds/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived compound */
    post: operations['restoreCompound'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/neighbourhood': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The network around one or more records, up to 3 hops, capped (default 500 nodes)
     * @description Filters: record kinds, link types, confidence grades, a date window. `truncated` says the cap stopped the expansion; `frontier` lists records with neighbours not shown. Also answered at /graph/neighborhood, the former spelling.
     */
    get: operations['getNeighbourhood'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/neighborhood': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The former spelling of /graph/neighbourhood (kept for existing clients) */
    get: operations['getNeighborhood'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/path': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * The shortest paths (up to 6 hops; several when they tie) between two records, with the links’ evidence
     * @description Stops within 2 seconds and says so (`reason`) when nothing is found.
     */
    get: operations['getPath'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/key-players': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Degree and betweenness centrality in a neighbourhood: who holds the network together */
    get: operations['getKeyPlayers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/village-flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** For a province, district or commune: which villages lose people, through which brokers, to which compounds and countries */
    get: operations['getVillageFlows'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/views': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List your saved graph views, newest first (without canvases) */
    get: operations['listGraphViews'];
    put?: never;
    /** Save the canvas as a named view (409 when you already have a view of this name) */
    post: operations['createGraphView'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/graph/views/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one of your saved graph views with its canvas */
    get: operations['getGraphView'];
    put?: never;
    post?: never;
    /** Delete a saved view (a soft, audited archive) */
    delete: operations['archiveGraphView'];
    options?: never;
    head?: never;
    /** Rename a view or overwrite its canvas (send the version you read) */
    patch: operations['updateGraphView'];
    trace?: never;
  };
  '/api/health': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Readiness and database status; 503 while the database is unreachable (down) or every connection is in use (busy) */
    get: operations['getHealth'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/identifiers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find identifiers by value, written any way, with the records holding them */
    get: operations['searchIdentifiers'];
    put?: never;
    /** Attach an identifier to a broker, victim or compound; the same value on another record is matched to it. A victim holder needs victim_identity:write (403 otherwise). */
    post: operations['attachIdentifier'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/identifiers/shared': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A record's identifiers, each with the other records sharing it */
    get: operations['listSharedIdentifiers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/identifiers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an identifier with the records holding it */
    get: operations['getIdentifier'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/identifiers/{id}/holders/{holderKind}/{holderId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    /** Detach an identifier from a record (soft, audited). A victim holder needs victim_identity:write (403 otherwise). */
    delete: operations['detachIdentifier'];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/links': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List links, e.g. those from or to one record (paginated, filterable) */
    get: operations['listLinks'];
    put?: never;
    /** Record a link between two records, with its evidence and source */
    post: operations['createLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/links/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a link */
    get: operations['getLink'];
    put?: never;
    post?: never;
    /** Archive a link (soft, audited, reversible by a supervisor) */
    delete: operations['archiveLink'];
    options?: never;
    head?: never;
    /** Change a link (send the version you read) */
    patch: operations['updateLink'];
    trace?: never;
  };
  '/api/links/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived link */
    post: operations['restoreLink'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/places': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Find places: the Cambodian gazetteer and foreign places, in Khmer or Latin script */
    get: operations['listPlaces'];
    put?: never;
    /** Add a foreign place: a country, city, border crossing or airport */
    post: operations['createPlace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/places/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a place */
    get: operations['getPlace'];
    put?: never;
    post?: never;
    /** Archive a place (reversible by a supervisor) */
    delete: operations['archivePlace'];
    options?: never;
    head?: never;
    /** Correct a place (send the version you read) */
    patch: operations['updatePlace'];
    trace?: never;
  };
  '/api/places/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived place */
    post: operations['restorePlace'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/gazetteer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The gazetteer's version (file, date, hash) and its units per level */
    get: operations['getGazetteer'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/gazetteer/preview': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * What importing a newer gazetteer file would change (nothing is written)
     * @description Counts and first samples of the units the file adds, renames and no longer lists. Apply it with the sha256 answered here.
     */
    post: operations['previewGazetteer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/gazetteer/apply': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Import the gazetteer file previewed, in one audited transaction
     * @description Adds and renames units by official code and archives those the file no longer lists. A sha256 that is not the file’s answers 400.
     */
    post: operations['applyGazetteer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List recruitment routes (paginated, sortable, filterable) */
    get: operations['listRoutes'];
    put?: never;
    /** Record a recruitment route with its legs */
    post: operations['createRoute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/routes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a route with its legs in order */
    get: operations['getRoute'];
    put?: never;
    post?: never;
    /** Archive a route (soft, audited, reversible by a supervisor) */
    delete: operations['archiveRoute'];
    options?: never;
    head?: never;
    /** Change a route; `legs`, when given, replaces the ordered list (send the version you read) */
    patch: operations['updateRoute'];
    trace?: never;
  };
  '/api/routes/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived route */
    post: operations['restoreRoute'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/search': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search brokers, victims (by code; by name only for those allowed), compounds, places, routes and identifiers
     * @description Results are limited to the kinds of record the caller may read.
     */
    get: operations['search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List user accounts (paginated, sortable, filterable) */
    get: operations['listUsers'];
    put?: never;
    /**
     * Create a user account with a one-time code for the user to set a password (409 when the email exists)
     * @description An account with a role that reads identities stays disabled until a second person approves its role grant.
     */
    post: operations['createUser'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/users/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get one user account */
    get: operations['getUser'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /**
     * Change a user: name, role, disabled (send the version you read)
     * @description A role that reads identities, or enabling an account that holds one, waits for a second person: the answer keeps the current role and access, and a role grant is pending.
     */
    patch: operations['updateUser'];
    trace?: never;
  };
  '/api/users/{id}/reset-code': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Reset a password: the old one stops working, sessions end, and a one-time code is issued (shown once)
     * @description The code expires in 24 hours and works once. An account with a role that reads identities is disabled until a second person approves.
     */
    post: operations['resetUserPassword'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/role-grants': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Role grants awaiting a second person (two-person rule), oldest first */
    get: operations['listPendingRoleGrants'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/role-grants/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Approve a role grant: the account gets the role and is enabled
     * @description The requester and the account itself may not decide (403, audited). Another admin decides; a supervisor only while there is one active admin.
     */
    post: operations['approveRoleGrant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/role-grants/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Decline a role grant: the account keeps its role and access as they are
     * @description The requester and the account itself may not decide (403, audited). Another admin decides; a supervisor only while there is one active admin.
     */
    post: operations['declineRoleGrant'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/victims/{id}/identity': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Read a victim's identity (need-to-know only; every read is audited)
     * @description No identity, no such victim, or no need-to-know: the same 404 for all three.
     */
    get: operations['getVictimIdentity'];
    /**
     * Record or change a victim's identity (fields left out stay; null clears; send the version when one exists)
     * @description A stale version, or none while an identity exists, answers 409 with it.
     */
    put: operations['putVictimIdentity'];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/victims': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** List victims by their pseudonymous code (paginated, sortable, filterable) */
    get: operations['listVictims'];
    put?: never;
    /** Record a victim (the code is assigned) */
    post: operations['createVictim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/victims/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the pseudonymous record of a victim */
    get: operations['getVictim'];
    put?: never;
    post?: never;
    /** Archive a victim record (soft, audited, reversible by a supervisor) */
    delete: operations['archiveVictim'];
    options?: never;
    head?: never;
    /** Change a victim record (send the version you read) */
    patch: operations['updateVictim'];
    trace?: never;
  };
  '/api/victims/{id}/restore': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Restore an archived victim record */
    post: operations['restoreVictim'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    ErrorBodyDto: {
      /** @example 404 */
      statusCode: number;
      /** @example Not Found */
      error: string;
      /** @example No broker with this id. */
      message: string;
    };
    FieldProblemsDto: {
      /**
       * @description The input field, as the request names it
       * @example homePlaceId
       */
      field: string;
      /**
       * @example [
       *       "no such place"
       *     ]
       */
      problems: string[];
    };
    ValidationErrorBodyDto: {
      /** @example 400 */
      statusCode: number;
      /** @example Bad Request */
      error: string;
      /** @example homePlaceId: no such place */
      message: string;
      fields?: components['schemas']['FieldProblemsDto'][];
    };
    /** @enum {string} */
    AuditAction:
      | 'login'
      | 'login_failed'
      | 'login_rate_limited'
      | 'logout'
      | 'access_denied'
      | 'create'
      | 'update'
      | 'archive'
      | 'restore'
      | 'read_sensitive'
      | 'export'
      | 'assign'
      | 'request_role'
      | 'approve_role'
      | 'decline_role'
      | 'issue_reset_code'
      | 'redeem_reset_code';
    /** @enum {string} */
    AuditOutcome: 'success' | 'denied' | 'failure';
    /** @enum {string} */
    Role: 'investigator' | 'supervisor' | 'victim_support' | 'intake_officer' | 'admin' | 'auditor';
    AuditEventResponseDto: {
      /** @description Sequential id (bigint as a string) */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** Format: uuid */
      actorUserId: string | null;
      actorEmail: string | null;
      actorRole: components['schemas']['Role'] | null;
      action: components['schemas']['AuditAction'];
      resourceType: string | null;
      resourceIds: string[];
      /** @description Kinds of sensitive field read, never their values */
      fieldGroups: string[];
      outcome: components['schemas']['AuditOutcome'];
      /** @description Why a refusal or failure happened (not_signed_in, missing_permission, …) */
      reason: string | null;
      clientIp: string | null;
      userAgent: string | null;
      requestId: string | null;
      details: {
        [key: string]: unknown;
      };
    };
    AuditEventPageResponseDto: {
      items: components['schemas']['AuditEventResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    AuditChainHeadDto: {
      /** @description The audit event id (bigint as a string) */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description Its place in the chain (bigint as a string) */
      chainNo: string;
      /** @description SHA-256 of the newest row, hex: record it elsewhere to anchor the chain */
      hash: string;
    };
    /**
     * @description missing_before: rows before it were removed; previous_hash_differs: the row before it was changed and rehashed; content_changed: this row was changed
     * @enum {string}
     */
    AuditChainProblem: 'missing_before' | 'previous_hash_differs' | 'content_changed';
    AuditChainBreakDto: {
      /** @description The audit event id (bigint as a string) */
      id: string;
      /** Format: date-time */
      occurredAt: string;
      /** @description Its place in the chain (bigint as a string) */
      chainNo: string;
      /** @description missing_before: rows before it were removed; previous_hash_differs: the row before it was changed and rehashed; content_changed: this row was changed */
      problem: components['schemas']['AuditChainProblem'];
    };
    AuditChainResponseDto: {
      /** @enum {string} */
      status: 'ok' | 'broken';
      /** Format: date-time */
      checkedAt: string;
      /** @description Audit rows checked */
      checked: number;
      head: components['schemas']['AuditChainHeadDto'] | null;
      /** @description The first row whose link does not hold */
      brokenAt: components['schemas']['AuditChainBreakDto'] | null;
    };
    LoginDto: {
      /** @example investigator@demo.local */
      email: string;
      /**
       * Format: password
       * @example khsae-demo-2026
       */
      password: string;
    };
    /** @enum {string} */
    Permission:
      | 'dashboard:view'
      | 'cases:read'
      | 'cases:manage'
      | 'graph:read'
      | 'brokers:read'
      | 'brokers:write'
      | 'victims:read'
      | 'victims:write'
      | 'victim_identity:read'
      | 'victim_identity:write'
      | 'compounds:read'
      | 'compounds:write'
      | 'routes:read'
      | 'routes:write'
      | 'tips:read'
      | 'tips:triage'
      | 'screenings:read'
      | 'repatriations:read'
      | 'repatriations:write'
      | 'places:read'
      | 'places:write'
      | 'identifiers:read'
      | 'identifiers:write'
      | 'links:read'
      | 'links:write'
      | 'records:restore'
      | 'reference_data:manage'
      | 'users:manage'
      | 'role_grants:decide'
      | 'audit:read';
    CurrentUserResponseDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      role: components['schemas']['Role'];
      permissions: components['schemas']['Permission'][];
      /** @description True when the server runs on synthetic demo data */
      demoMode: boolean;
    };
    RedeemResetCodeDto: {
      /** @example sokha.investigator@police.example */
      email: string;
      /** @example K7QM-2XHD-9RWT */
      code: string;
      /** Format: password */
      newPassword: string;
    };
    /** @enum {string} */
    BrokerRole:
      | 'local_recruiter'
      | 'transporter'
      | 'foreign_agent'
      | 'compound_manager'
      | 'financier'
      | 'other';
    /** @enum {string} */
    LegalStatus: 'unknown' | 'at_large' | 'arrested' | 'charged' | 'convicted';
    /** @enum {string} */
    Sex: 'female' | 'male' | 'other' | 'unknown';
    /** @enum {string} */
    PlaceKind:
      | 'country'
      | 'province'
      | 'district'
      | 'commune'
      | 'village'
      | 'city'
      | 'border_crossing'
      | 'airport'
      | 'other';
    PlaceSummaryDto: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['PlaceKind'];
      code: string | null;
      nameKm: string | null;
      nameLatin: string;
      /** @example Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey */
      pathLatin: string;
      pathKm: string | null;
      /** @example KH */
      countryCode: string;
    };
    BrokerResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** @example B-0042 */
      refCode: string;
      nameKm: string | null;
      nameLatin: string | null;
      aliases: string[];
      sex: components['schemas']['Sex'];
      birthYear: number | null;
      nationality: string | null;
      homePlace: components['schemas']['PlaceSummaryDto'] | null;
      role: components['schemas']['BrokerRole'];
      legalStatus: components['schemas']['LegalStatus'];
      notes: string | null;
    };
    BrokerPageResponseDto: {
      items: components['schemas']['BrokerResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    CreateBrokerDto: {
      /** @example សុខ សុខា */
      nameKm?: string | null;
      /** @example Sok Sokha */
      nameLatin?: string | null;
      /**
       * @example [
       *       "Ma Sokha",
       *       "Bong Kha"
       *     ]
       */
      aliases?: string[];
      sex?: components['schemas']['Sex'];
      birthYear?: number | null;
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      nationality?: string | null;
      /**
       * Format: uuid
       * @description Home village (a place id)
       */
      homePlaceId?: string | null;
      role: components['schemas']['BrokerRole'];
      legalStatus?: components['schemas']['LegalStatus'];
      notes?: string | null;
    };
    UpdateBrokerDto: {
      /** @example សុខ សុខា */
      nameKm?: string | null;
      /** @example Sok Sokha */
      nameLatin?: string | null;
      /**
       * @example [
       *       "Ma Sokha",
       *       "Bong Kha"
       *     ]
       */
      aliases?: string[];
      sex?: components['schemas']['Sex'];
      birthYear?: number | null;
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      nationality?: string | null;
      /**
       * Format: uuid
       * @description Home village (a place id)
       */
      homePlaceId?: string | null;
      role?: components['schemas']['BrokerRole'];
      legalStatus?: components['schemas']['LegalStatus'];
      notes?: string | null;
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    /** @enum {string} */
    CompoundStatus: 'suspected' | 'active' | 'raided' | 'closed' | 'relocated';
    /** @enum {string} */
    ScamType:
      | 'pig_butchering'
      | 'crypto_investment'
      | 'phishing'
      | 'impersonation'
      | 'online_gambling'
      | 'other';
    /** @enum {string} */
    CompoundIndicator:
      'guarded_gates' | 'tinted_windows' | 'barbed_wire' | 'high_walls' | 'cctv' | 'dormitories';
    CompoundResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** @example C-0007 */
      refCode: string;
      /** @example Jin Bei */
      name: string;
      aliases: string[];
      /** @example KH */
      countryCode: string;
      place: components['schemas']['PlaceSummaryDto'] | null;
      address: string | null;
      lat: number | null;
      lng: number | null;
      /** @description Operator or front company */
      operator: string | null;
      scamTypes: components['schemas']['ScamType'][];
      status: components['schemas']['CompoundStatus'];
      indicators: components['schemas']['CompoundIndicator'][];
      notes: string | null;
    };
    CompoundPageResponseDto: {
      items: components['schemas']['CompoundResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    CreateCompoundDto: {
      /** @example Jin Bei 4 */
      name: string;
      /**
       * @example [
       *       "ជីនបី",
       *       "Golden Fortune"
       *     ]
       */
      aliases?: string[] | null;
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      countryCode: string;
      /**
       * Format: uuid
       * @description The city or village it is in
       */
      placeId?: string | null;
      address?: string | null;
      lat?: number | null;
      lng?: number | null;
      /** @description Operator or front company */
      operator?: string | null;
      scamTypes?: components['schemas']['ScamType'][] | null;
      status?: components['schemas']['CompoundStatus'];
      indicators?: components['schemas']['CompoundIndicator'][] | null;
      notes?: string | null;
    };
    UpdateCompoundDto: {
      /** @example Jin Bei 4 */
      name?: string;
      /**
       * @example [
       *       "ជីនបី",
       *       "Golden Fortune"
       *     ]
       */
      aliases?: string[] | null;
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      countryCode?: string;
      /**
       * Format: uuid
       * @description The city or village it is in
       */
      placeId?: string | null;
      address?: string | null;
      lat?: number | null;
      lng?: number | null;
      /** @description Operator or front company */
      operator?: string | null;
      scamTypes?: components['schemas']['ScamType'][] | null;
      status?: components['schemas']['CompoundStatus'];
      indicators?: components['schemas']['CompoundIndicator'][] | null;
      notes?: string | null;
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    /** @enum {string} */
    RecordKind: 'broker' | 'victim' | 'compound' | 'place' | 'route';
    /** @enum {string} */
    LinkType:
      | 'recruited'
      | 'transported'
      | 'paid'
      | 'works_for'
      | 'held_at'
      | 'operates'
      | 'associate_of'
      | 'family_of'
      | 'travelled_route'
      | 'shares_identifier'
      | 'located_in';
    /** @enum {string} */
    ConfidenceGrade: 'confirmed' | 'probable' | 'possible' | 'unverified';
    GraphNodeDto: {
      /** @example broker:9f1c2a4e-0b1d-4c7e-9a55-3d2f1e6b7c80 */
      key: string;
      kind: components['schemas']['RecordKind'];
      /** Format: uuid */
      id: string;
      label: string;
      sublabel: string | null;
      /** @description A broker's role, a victim's or compound's status, a place's kind */
      category: string | null;
      /** @description Hops from the nearest seed */
      depth: number;
    };
    /** @enum {string} */
    LinkSource: 'case' | 'tip' | 'interview' | 'screening' | 'raid';
    GraphEdgeDto: {
      /**
       * Format: uuid
       * @description The link
       */
      id: string;
      /** @description Node key */
      source: string;
      /** @description Node key */
      target: string;
      type: components['schemas']['LinkType'];
      confidence: components['schemas']['ConfidenceGrade'];
      sourceKind: components['schemas']['LinkSource'];
      /** Format: date */
      startedOn: string | null;
      /** Format: date */
      endedOn: string | null;
      evidence: string | null;
    };
    GraphFrontierDto: {
      key: string;
      /** @description Neighbours not shown */
      hidden: number;
    };
    GraphResultDto: {
      nodes: components['schemas']['GraphNodeDto'][];
      edges: components['schemas']['GraphEdgeDto'][];
      /** @description True when the node cap stopped the expansion */
      truncated: boolean;
      frontier: components['schemas']['GraphFrontierDto'][];
    };
    GraphPathResultDto: {
      nodes: components['schemas']['GraphNodeDto'][];
      edges: components['schemas']['GraphEdgeDto'][];
      /** @description True when the node cap stopped the expansion */
      truncated: boolean;
      frontier: components['schemas']['GraphFrontierDto'][];
      found: boolean;
      /** @description Each shortest path as node keys (several when they tie, at most 20) */
      paths: string[][];
      hops: number | null;
      /** @enum {string} */
      reason: 'found' | 'no_path_within_limit' | 'timeout';
    };
    KeyPlayerDto: {
      key: string;
      label: string;
      kind: components['schemas']['RecordKind'];
      degree: number;
      betweenness: number;
    };
    KeyPlayersResultDto: {
      graph: components['schemas']['GraphResultDto'];
      /** @description Sorted by betweenness */
      players: components['schemas']['KeyPlayerDto'][];
    };
    FlowAreaDto: {
      /** Format: uuid */
      id: string;
      label: string;
    };
    FlowCountDto: {
      /** Format: uuid */
      id: string;
      label: string;
      victims: number;
    };
    FlowBrokerDto: {
      /** Format: uuid */
      id: string;
      label: string;
      victims: number;
      /**
       * @description The broker's code: tells apart two brokers of one name
       * @example B-0042
       */
      code: string | null;
    };
    FlowDestinationDto: {
      key: string;
      label: string;
      country: string;
      victims: number;
    };
    FlowLinkDto: {
      from: string;
      to: string;
      victims: number;
    };
    VillageFlowDto: {
      area: components['schemas']['FlowAreaDto'];
      villages: components['schemas']['FlowCountDto'][];
      brokers: components['schemas']['FlowBrokerDto'][];
      destinations: components['schemas']['FlowDestinationDto'][];
      /** @description Sankey links: village → broker → compound, and compound → country */
      flows: components['schemas']['FlowLinkDto'][];
      totalVictims: number;
    };
    GraphViewSummaryDto: {
      /** Format: uuid */
      id: string;
      /** @example Poipet network, March */
      name: string;
      /** @description How many records the canvas holds */
      nodeCount: number;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      archivedAt: string | null;
    };
    GraphViewPageResponseDto: {
      items: components['schemas']['GraphViewSummaryDto'][];
      page: number;
      pageSize: number;
      total: number;
    };
    GraphViewResponseDto: {
      /** Format: uuid */
      id: string;
      /** @example Poipet network, March */
      name: string;
      /** @description How many records the canvas holds */
      nodeCount: number;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: date-time */
      archivedAt: string | null;
      /** @description The workbench canvas: { version: 1, layout, state: { nodes, edges, … }, positions }; at most 5,000 records and 2 MB as JSON */
      canvas: {
        [key: string]: unknown;
      };
    };
    CreateGraphViewDto: {
      /** @example Poipet network, March */
      name: string;
      /** @description The workbench canvas: { version: 1, layout, state: { nodes, edges, … }, positions }; at most 5,000 records and 2 MB as JSON */
      canvas: {
        [key: string]: unknown;
      };
    };
    UpdateGraphViewDto: {
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
      name?: string;
      /** @description The workbench canvas: { version: 1, layout, state: { nodes, edges, … }, positions }; at most 5,000 records and 2 MB as JSON */
      canvas?: {
        [key: string]: unknown;
      };
    };
    PoolHealthDto: {
      /** @description Connections open */
      size: number;
      /** @description The most connections the pool opens */
      max: number;
      /** @description Open connections not in use */
      idle: number;
      /** @description Requests waiting for a connection */
      waiting: number;
    };
    DatabaseHealthDto: {
      /**
       * @description busy: every connection is in use and the probe waited in vain (PostgreSQL may be fine)
       * @enum {string}
       */
      status: 'up' | 'busy' | 'down';
      /** @enum {string} */
      mode: 'embedded' | 'server';
      pool: components['schemas']['PoolHealthDto'];
    };
    HealthResponseDto: {
      /** @enum {string} */
      status: 'ok' | 'busy' | 'unavailable';
      database: components['schemas']['DatabaseHealthDto'];
      /** @example 0.1.0 */
      version: string;
      demoMode: boolean;
    };
    /** @enum {string} */
    IdentifierKind:
      | 'phone'
      | 'telegram'
      | 'whatsapp'
      | 'facebook'
      | 'line'
      | 'wechat'
      | 'email'
      | 'bank_account'
      | 'crypto_wallet'
      | 'passport'
      | 'national_id'
      | 'other';
    RecordRefDto: {
      kind: components['schemas']['RecordKind'];
      /** Format: uuid */
      id: string;
      /** @example Sok Sokha */
      label: string;
      /** @example B-0042 · សុខ សុខា */
      sublabel: string | null;
    };
    IdentifierResponseDto: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['IdentifierKind'];
      /**
       * @description Normalised: E.164 for phones, lower-case without @ for handles
       * @example +85512345678
       */
      value: string;
      /** @example +855 12 345 678 */
      display: string;
      /** @description Records holding it now that the caller may see; a victim only by its code, and only to those who may read the victim's identity */
      holders: components['schemas']['RecordRefDto'][];
      /**
       * Format: date-time
       * @description When it was recorded; when holders are hidden from the caller, when the first one shown was attached
       */
      createdAt: string;
    };
    /** @enum {string} */
    IdentifierHolderKind: 'broker' | 'victim' | 'compound';
    IdentifierBriefDto: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['IdentifierKind'];
      /**
       * @description Normalised: E.164 for phones, lower-case without @ for handles
       * @example +85512345678
       */
      value: string;
      /** @example +855 12 345 678 */
      display: string;
    };
    SharedIdentifierDto: {
      identifier: components['schemas']['IdentifierBriefDto'];
      /** @description The other records holding it */
      others: components['schemas']['RecordRefDto'][];
    };
    AttachIdentifierDto: {
      kind: components['schemas']['IdentifierKind'];
      /**
       * @description As written; it is normalised (Cambodian phone numbers may omit +855)
       * @example 012 345 678
       */
      value: string;
      holderKind: components['schemas']['IdentifierHolderKind'];
      /** Format: uuid */
      holderId: string;
    };
    LinkResponseDto: {
      /** Format: uuid */
      id: string;
      from: components['schemas']['RecordRefDto'];
      to: components['schemas']['RecordRefDto'];
      type: components['schemas']['LinkType'];
      /** Format: date */
      startedOn: string | null;
      /** Format: date */
      endedOn: string | null;
      evidence: string | null;
      source: components['schemas']['LinkSource'];
      /** @description Case number, tip reference, … */
      sourceRef: string | null;
      confidence: components['schemas']['ConfidenceGrade'];
      /** Format: uuid */
      createdBy: string | null;
      /** @description Who recorded the link */
      createdByName: string | null;
      /** Format: date-time */
      createdAt: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      archivedAt: string | null;
    };
    LinkPageResponseDto: {
      items: components['schemas']['LinkResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    CreateLinkDto: {
      fromKind: components['schemas']['RecordKind'];
      /** Format: uuid */
      fromId: string;
      toKind: components['schemas']['RecordKind'];
      /** Format: uuid */
      toId: string;
      type: components['schemas']['LinkType'];
      /** Format: date */
      startedOn?: string | null;
      /** Format: date */
      endedOn?: string | null;
      evidence?: string | null;
      source: components['schemas']['LinkSource'];
      /** @description Case number, tip reference, interview or screening id */
      sourceRef?: string | null;
      /** @description unverified when left out */
      confidence?: components['schemas']['ConfidenceGrade'];
    };
    UpdateLinkDto: {
      type?: components['schemas']['LinkType'];
      /** Format: date */
      startedOn?: string | null;
      /** Format: date */
      endedOn?: string | null;
      evidence?: string | null;
      source?: components['schemas']['LinkSource'];
      /** @description Case number, tip reference, interview or screening id */
      sourceRef?: string | null;
      /** @description unverified when left out */
      confidence?: components['schemas']['ConfidenceGrade'];
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    PlaceResponseDto: {
      /** Format: uuid */
      id: string;
      kind: components['schemas']['PlaceKind'];
      code: string | null;
      nameKm: string | null;
      nameLatin: string;
      /** @example Phum Ou Thum, Banteay Neang commune, Mongkol Borey, Banteay Meanchey */
      pathLatin: string;
      pathKm: string | null;
      /** @example KH */
      countryCode: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** Format: uuid */
      parentId: string | null;
      nameAlt: string | null;
      lat: number | null;
      lng: number | null;
    };
    PlacePageResponseDto: {
      items: components['schemas']['PlaceResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    /** @enum {string} */
    UserPlaceKind: 'country' | 'city' | 'border_crossing' | 'airport' | 'other';
    CreatePlaceDto: {
      kind: components['schemas']['UserPlaceKind'];
      /** @example Poipet international border checkpoint */
      nameLatin: string;
      /** @example ច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត */
      nameKm?: string | null;
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      countryCode: string;
      /**
       * Format: uuid
       * @description The place it lies in (a province, a country)
       */
      parentId?: string | null;
      /**
       * @description An official code: IATA for airports
       * @example BKK
       */
      code?: string | null;
      lat?: number | null;
      lng?: number | null;
    };
    UpdatePlaceDto: {
      /** @example Poipet international border checkpoint */
      nameLatin?: string;
      /** @example ច្រកទ្វារអន្តរជាតិប៉ោយប៉ែត */
      nameKm?: string | null;
      lat?: number | null;
      lng?: number | null;
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    GazetteerVersionDto: {
      /** @example cambodia_admin_flat.csv.gz */
      fileName: string;
      /** Format: date-time */
      fileDate: string | null;
      /** @description SHA-256 of the CSV text (the same for the .csv and its .gz) */
      sha256: string;
      units: number;
      added: number;
      renamed: number;
      removed: number;
      /** @description Who imported it; null: on first start */
      importedBy: string | null;
      /** Format: date-time */
      importedAt: string;
    };
    GazetteerCountsDto: {
      /** @example 25 */
      province: number;
      /** @example 210 */
      district: number;
      /** @example 1652 */
      commune: number;
      /** @example 14578 */
      village: number;
    };
    GazetteerStatusDto: {
      /** @description The last import; null when none was recorded */
      current: components['schemas']['GazetteerVersionDto'] | null;
      /** @description Active units per level */
      counts: components['schemas']['GazetteerCountsDto'];
    };
    GazetteerFileDto: {
      /** @example cambodia_admin_flat.csv */
      fileName: string;
      /** @description The CSV text: code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2 */
      content: string;
      /**
       * Format: date-time
       * @description When the file was last modified, as the browser reports it
       */
      fileDate?: string | null;
    };
    /** @enum {string} */
    AdminPlaceKind: 'province' | 'district' | 'commune' | 'village';
    UnitNamesDto: {
      nameLatin: string;
      nameKm: string | null;
    };
    UnitChangeDto: {
      /** @example 01020101 */
      code: string;
      kind: components['schemas']['AdminPlaceKind'];
      before: components['schemas']['UnitNamesDto'] | null;
      after: components['schemas']['UnitNamesDto'] | null;
    };
    UnitChangeSetDto: {
      count: number;
      /** @description The first few, by code */
      samples: components['schemas']['UnitChangeDto'][];
    };
    GazetteerPreviewDto: {
      fileName: string;
      /** @description Send it back to apply this very file */
      sha256: string;
      /** @description Whether this file is the one imported last */
      current: boolean;
      /** @description Units per level in the file */
      counts: components['schemas']['GazetteerCountsDto'];
      /** @description Units the file adds or brings back */
      added: components['schemas']['UnitChangeSetDto'];
      /** @description Units whose Latin or Khmer name changes */
      renamed: components['schemas']['UnitChangeSetDto'];
      /** @description Units the file no longer lists (archived) */
      removed: components['schemas']['UnitChangeSetDto'];
    };
    ApplyGazetteerDto: {
      /** @example cambodia_admin_flat.csv */
      fileName: string;
      /** @description The CSV text: code,level,parent_code,name_km,name_latin,name_ungegn,unit_en,unit_km,unit_latin,lat,long,iso3166_2 */
      content: string;
      /**
       * Format: date-time
       * @description When the file was last modified, as the browser reports it
       */
      fileDate?: string | null;
      /** @description The sha256 its preview answered: the file applied is the file previewed */
      sha256: string;
    };
    /** @enum {string} */
    RecruitmentChannel:
      | 'facebook'
      | 'telegram'
      | 'whatsapp'
      | 'tiktok'
      | 'line'
      | 'wechat'
      | 'viber'
      | 'instagram'
      | 'online_advert'
      | 'in_person'
      | 'family_or_friends'
      | 'job_agency'
      | 'other';
    CompoundBriefDto: {
      /** Format: uuid */
      id: string;
      /** @example C-0007 */
      refCode: string;
      /** @example Jin Bei 4 */
      name: string;
    };
    /** @enum {string} */
    TravelMode:
      'car' | 'bus' | 'minivan' | 'motorbike' | 'boat' | 'plane' | 'train' | 'on_foot' | 'other';
    BrokerBriefDto: {
      /** Format: uuid */
      id: string;
      /** @example B-0042 */
      refCode: string;
      /** @example Sok Sokha */
      label: string;
    };
    RouteLegResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Order in the route, from 0 */
      position: number;
      fromPlace: components['schemas']['PlaceSummaryDto'];
      toPlace: components['schemas']['PlaceSummaryDto'];
      mode: components['schemas']['TravelMode'];
      /** Format: date */
      departedOn: string | null;
      /** Format: date */
      arrivedOn: string | null;
      /** @description Who facilitated the leg */
      broker: components['schemas']['BrokerBriefDto'] | null;
      notes: string | null;
    };
    RouteResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** @example R-0003 */
      refCode: string;
      /** @example Ou Thum to Jin Bei via Poipet */
      name: string;
      originPlace: components['schemas']['PlaceSummaryDto'];
      destinationCompound: components['schemas']['CompoundBriefDto'] | null;
      destinationPlace: components['schemas']['PlaceSummaryDto'] | null;
      lureJob: string | null;
      lureChannel: components['schemas']['RecruitmentChannel'] | null;
      moneyAdvanced: number | null;
      /** @example USD */
      currency: string | null;
      /** Format: date */
      firstSeen: string | null;
      /** Format: date */
      lastSeen: string | null;
      notes: string | null;
      legs: components['schemas']['RouteLegResponseDto'][];
    };
    RoutePageResponseDto: {
      items: components['schemas']['RouteResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    RouteLegInputDto: {
      /** Format: uuid */
      fromPlaceId: string;
      /** Format: uuid */
      toPlaceId: string;
      mode: components['schemas']['TravelMode'];
      /** Format: date */
      departedOn?: string | null;
      /** Format: date */
      arrivedOn?: string | null;
      /**
       * Format: uuid
       * @description The broker who facilitated the leg
       */
      brokerId?: string | null;
      notes?: string | null;
    };
    CreateRouteDto: {
      /** @example Ou Thum to Jin Bei via Poipet */
      name: string;
      /**
       * Format: uuid
       * @description Home village or town where recruitment happened
       */
      originPlaceId: string;
      /** Format: uuid */
      destinationCompoundId?: string | null;
      /**
       * Format: uuid
       * @description When the destination is not a known compound
       */
      destinationPlaceId?: string | null;
      /** @example Casino work in Sihanoukville */
      lureJob?: string | null;
      lureChannel?: components['schemas']['RecruitmentChannel'] | null;
      moneyAdvanced?: number | null;
      /**
       * @description ISO 4217
       * @example USD
       */
      currency?: string | null;
      /** Format: date */
      firstSeen?: string | null;
      /** Format: date */
      lastSeen?: string | null;
      notes?: string | null;
      /** @description The whole ordered list of legs; on update it replaces the current one */
      legs?: components['schemas']['RouteLegInputDto'][];
    };
    UpdateRouteDto: {
      /** @example Ou Thum to Jin Bei via Poipet */
      name?: string;
      /**
       * Format: uuid
       * @description Home village or town where recruitment happened
       */
      originPlaceId?: string;
      /** Format: uuid */
      destinationCompoundId?: string | null;
      /**
       * Format: uuid
       * @description When the destination is not a known compound
       */
      destinationPlaceId?: string | null;
      /** @example Casino work in Sihanoukville */
      lureJob?: string | null;
      lureChannel?: components['schemas']['RecruitmentChannel'] | null;
      moneyAdvanced?: number | null;
      /**
       * @description ISO 4217
       * @example USD
       */
      currency?: string | null;
      /** Format: date */
      firstSeen?: string | null;
      /** Format: date */
      lastSeen?: string | null;
      notes?: string | null;
      /** @description The whole ordered list of legs; on update it replaces the current one */
      legs?: components['schemas']['RouteLegInputDto'][];
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    /**
     * @description exact: the query is this record's code, identifier or name (a phone in any format); similar: a prefix, part or spelling variant. Exact results come first.
     * @enum {string}
     */
    SearchMatch: 'exact' | 'similar';
    SearchResultDto: {
      kind: components['schemas']['RecordKind'];
      /** Format: uuid */
      id: string;
      label: string;
      sublabel: string | null;
      /** @enum {string} */
      matchedField: 'name' | 'alias' | 'code' | 'identifier' | 'identity_name' | 'address';
      matchedText: string;
      /** @description 0 to 1; exact and prefix matches rank first */
      score: number;
      /** @description exact: the query is this record's code, identifier or name (a phone in any format); similar: a prefix, part or spelling variant. Exact results come first. */
      match: components['schemas']['SearchMatch'];
      /** @description For a place: its names and the areas it lies in, in both scripts */
      place: components['schemas']['PlaceSummaryDto'] | null;
    };
    UserResponseDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      role: components['schemas']['Role'];
      disabled: boolean;
      /** @description Send it back with PATCH; a stale value answers 409 */
      version: number;
      /** Format: date-time */
      lastLoginAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
    };
    UserPageResponseDto: {
      items: components['schemas']['UserResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    CreateUserDto: {
      /** @example sokha.investigator@police.example */
      email: string;
      /** @example Sok Sokha */
      displayName: string;
      role: components['schemas']['Role'];
    };
    ResetCodeResponseDto: {
      /**
       * @description Shown once: only its hash is stored. Give it to the user in person.
       * @example K7QM-2XHD-9RWT
       */
      code: string;
      /** Format: date-time */
      expiresAt: string;
    };
    UserWithResetCodeResponseDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      role: components['schemas']['Role'];
      disabled: boolean;
      /** @description Send it back with PATCH; a stale value answers 409 */
      version: number;
      /** Format: date-time */
      lastLoginAt: string | null;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      resetCode: components['schemas']['ResetCodeResponseDto'];
      /**
       * Format: uuid
       * @description The role grant awaiting a second person, when the role reads identities
       */
      pendingGrantId: string | null;
    };
    UpdateUserDto: {
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
      displayName?: string;
      role?: components['schemas']['Role'];
      disabled?: boolean;
    };
    IssueResetCodeDto: {
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
    GrantAccountDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
      /** @description The role the account holds now */
      role: components['schemas']['Role'];
      disabled: boolean;
    };
    /** @enum {string} */
    RoleGrantKind: 'create' | 'role_change' | 'enable' | 'reset';
    GrantPersonDto: {
      /** Format: uuid */
      id: string;
      email: string;
      displayName: string;
    };
    RoleGrantResponseDto: {
      /** Format: uuid */
      id: string;
      user: components['schemas']['GrantAccountDto'];
      /** @description The role asked for */
      role: components['schemas']['Role'];
      kind: components['schemas']['RoleGrantKind'];
      requestedBy: components['schemas']['GrantPersonDto'];
      /** Format: date-time */
      requestedAt: string;
      decidedBy: components['schemas']['GrantPersonDto'] | null;
      /** Format: date-time */
      decidedAt: string | null;
      /**
       * @description Null while pending
       * @enum {string|null}
       */
      decision: 'approved' | 'declined' | 'withdrawn' | null;
      reason: string | null;
      /** @description Send it back to decide; a stale value answers 409 */
      version: number;
      /** @description Whether the caller may approve or decline it (two-person rule) */
      mayDecide: boolean;
    };
    DecideRoleGrantDto: {
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
      reason?: string | null;
    };
    VictimIdentityResponseDto: {
      /** Format: uuid */
      victimId: string;
      fullNameKm: string | null;
      fullNameLatin: string | null;
      /** Format: date */
      dateOfBirth: string | null;
      /** @description E.164, e.g. +85512345678 */
      phone: string | null;
      contactNotes: string | null;
      idNumbers: string[];
      /** @description Send it back when you change the identity; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      updatedAt: string;
    };
    PutVictimIdentityDto: {
      /** @description The version you last read; leave it out only when the victim has no identity yet. A stale one answers 409 */
      version?: number;
      fullNameKm?: string | null;
      fullNameLatin?: string | null;
      /**
       * Format: date
       * @description Date of birth
       */
      dateOfBirth?: string | null;
      /** @description Any usual notation; Cambodian numbers may omit +855. Stored in E.164 */
      phone?: string | null;
      contactNotes?: string | null;
      /** @description Passport and national ID numbers */
      idNumbers?: string[] | null;
    };
    /** @enum {string} */
    VictimStatus:
      'missing' | 'in_compound' | 'rescued' | 'in_shelter' | 'repatriated' | 'reintegrated';
    /** @enum {string} */
    AgeBand: 'under_14' | '14_17' | '18_24' | '25_34' | '35_44' | '45_plus' | 'unknown';
    /** @enum {string} */
    ExploitationType:
      | 'forced_criminality'
      | 'forced_labour'
      | 'sexual_exploitation'
      | 'child_labour'
      | 'forced_marriage'
      | 'servitude'
      | 'forced_begging'
      | 'other';
    /** @enum {string} */
    MeansOfControl:
      | 'physical_threats'
      | 'threats_law_enforcement'
      | 'threatens_family'
      | 'debt_bondage'
      | 'false_promises'
      | 'physical_abuse'
      | 'sexual_abuse'
      | 'takes_earnings'
      | 'restricts_financial_access'
      | 'restricts_medical_care'
      | 'withholds_necessities'
      | 'psychological_abuse'
      | 'psychoactive_substance'
      | 'excessive_working_hours'
      | 'withholds_documents'
      | 'other';
    VictimResponseDto: {
      /** Format: uuid */
      id: string;
      /** @description Send it back when you update; a stale one answers 409 */
      version: number;
      /** Format: date-time */
      createdAt: string;
      /** Format: date-time */
      updatedAt: string;
      /** Format: uuid */
      createdBy: string | null;
      /** Format: date-time */
      archivedAt: string | null;
      /** @example V-2026-000123 */
      code: string;
      sex: components['schemas']['Sex'];
      ageBand: components['schemas']['AgeBand'];
      nationality: string | null;
      homePlace: components['schemas']['PlaceSummaryDto'] | null;
      /** Format: date */
      recruitedOn: string | null;
      jobPromised: string | null;
      recruitmentChannel: components['schemas']['RecruitmentChannel'] | null;
      exploitationType: components['schemas']['ExploitationType'] | null;
      meansOfControl: components['schemas']['MeansOfControl'][];
      status: components['schemas']['VictimStatus'];
      consentToShare: boolean;
      notes: string | null;
      /** @description Whether you may read the identity (GET /api/victims/{id}/identity) */
      canReadIdentity: boolean;
    };
    VictimPageResponseDto: {
      items: components['schemas']['VictimResponseDto'][];
      page: number;
      pageSize: number;
      /** @description Exact when totalExact, else an estimate */
      total: number;
      /** @description Whether total is exact (it is counted up to 1000 records, estimated beyond) */
      totalExact: boolean;
    };
    CreateVictimDto: {
      sex?: components['schemas']['Sex'];
      ageBand?: components['schemas']['AgeBand'];
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      nationality?: string | null;
      /**
       * Format: uuid
       * @description Home village (a place id)
       */
      homePlaceId?: string | null;
      /**
       * Format: date
       * @description When the victim was recruited
       */
      recruitedOn?: string | null;
      /** @example Casino work in Sihanoukville */
      jobPromised?: string | null;
      recruitmentChannel?: components['schemas']['RecruitmentChannel'] | null;
      exploitationType?: components['schemas']['ExploitationType'] | null;
      meansOfControl?: components['schemas']['MeansOfControl'][] | null;
      status?: components['schemas']['VictimStatus'];
      /** @description The victim agreed that their record may be shared with partner agencies */
      consentToShare?: boolean;
      notes?: string | null;
    };
    UpdateVictimDto: {
      sex?: components['schemas']['Sex'];
      ageBand?: components['schemas']['AgeBand'];
      /**
       * @description ISO 3166-1 alpha-2
       * @example KH
       */
      nationality?: string | null;
      /**
       * Format: uuid
       * @description Home village (a place id)
       */
      homePlaceId?: string | null;
      /**
       * Format: date
       * @description When the victim was recruited
       */
      recruitedOn?: string | null;
      /** @example Casino work in Sihanoukville */
      jobPromised?: string | null;
      recruitmentChannel?: components['schemas']['RecruitmentChannel'] | null;
      exploitationType?: components['schemas']['ExploitationType'] | null;
      meansOfControl?: components['schemas']['MeansOfControl'][] | null;
      status?: components['schemas']['VictimStatus'];
      /** @description The victim agreed that their record may be shared with partner agencies */
      consentToShare?: boolean;
      notes?: string | null;
      /** @description The version you last read; a stale one answers 409 with the current record */
      version: number;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
  listAuditEvents: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        action?: components['schemas']['AuditAction'];
        outcome?: components['schemas']['AuditOutcome'];
        actorUserId?: string;
        /** @description Part of the actor email */
        actorEmail?: string;
        resourceType?: string;
        /** @description Events that touched this record id */
        resourceId?: string;
        from?: string;
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audit trail, newest first, filterable */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditEventPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  verifyAuditChain: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Checks the audit trail's hash chain: ok, or the first row whose link does not hold, and the head to anchor */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditChainResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
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
        'application/json': components['schemas']['LoginDto'];
      };
    };
    responses: {
      /** @description Sign in with email and password; sets the session cookie */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUserResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  redeemResetCode: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RedeemResetCodeDto'];
      };
    };
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
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
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The signed-in user, their role and permissions */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CurrentUserResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listBrokers: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Part of a name, alias or reference code, in either script */
        q?: string;
        /** @description Show archived records instead of active ones */
        archived?: boolean;
        sort?:
          'refCode' | 'nameLatin' | 'nameKm' | 'legalStatus' | 'role' | 'createdAt' | 'updatedAt';
        role?: components['schemas']['BrokerRole'];
        legalStatus?: components['schemas']['LegalStatus'];
        /** @description Brokers from this place or any place inside it */
        homePlaceId?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List brokers (paginated, sortable, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createBroker: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateBrokerDto'];
      };
    };
    responses: {
      /** @description Record a broker */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getBroker: {
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
      /** @description Get a broker */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveBroker: {
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
      /** @description Archive a broker (soft, audited, reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateBroker: {
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
        'application/json': components['schemas']['UpdateBrokerDto'];
      };
    };
    responses: {
      /** @description Change a broker (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['BrokerResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restoreBroker: {
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
      /** @description Restore an archived broker */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['BrokerResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listCompounds: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Part of a name, alias or reference code, in either script */
        q?: string;
        /** @description Show archived records instead of active ones */
        archived?: boolean;
        sort?: 'refCode' | 'name' | 'status' | 'countryCode' | 'createdAt' | 'updatedAt';
        status?: components['schemas']['CompoundStatus'];
        /** @description ISO 3166-1 alpha-2 */
        countryCode?: string;
        /** @description Compounds running this kind of scam */
        scamType?: components['schemas']['ScamType'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List compounds (paginated, sortable, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createCompound: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateCompoundDto'];
      };
    };
    responses: {
      /** @description Record a compound */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getCompound: {
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
      /** @description Get a compound */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveCompound: {
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
      /** @description Archive a compound (soft, audited, reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateCompound: {
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
        'application/json': components['schemas']['UpdateCompoundDto'];
      };
    };
    responses: {
      /** @description Change a compound (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['CompoundResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restoreCompound: {
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
      /** @description Restore an archived compound */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['CompoundResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getNeighbourhood: {
    parameters: {
      query: {
        /** @description Record kinds to include (comma-separated) */
        kinds?: components['schemas']['RecordKind'][];
        /** @description Link types to follow (comma-separated) */
        linkTypes?: components['schemas']['LinkType'][];
        /** @description Confidence grades to follow (comma-separated) */
        confidence?: components['schemas']['ConfidenceGrade'][];
        /** @description Links active on or after this date */
        since?: string;
        /** @description Links active on or before this date */
        until?: string;
        /** @description Seed records as kind:uuid (comma-separated) */
        seeds: string[];
        hops?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The network around one or more records, up to 3 hops, capped (default 500 nodes) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphResultDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getNeighborhood: {
    parameters: {
      query: {
        /** @description Record kinds to include (comma-separated) */
        kinds?: components['schemas']['RecordKind'][];
        /** @description Link types to follow (comma-separated) */
        linkTypes?: components['schemas']['LinkType'][];
        /** @description Confidence grades to follow (comma-separated) */
        confidence?: components['schemas']['ConfidenceGrade'][];
        /** @description Links active on or after this date */
        since?: string;
        /** @description Links active on or before this date */
        until?: string;
        /** @description Seed records as kind:uuid (comma-separated) */
        seeds: string[];
        hops?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The former spelling of /graph/neighbourhood (kept for existing clients) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphResultDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getPath: {
    parameters: {
      query: {
        /** @description Record kinds to include (comma-separated) */
        kinds?: components['schemas']['RecordKind'][];
        /** @description Link types to follow (comma-separated) */
        linkTypes?: components['schemas']['LinkType'][];
        /** @description Confidence grades to follow (comma-separated) */
        confidence?: components['schemas']['ConfidenceGrade'][];
        /** @description Links active on or after this date */
        since?: string;
        /** @description Links active on or before this date */
        until?: string;
        /** @description The record to start from, as kind:uuid */
        from: string;
        /** @description The record to reach, as kind:uuid */
        to: string;
        maxHops?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shortest paths (up to 6 hops; several when they tie) between two records, with the links’ evidence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphPathResultDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getKeyPlayers: {
    parameters: {
      query: {
        /** @description Record kinds to include (comma-separated) */
        kinds?: components['schemas']['RecordKind'][];
        /** @description Link types to follow (comma-separated) */
        linkTypes?: components['schemas']['LinkType'][];
        /** @description Confidence grades to follow (comma-separated) */
        confidence?: components['schemas']['ConfidenceGrade'][];
        /** @description Links active on or after this date */
        since?: string;
        /** @description Links active on or before this date */
        until?: string;
        /** @description Seed records as kind:uuid (comma-separated) */
        seeds: string[];
        hops?: number;
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Degree and betweenness centrality in a neighbourhood: who holds the network together */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['KeyPlayersResultDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getVillageFlows: {
    parameters: {
      query: {
        /** @description A province, district or commune */
        placeId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description For a province, district or commune: which villages lose people, through which brokers, to which compounds and countries */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VillageFlowDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listGraphViews: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        sort?: 'updatedAt' | 'createdAt' | 'name';
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List your saved graph views, newest first (without canvases) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphViewPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createGraphView: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateGraphViewDto'];
      };
    };
    responses: {
      /** @description Save the canvas as a named view (409 when you already have a view of this name) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphViewResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['GraphViewResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getGraphView: {
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
      /** @description Get one of your saved graph views with its canvas */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphViewResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveGraphView: {
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
      /** @description Delete a saved view (a soft, audited archive) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphViewSummaryDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateGraphView: {
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
        'application/json': components['schemas']['UpdateGraphViewDto'];
      };
    };
    responses: {
      /** @description Rename a view or overwrite its canvas (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GraphViewResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['GraphViewResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getHealth: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Readiness and database status; 503 while the database is unreachable (down) or every connection is in use (busy) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HealthResponseDto'];
        };
      };
    };
  };
  searchIdentifiers: {
    parameters: {
      query: {
        /** @description Find identifiers by value, written any way ("012 345 678", "@handle") */
        q: string;
        /** @description Only identifiers of this kind */
        kind?: components['schemas']['IdentifierKind'];
        limit?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Find identifiers by value, written any way, with the records holding them */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentifierResponseDto'][];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  attachIdentifier: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AttachIdentifierDto'];
      };
    };
    responses: {
      /** @description Attach an identifier to a broker, victim or compound; the same value on another record is matched to it. A victim holder needs victim_identity:write (403 otherwise). */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentifierResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listSharedIdentifiers: {
    parameters: {
      query: {
        holderKind: components['schemas']['IdentifierHolderKind'];
        holderId: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A record's identifiers, each with the other records sharing it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SharedIdentifierDto'][];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getIdentifier: {
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
      /** @description Get an identifier with the records holding it */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['IdentifierResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  detachIdentifier: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        id: string;
        holderId: string;
        holderKind: components['schemas']['IdentifierHolderKind'];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Done; no content */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listLinks: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Show archived records instead of active ones */
        archived?: boolean;
        /** @description createdAt, newest first, by default */
        sort?: 'createdAt' | 'startedOn' | 'type' | 'confidence';
        /** @description Links from or to this record (what a detail page lists) */
        recordId?: string;
        type?: components['schemas']['LinkType'];
        confidence?: components['schemas']['ConfidenceGrade'];
        source?: components['schemas']['LinkSource'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List links, e.g. those from or to one record (paginated, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createLink: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateLinkDto'];
      };
    };
    responses: {
      /** @description Record a link between two records, with its evidence and source */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getLink: {
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
      /** @description Get a link */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveLink: {
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
      /** @description Archive a link (soft, audited, reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateLink: {
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
        'application/json': components['schemas']['UpdateLinkDto'];
      };
    };
    responses: {
      /** @description Change a link (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['LinkResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restoreLink: {
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
      /** @description Restore an archived link */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LinkResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listPlaces: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Part of a name, alias or reference code, in either script */
        q?: string;
        /** @description Include archived places */
        archived?: boolean;
        sort?: 'nameLatin' | 'code' | 'kind';
        kind?: components['schemas']['PlaceKind'];
        /** @description Children of this place */
        parentId?: string;
        /** @description ISO 3166-1 alpha-2 */
        countryCode?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Find places: the Cambodian gazetteer and foreign places, in Khmer or Latin script */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlacePageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createPlace: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlaceDto'];
      };
    };
    responses: {
      /** @description Add a foreign place: a country, city, border crossing or airport */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getPlace: {
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
      /** @description Get a place */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archivePlace: {
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
      /** @description Archive a place (reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updatePlace: {
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
        'application/json': components['schemas']['UpdatePlaceDto'];
      };
    };
    responses: {
      /** @description Correct a place (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['PlaceResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restorePlace: {
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
      /** @description Restore an archived place */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PlaceResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getGazetteer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The gazetteer's version (file, date, hash) and its units per level */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GazetteerStatusDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  previewGazetteer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GazetteerFileDto'];
      };
    };
    responses: {
      /** @description What importing a newer gazetteer file would change (nothing is written) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GazetteerPreviewDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  applyGazetteer: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ApplyGazetteerDto'];
      };
    };
    responses: {
      /** @description Import the gazetteer file previewed, in one audited transaction */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['GazetteerStatusDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listRoutes: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Part of a name, alias or reference code, in either script */
        q?: string;
        /** @description Show archived records instead of active ones */
        archived?: boolean;
        sort?: 'refCode' | 'name' | 'firstSeen' | 'lastSeen' | 'createdAt' | 'updatedAt';
        /** @description Routes starting in this place or any place inside it */
        originPlaceId?: string;
        destinationCompoundId?: string;
        /** @description Routes with a leg this broker facilitated */
        brokerId?: string;
        lureChannel?: components['schemas']['RecruitmentChannel'];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List recruitment routes (paginated, sortable, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoutePageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createRoute: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateRouteDto'];
      };
    };
    responses: {
      /** @description Record a recruitment route with its legs */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RouteResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getRoute: {
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
      /** @description Get a route with its legs in order */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RouteResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveRoute: {
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
      /** @description Archive a route (soft, audited, reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RouteResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateRoute: {
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
        'application/json': components['schemas']['UpdateRouteDto'];
      };
    };
    responses: {
      /** @description Change a route; `legs`, when given, replaces the ordered list (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RouteResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['RouteResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restoreRoute: {
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
      /** @description Restore an archived route */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RouteResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  search: {
    parameters: {
      query: {
        /** @description A few letters of a name, alias, code or identifier, in Khmer or Latin script */
        q: string;
        /** @description Record kinds to search (comma-separated) */
        kinds?: components['schemas']['RecordKind'][];
        limit?: number;
        /** @description Results to skip (the results page, one kind at a time) */
        offset?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Search brokers, victims (by code; by name only for those allowed), compounds, places, routes and identifiers */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SearchResultDto'][];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listUsers: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        sort?: 'email' | 'displayName' | 'role' | 'createdAt' | 'lastLoginAt';
        /** @description Part of the email or display name */
        q?: string;
        role?: components['schemas']['Role'];
        disabled?: boolean;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List user accounts (paginated, sortable, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createUser: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateUserDto'];
      };
    };
    responses: {
      /** @description Create a user account with a one-time code for the user to set a password (409 when the email exists) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithResetCodeResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['UserWithResetCodeResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getUser: {
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
      /** @description Get one user account */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateUser: {
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
        'application/json': components['schemas']['UpdateUserDto'];
      };
    };
    responses: {
      /** @description Change a user: name, role, disabled (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['UserResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  resetUserPassword: {
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
        'application/json': components['schemas']['IssueResetCodeDto'];
      };
    };
    responses: {
      /** @description Reset a password: the old one stops working, sessions end, and a one-time code is issued (shown once) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UserWithResetCodeResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['UserResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listPendingRoleGrants: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Role grants awaiting a second person (two-person rule), oldest first */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleGrantResponseDto'][];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  approveRoleGrant: {
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
        'application/json': components['schemas']['DecideRoleGrantDto'];
      };
    };
    responses: {
      /** @description Approve a role grant: the account gets the role and is enabled */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleGrantResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['RoleGrantResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  declineRoleGrant: {
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
        'application/json': components['schemas']['DecideRoleGrantDto'];
      };
    };
    responses: {
      /** @description Decline a role grant: the account keeps its role and access as they are */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['RoleGrantResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['RoleGrantResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getVictimIdentity: {
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
      /** @description Read a victim's identity (need-to-know only; every read is audited) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimIdentityResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  putVictimIdentity: {
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
        'application/json': components['schemas']['PutVictimIdentityDto'];
      };
    };
    responses: {
      /** @description Record or change a victim's identity (fields left out stay; null clears; send the version when one exists) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimIdentityResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['VictimIdentityResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  listVictims: {
    parameters: {
      query?: {
        page?: number;
        pageSize?: number;
        order?: 'asc' | 'desc';
        /** @description Part of a name, alias or reference code, in either script */
        q?: string;
        /** @description Show archived records instead of active ones */
        archived?: boolean;
        sort?: 'code' | 'status' | 'recruitedOn' | 'createdAt' | 'updatedAt';
        status?: components['schemas']['VictimStatus'];
        sex?: components['schemas']['Sex'];
        ageBand?: components['schemas']['AgeBand'];
        exploitationType?: components['schemas']['ExploitationType'];
        /** @description Victims from this place or any place inside it */
        homePlaceId?: string;
        /** @description Recruited on or after this date */
        recruitedFrom?: string;
        /** @description Recruited on or before this date */
        recruitedTo?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description List victims by their pseudonymous code (paginated, sortable, filterable) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimPageResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  createVictim: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreateVictimDto'];
      };
    };
    responses: {
      /** @description Record a victim (the code is assigned) */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  getVictim: {
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
      /** @description Get the pseudonymous record of a victim */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  archiveVictim: {
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
      /** @description Archive a victim record (soft, audited, reversible by a supervisor) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  updateVictim: {
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
        'application/json': components['schemas']['UpdateVictimDto'];
      };
    };
    responses: {
      /** @description Change a victim record (send the version you read) */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The version sent is stale: someone else changed the record; `current` carries it */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'] & {
            current?: components['schemas']['VictimResponseDto'] | null;
          };
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
  restoreVictim: {
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
      /** @description Restore an archived victim record */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VictimResponseDto'];
        };
      };
      /** @description The input is not valid; `fields` names each field and its problems */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ValidationErrorBodyDto'];
        };
      };
      /** @description Not signed in, or the session has ended */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The role may not do this, or a cross-site write was refused */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description No such record, or none the caller may see (the same answer for both) */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is too large */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The request body is not JSON */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description Too many requests or attempts; wait for Retry-After seconds */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
      /** @description The database or the audit trail is unavailable; retry after Retry-After seconds */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ErrorBodyDto'];
        };
      };
    };
  };
}
