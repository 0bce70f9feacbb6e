import { z } from 'zod';
import * as path from 'node:path';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const positiveInt = z.coerce.number().int().positive();
const url = (protocols: string[]) =>
  z
    .string()
    .url()
    .refine((v) => protocols.some((p) => v.startsWith(`${p}:`)), {
      message: `must start with ${protocols.map((p) => `${p}://`).join(' or ')}`,
    });

/** Every setting the platform reads, with its default. Documented in the README's table. */
const environmentSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    PUBLIC_URL: url(['http', 'https']).optional(),
    ALLOWED_ORIGINS: z.string().optional(),
    TRUST_PROXY: bool.default('false'),
    // Above the idle timeout of a proxy that keeps connections to the API open (nginx, cloud
    // load balancers: 60 s), so the API never closes one the proxy is about to reuse (a 502).
    HTTP_KEEP_ALIVE_SECONDS: positiveInt.max(3600).default(65),
    DATABASE_URL: url(['postgres', 'postgresql']).optional(),
    DB_POOL_SIZE: positiveInt.max(200).default(10),
    DATA_DIR: z.string().min(1).default('.data'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(54329),
    REDIS_URL: url(['redis', 'rediss']).optional(),
    REDIS_KEY_PREFIX: z
      .string()
      .regex(/^[a-z0-9:_-]{1,40}$/, 'use up to 40 of a-z 0-9 : _ -')
      .default('wo:'),
    SMTP_URL: url(['smtp', 'smtps']).optional(),
    MAIL_FROM: z.string().min(3).default('Wide Open <no-reply@wide-open.local>'),
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
    SEED_DEMO: bool.default('true'),
    JOBS_WORKERS: bool.default('true'),
    NOTIFICATION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
    // A private message is emailed only if still unread this long after it arrived (0: at once).
    MESSAGE_EMAIL_DELAY_SECONDS: z.coerce.number().int().min(0).max(86_400).default(600),
    WEB_DIST: z.string().min(1).default('dist/web'),
    SESSION_TTL_DAYS: positiveInt.max(365).default(30),
    RATE_LIMIT_LOGIN_PER_15MIN: positiveInt.default(10),
    RATE_LIMIT_REGISTER_PER_HOUR: positiveInt.default(5),
    RATE_LIMIT_UPLOADS_PER_HOUR: positiveInt.default(60),
    RATE_LIMIT_POSTS_PER_MINUTE: positiveInt.default(8),
    RATE_LIMIT_MESSAGES_PER_MINUTE: positiveInt.default(30),
    RATE_LIMIT_CONVERSATIONS_PER_HOUR: positiveInt.default(20),
    RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE: positiveInt.default(3),
    HOLD_FIRST_POSTS: z.coerce.number().int().min(0).max(100).default(0),
    RATE_LIMIT_DATA_EXPORTS_PER_DAY: positiveInt.default(5),
    RATE_LIMIT_GUIDE_PDF_PER_HOUR: positiveInt.default(30),
    CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
    GUIDE_PDF_TIMEOUT_SECONDS: positiveInt.max(600).default(60),
    UPLOAD_MAX_BYTES: positiveInt.default(10 * 1024 * 1024),
    MAP_TILE_URL: url(['https', 'http']).optional(),
    GRAPHQL_MAX_DEPTH: positiveInt.max(50).default(10),
    GRAPHQL_MAX_ALIASES: positiveInt.max(200).default(20),
    GRAPHQL_MAX_COMPLEXITY: positiveInt.default(5000),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: [env.ADMIN_EMAIL ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'],
        message: 'ADMIN_EMAIL and ADMIN_PASSWORD must be set together',
      });
    }
  });

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  http: {
    port: number;
    host: string;
    publicUrl: string;
    allowedOrigins: string[];
    trustProxy: boolean;
    keepAliveSeconds: number;
    webDist: string;
  };
  /**
   * `url` is absent when the embedded PostgreSQL must be started. `connect: false` builds the
   * app without a connection (printing the GraphQL schema).
   */
  database: { url?: string; poolSize: number; embeddedPort: number; connect?: boolean };
  dataDir: string;
  redis?: { url: string; keyPrefix: string };
  mail: { smtpUrl?: string; from: string; outboxDir: string };
  admin?: { email: string; password: string };
  seedDemo: boolean;
  /** `workers: false` makes an instance enqueue background jobs but never run them. */
  jobs: { workers: boolean };
  /**
   * `secret` signs unsubscribe links (absent: one generated once under `DATA_DIR/secrets/`);
   * digests go out at `digestHour` (UTC), the weekly one on Mondays.
   */
  notifications: { secret?: string; digestHour: number; messageEmailDelaySeconds: number };
  sessionTtlDays: number;
  rateLimits: {
    loginPer15Min: number;
    registerPerHour: number;
    uploadsPerHour: number;
    postsPerMinute: number;
    /** In a member's first week. */
    newMemberPostsPerMinute: number;
    messagesPerMinute: number;
    conversationsPerHour: number;
    /** "Download my data" requests per member per day. */
    dataExportsPerDay: number;
    /** Guide PDF downloads per address per hour. */
    guidePdfPerHour: number;
  };
  /** The guide's PDF: printed by headless Chromium at `chromiumPath`, killed after `timeoutMs`. */
  guidePdf: { chromiumPath: string; timeoutMs: number; cacheDir: string };
  uploads: { dir: string; maxBytes: number; maxPixels: number };
  /** A member's first `holdFirstPosts` posts wait for a moderator's approval (0: never). */
  moderation: { holdFirstPosts: number };
  /** Street-level map tiles (`{z}/{x}/{y}` template); without it maps use the bundled basemap. */
  mapTileUrl?: string;
  graphql: { maxDepth: number; maxAliases: number; maxComplexity: number; introspection: boolean };
  logLevel: string;
}

export class ConfigError extends Error {}

/**
 * Parses and validates the environment. Throws a `ConfigError` whose message names every bad
 * setting, so start-up stops with something a person can act on.
 */
export function loadConfig(
  source: Record<string, string | undefined>,
  cwd: string = process.cwd(),
): AppConfig {
  // An empty variable means "not set": `FOO= npm start` must not count as a value.
  const cleaned = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = environmentSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '');
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  const allowedOrigins = (e.ALLOWED_ORIGINS ?? '')
    .split(',')
    .map((o) => o.trim().replace(/\/$/, ''))
    .filter(Boolean);
  return {
    env: e.NODE_ENV,
    http: {
      port: e.PORT,
      host: e.HOST,
      publicUrl,
      allowedOrigins: [...new Set([new URL(publicUrl).origin, ...allowedOrigins])],
      trustProxy: e.TRUST_PROXY,
      keepAliveSeconds: e.HTTP_KEEP_ALIVE_SECONDS,
      webDist: path.resolve(cwd, e.WEB_DIST),
    },
    database: { url: e.DATABASE_URL, poolSize: e.DB_POOL_SIZE, embeddedPort: e.EMBEDDED_PG_PORT },
    dataDir,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, keyPrefix: e.REDIS_KEY_PREFIX } : undefined,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, outboxDir: path.join(dataDir, 'outbox') },
    admin:
      e.ADMIN_EMAIL && e.ADMIN_PASSWORD
        ? { email: e.ADMIN_EMAIL.toLowerCase(), password: e.ADMIN_PASSWORD }
        : undefined,
    seedDemo: e.SEED_DEMO,
    jobs: { workers: e.JOBS_WORKERS },
    notifications: {
      secret: e.NOTIFICATION_SECRET,
      digestHour: e.NOTIFICATION_DIGEST_HOUR,
      messageEmailDelaySeconds: e.MESSAGE_EMAIL_DELAY_SECONDS,
    },
    sessionTtlDays: e.SESSION_TTL_DAYS,
    rateLimits: {
      loginPer15Min: e.RATE_LIMIT_LOGIN_PER_15MIN,
      registerPerHour: e.RATE_LIMIT_REGISTER_PER_HOUR,
      uploadsPerHour: e.RATE_LIMIT_UPLOADS_PER_HOUR,
      postsPerMinute: e.RATE_LIMIT_POSTS_PER_MINUTE,
      newMemberPostsPerMinute: e.RATE_LIMIT_NEW_MEMBER_POSTS_PER_MINUTE,
      messagesPerMinute: e.RATE_LIMIT_MESSAGES_PER_MINUTE,
      conversationsPerHour: e.RATE_LIMIT_CONVERSATIONS_PER_HOUR,
      dataExportsPerDay: e.RATE_LIMIT_DATA_EXPORTS_PER_DAY,
      guidePdfPerHour: e.RATE_LIMIT_GUIDE_PDF_PER_HOUR,
    },
    moderation: { holdFirstPosts: e.HOLD_FIRST_POSTS },
    guidePdf: {
      chromiumPath: e.CHROMIUM_PATH,
      timeoutMs: e.GUIDE_PDF_TIMEOUT_SECONDS * 1000,
      cacheDir: path.join(dataDir, 'guide-pdf'),
    },
    uploads: {
      dir: path.join(dataDir, 'uploads'),
      maxBytes: e.UPLOAD_MAX_BYTES,
      maxPixels: 50_000_000,
    },
    mapTileUrl: e.MAP_TILE_URL,
    graphql: {
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxComplexity: e.GRAPHQL_MAX_COMPLEXITY,
      introspection: e.NODE_ENV !== 'production',
    },
    logLevel: e.LOG_LEVEL,
  };
}

/** The one place that reads `process.env`. */
export function loadConfigFromEnvironment(): AppConfig {
  return loadConfig(process.env);
}
