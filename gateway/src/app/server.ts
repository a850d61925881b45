import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { parseCookie, stringifySetCookie } from 'cookie';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { anonymousAuth, type HttpAuth, type RequestAuth } from '../platform/auth/request-auth';
import { systemClock, type Clock } from '../platform/clock';
import type { AppConfig } from '../platform/config';
import { createContext, type GraphQLContext } from '../platform/graphql/context';
import { protectionRules, querySizeGuard } from '../platform/graphql/protections';
import { authenticateRequest } from '../modules/identity';
import { mountDevMailbox } from '../modules/notifications';
import { moduleRoutes } from './routes';
import { createErrorFormatter } from '../platform/graphql/format-error';
import { mountGraphqlExplorer } from '../platform/graphql/explorer-page';
import { allowOrigin, createGraphQLPostHandler, MAX_GRAPHQL_BODY_BYTES, setRequestHeaders } from '../platform/graphql/graphql-post-handler';
import { clientAddressOf, compileTrustProxy } from '../platform/http/trust-proxy';
import type { Logger } from '../platform/logging';
import { mountTestHoldRoute } from '../platform/runtime/test-hold-route';
import { graphqlMetricsPlugin } from '../platform/metrics/graphql-metrics';
import { observeHttpRequest } from '../platform/metrics/http-metrics';
import { mountShellFiles } from '../platform/http/shell-files';
import { rethrowIfDatabaseUnavailable, serviceUnavailablePlugin } from '../platform/service-unavailable';
import { sendRouteError } from '../platform/http/http-errors';
import { checkIdParameters, refuseControlCharacters } from '../platform/http/request-guard';
import { securityHeaders } from '../platform/http/security-headers';
import type { RouteContext, RouteMount } from '../platform/http/route-mount';
import { settingsOf } from '../platform/graphql/gateway-settings';

export interface GatewayDependencies {
  config: AppConfig;
  orm: MikroORM;
  schema: GraphQLSchema;
  logger: Logger;
  clock?: Clock;
  /** HTTP routes of modules beside /graphql (downloads, uploads); defaults to every module's routes. */
  routes?: RouteMount[];
}

export interface Gateway {
  app: express.Express;
  httpServer: http.Server;
  apollo: ApolloServer<GraphQLContext>;
  listen(): Promise<string>;
  /** X-6: /readyz answers 503 from now on (and answers ask clients to close), while requests are still served. */
  leaveLoadBalancer(): void;
  /** Closes the listener; requests in flight complete within SHUTDOWN_GRACE_MS, then are cut. */
  stop(): Promise<void>;
}

/** /readyz answers 503 when `select 1` takes longer than this. */
const READINESS_TIMEOUT_MS = 2_000;

export async function createGateway(deps: GatewayDependencies): Promise<Gateway> {
  const { config, orm, schema, logger } = deps;
  const clock = deps.clock ?? systemClock;
  const development = config.nodeEnv !== 'production';
  const settings = settingsOf(config);
  const secureCookies = config.publicUrl.startsWith('https://');
  // __Host- binds the cookie to this exact origin over HTTPS (no Domain, Path=/, Secure).
  const cookieName = secureCookies ? '__Host-cc_session' : 'cc_session';
  /** Session cookie or bearer token → principal; the same for /graphql and every download route. */
  const authenticateHeaders = (headers: http.IncomingHttpHeaders, em: EntityManager): Promise<RequestAuth> =>
    authenticateRequest(
      em,
      { authorization: headers.authorization, sessionToken: readCookie(headers.cookie, cookieName) },
      clock.now(),
      settings.requestsPerMinute,
    );
  const authenticate = (req: Request, em: EntityManager): Promise<RequestAuth> => authenticateHeaders(req.headers, em);
  const cookieAttributes = { path: '/', httpOnly: true, sameSite: 'lax', secure: secureCookies } as const;
  /** The context of one GraphQL request: its own EntityManager fork, principal and cookie setters. */
  const graphqlContext = async (input: {
    headers: http.IncomingHttpHeaders;
    ip: string;
    requestId: string;
    setCookie(value: string): void;
  }): Promise<GraphQLContext> => {
    const em = orm.em.fork();
    const resolved = await authenticateHeaders(input.headers, em).catch(rethrowIfDatabaseUnavailable);
    const auth: HttpAuth = {
      ...anonymousAuth(),
      ...resolved,
      ip: input.ip,
      setSessionCookie: (token) => input.setCookie(stringifySetCookie(cookieName, token, cookieAttributes)),
      clearSessionCookie: () => input.setCookie(stringifySetCookie(cookieName, '', { ...cookieAttributes, maxAge: 0 })),
    };
    return createContext({ requestId: input.requestId, em, principal: resolved.principal, clock, auth, settings });
  };
  const routeContext: RouteContext = { orm, clock, settings, logger, authenticate };

  const app = express();
  app.disable('x-powered-by');
  // Answers are per user and never revalidated: hashing every body for an ETag is wasted work.
  app.set('etag', false);
  // One trust function (TRUST_PROXY) for Express's req.ip and the direct /graphql path.
  const trustProxy = compileTrustProxy(config.trustProxy);
  app.set('trust proxy', trustProxy);
  // JSON POSTs to /graphql skip Express (see graphql-post-handler); everything else goes to the app.
  let graphqlPost: ((req: http.IncomingMessage, res: http.ServerResponse) => boolean) | null = null;
  let leaving = false;
  const httpServer = http.createServer((req, res) => {
    // While draining, keep-alive clients are told to reconnect — to a replica that stays.
    if (leaving) res.setHeader('Connection', 'close');
    observeHttpRequest(req, res);
    if (!graphqlPost?.(req, res)) void app(req, res);
  });

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.introspection,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // Nothing sends persisted queries (the tabs and partners send the text): off, a claimed hash
    // answers PERSISTED_QUERY_NOT_SUPPORTED instead of a mismatch error (#11 §4).
    persistedQueries: false,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: !development,
    formatError: createErrorFormatter(logger, false),
    validationRules: protectionRules(),
    // main.ts runs the one shutdown sequence; Apollo's own handlers would race it.
    stopOnTerminationSignals: false,
    plugins: [
      // Without stopGracePeriodMillis the plugin cuts requests in flight at its own 10 s default.
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownGraceMs }),
      // No HTTP caching of per-user answers; without it Apollo wraps no field resolver (issue #8).
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads from a CDN: development and test get our bundled GraphiQL instead (below).
      ApolloServerPluginLandingPageDisabled(),
      serviceUnavailablePlugin,
      graphqlMetricsPlugin(),
    ],
  });
  await apollo.start();

  app.use((req, res, next) => {
    res.locals.requestId = setRequestHeaders(req, res);
    next();
  });
  // CSP, frame-ancestors, nosniff, Referrer-Policy, HSTS under https (#11 §3).
  app.use(securityHeaders({ publicUrl: config.publicUrl, shellDist: config.shellDist }));
  // no control character in a path or query string, every `:id` an id (#11 §4).
  app.use(refuseControlCharacters);
  checkIdParameters(app);

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });

  app.get('/readyz', async (_req, res) => {
    if (leaving) {
      res.status(503).json({ status: 'stopping' });
      return;
    }
    let timer: NodeJS.Timeout | undefined;
    try {
      // A database host gone silent would hold the probe for the pool's 60 s acquire timeout.
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer from the database within ${READINESS_TIMEOUT_MS} ms`)), READINESS_TIMEOUT_MS);
      });
      await Promise.race([orm.em.fork().getConnection().execute('select 1'), timeout]);
      res.json({ status: 'ready' });
    } catch (error) {
      logger.warn('readiness check failed', { error: String(error) });
      res.status(503).json({ status: 'unavailable' });
    } finally {
      clearTimeout(timer);
    }
  });

  const allowedOrigins = new Set(config.corsOrigins);
  graphqlPost = createGraphQLPostHandler({
    apollo,
    allowedOrigins,
    logger,
    clientAddress: (req) => clientAddressOf(req, trustProxy),
    context: ({ req, ip, requestId, setCookie }) => graphqlContext({ headers: req.headers, ip, requestId, setCookie }),
  });
  const cors = (req: Request, res: Response, next: NextFunction) => {
    if (allowOrigin(req, res, allowedOrigins)) {
      if (req.method === 'OPTIONS') {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', 'content-type, authorization, apollo-require-preflight, x-request-id');
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    }
    next();
  };

  // API-1..5, issue #20 §2: a browser's GET /graphql gets GraphiQL (bundled, offline), never in production.
  if (config.nodeEnv !== 'production' && config.explorerDist) mountGraphqlExplorer(app, config.explorerDist);

  app.use(
    '/graphql',
    cors,
    express.json({ limit: MAX_GRAPHQL_BODY_BYTES }),
    querySizeGuard,
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        graphqlContext({
          headers: req.headers,
          ip: req.ip ?? 'unknown',
          requestId: String(res.locals.requestId),
          setCookie: (value) => res.append('Set-Cookie', value),
        }),
    }),
  );

  for (const mount of deps.routes ?? moduleRoutes(config)) mount(app, routeContext);
  if (config.nodeEnv === 'test') mountTestHoldRoute(app);

  if (development) mountDevMailbox(app, orm);

  if (config.shellDist) mountShellFiles(app, config.shellDist);

  app.use((req, res) => {
    res.status(404).json({ error: { code: 'NOT_FOUND', message: `No route for ${req.method} ${req.path}` } });
  });

  // One table for every route's failures (issue #14 §2): domain errors, database down, unreadable bodies, the rest.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    sendRouteError(error, req, res, logger);
  });

  return {
    app,
    httpServer,
    apollo,
    listen: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve(`http://${config.host}:${port}`);
        });
      }),
    leaveLoadBalancer: () => {
      leaving = true;
    },
    stop: async () => {
      await apollo.stop();
    },
  };
}

/** The value of one cookie, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  return header === undefined ? undefined : parseCookie(header)[name];
}
