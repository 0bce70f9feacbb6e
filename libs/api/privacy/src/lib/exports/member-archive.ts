import type { DataSource } from 'typeorm';

/** Rows of one member's data, read in pages so the archive streams. */
export type PageReader = (db: DataSource, memberId: string) => AsyncIterable<unknown[]>;

export interface ArchiveSection {
  /** The key in the archive's JSON. */
  key: string;
  /** One object (`single`) or a list of rows. */
  kind: 'single' | 'list';
  read: PageReader;
}

const PAGE_SIZE = 500;

/** A small list read at once. */
function all(sql: string): PageReader {
  return async function* (db, memberId) {
    yield await db.query<unknown[]>(sql, [memberId]);
  };
}

/**
 * A possibly long list read by keyset pages on `id` (UUID v7: time-ordered). The SQL takes the
 * member as $1, the last id seen as $2 and the page size as $3, and must select `id`.
 */
function paged(sql: string): PageReader {
  return async function* (db, memberId) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await db.query<Array<{ id: string }>>(sql, [memberId, after, PAGE_SIZE]);
      if (rows.length > 0) yield rows;
      if (rows.length < PAGE_SIZE) return;
      after = rows[rows.length - 1].id;
    }
  };
}

/** A table another feature may not have created yet: `to_jsonb` keeps this schema-agnostic. */
function optionalTable(table: string, memberColumn: string): PageReader {
  return async function* (db, memberId) {
    const [{ present }] = await db.query<Array<{ present: boolean }>>(
      `SELECT to_regclass($1) IS NOT NULL AS present`,
      [`public.${table}`],
    );
    if (!present) return;
    yield await db
      .query<unknown[]>(
        `SELECT to_jsonb(t) - '${memberColumn}' AS row FROM "${table}" t WHERE "${memberColumn}" = $1`,
        [memberId],
      )
      .then((rows) => (rows as Array<{ row: unknown }>).map((r) => r.row));
  };
}

/**
 * Everything a member wrote or chose, and their profile: never what others wrote (the other side
 * of a conversation, replies to their posts), nor secrets (password hash, session tokens).
 */
export const memberArchiveSections: ArchiveSection[] = [
  {
    key: 'profile',
    kind: 'single',
    read: all(`
      SELECT id, email, handle, display_name AS "displayName", status, role,
             community_role AS "communityRole", sector, locale, headline, bio, city, country,
             languages, skills, interests, links, avatar_url AS "avatarUrl", motivation,
             decision_message AS "decisionMessage", decided_at AS "decidedAt",
             suspension_reason AS "suspensionReason", suspended_until AS "suspendedUntil",
             created_at AS "createdAt", updated_at AS "updatedAt"
      FROM members WHERE id = $1`),
  },
  {
    key: 'notificationPreferences',
    kind: 'list',
    read: optionalTable('notification_preferences', 'member_id'),
  },
  {
    key: 'sessions',
    kind: 'list',
    read: all(`
      SELECT created_at AS "createdAt", expires_at AS "expiresAt", revoked_at AS "revokedAt",
             user_agent AS "userAgent"
      FROM sessions WHERE member_id = $1 ORDER BY created_at`),
  },
  {
    key: 'uploads',
    kind: 'list',
    read: all(`
      SELECT id, width, height, variants, attached_at AS "attachedAt", created_at AS "createdAt"
      FROM uploads WHERE owner_id = $1 ORDER BY created_at`),
  },
  {
    key: 'placesCreated',
    kind: 'list',
    read: all(`
      SELECT id, slug, name, summary, description, kinds::text[] AS kinds, status, founded_year AS "foundedYear",
             city, country, latitude, longitude, website, address, links, videos,
             challenges::text[] AS challenges,
             facts, created_at AS "createdAt", updated_at AS "updatedAt"
      FROM places WHERE created_by = $1 ORDER BY created_at`),
  },
  {
    key: 'placeTeams',
    kind: 'list',
    read: all(`
      SELECT p.id AS "placeId", p.slug, p.name, pm.role, pm.created_at AS "joinedAt"
      FROM place_members pm JOIN places p ON p.id = pm.place_id
      WHERE pm.member_id = $1 ORDER BY pm.created_at`),
  },
  {
    key: 'lessons',
    kind: 'list',
    read: all(`
      SELECT l.id, l.place_id AS "placeId", p.slug AS "placeSlug", l.challenge, l.title,
             l.context, l.what_we_tried AS "whatWeTried", l.outcome, l.advice, l.figures,
             l.created_at AS "createdAt", l.updated_at AS "updatedAt"
      FROM lessons l JOIN places p ON p.id = l.place_id
      WHERE l.author_id = $1 ORDER BY l.created_at`),
  },
  {
    key: 'placesFollowed',
    kind: 'list',
    read: all(`
      SELECT p.id AS "placeId", p.slug, p.name, f.created_at AS "followedAt"
      FROM place_followers f JOIN places p ON p.id = f.place_id
      WHERE f.member_id = $1 ORDER BY f.created_at`),
  },
  {
    key: 'eventsOrganized',
    kind: 'list',
    read: all(`
      SELECT id, series_id AS "seriesId", title, description, starts_at AS "startsAt",
             ends_at AS "endsAt", time_zone AS "timeZone", place_id AS "placeId", address, city,
             country, online_url AS "onlineUrl", capacity, language, cover_url AS "coverUrl",
             cancelled_at AS "cancelledAt", created_at AS "createdAt"
      FROM events WHERE organizer_id = $1 ORDER BY starts_at`),
  },
  {
    key: 'eventAnswers',
    kind: 'list',
    read: all(`
      SELECT e.id AS "eventId", e.title, e.starts_at AS "startsAt", r.status, r.waitlisted,
             r.created_at AS "answeredAt", r.updated_at AS "updatedAt"
      FROM event_rsvps r JOIN events e ON e.id = r.event_id
      WHERE r.member_id = $1 ORDER BY e.starts_at`),
  },
  {
    key: 'stories',
    kind: 'list',
    read: all(`
      SELECT s.id, s.slug, s.title, s.summary, s.body, s.language, s.videos, s.challenges,
             s.status, s.published_at AS "publishedAt", s.version,
             coalesce((SELECT array_agg(p.slug ORDER BY sp.position) FROM story_places sp
                JOIN places p ON p.id = sp.place_id WHERE sp.story_id = s.id), '{}') AS "placeSlugs",
             s.created_at AS "createdAt", s.updated_at AS "updatedAt"
      FROM stories s WHERE s.author_id = $1 ORDER BY s.created_at`),
  },
  {
    key: 'journalFollowed',
    kind: 'list',
    read: all(`SELECT created_at AS "followedAt" FROM journal_followers WHERE member_id = $1`),
  },
  {
    key: 'threads',
    kind: 'list',
    read: all(`
      SELECT t.id, t.title, t.tags, c.slug AS category, t.place_id AS "placeId", t.challenge,
             t.created_at AS "createdAt"
      FROM threads t JOIN categories c ON c.id = t.category_id
      WHERE t.author_id = $1 ORDER BY t.created_at`),
  },
  {
    key: 'posts',
    kind: 'list',
    read: paged(`
      SELECT p.id, p.thread_id AS "threadId", p.body, p.reply_to_id AS "replyToId",
             p.research_consent AS "researchConsent", p.created_at AS "createdAt",
             p.edited_at AS "editedAt", p.deleted_at AS "deletedAt",
             coalesce((SELECT json_agg(json_build_object('body', r.body, 'replacedAt', r.replaced_at)
                                       ORDER BY r.replaced_at)
                       FROM post_revisions r WHERE r.post_id = p.id), '[]'::json) AS revisions
      FROM posts p WHERE p.author_id = $1 AND p.id > $2 ORDER BY p.id LIMIT $3`),
  },
  {
    key: 'reactions',
    kind: 'list',
    read: all(`
      SELECT post_id AS "postId", emoji, created_at AS "createdAt"
      FROM post_reactions WHERE member_id = $1 ORDER BY created_at`),
  },
  {
    key: 'threadSubscriptions',
    kind: 'list',
    read: all(`
      SELECT thread_id AS "threadId", following, muted, last_read_at AS "lastReadAt"
      FROM thread_subscriptions WHERE member_id = $1`),
  },
  {
    key: 'conversations',
    kind: 'list',
    read: all(`
      SELECT c.id, c.is_group AS "isGroup", c.title, cp.joined_at AS "joinedAt",
             cp.left_at AS "leftAt"
      FROM conversation_participants cp JOIN conversations c ON c.id = cp.conversation_id
      WHERE cp.member_id = $1 ORDER BY cp.joined_at`),
  },
  {
    // Only the messages the member sent: the other side's words are theirs.
    key: 'messagesSent',
    kind: 'list',
    read: paged(`
      SELECT id, conversation_id AS "conversationId", body, client_message_id AS "clientMessageId",
             created_at AS "createdAt", edited_at AS "editedAt", deleted_at AS "deletedAt"
      FROM messages WHERE author_id = $1 AND id > $2 ORDER BY id LIMIT $3`),
  },
  {
    key: 'blockedMembers',
    kind: 'list',
    read: all(`
      SELECT b.blocked_id AS "memberId", m.handle, b.created_at AS "blockedAt"
      FROM member_blocks b JOIN members m ON m.id = b.blocked_id
      WHERE b.blocker_id = $1 ORDER BY b.created_at`),
  },
  {
    // What the member was told, without the excerpts and names of what others wrote.
    key: 'notifications',
    kind: 'list',
    read: paged(`
      SELECT id, type, payload - '{excerpt,authorName,authorHandle}'::text[] AS payload,
             read_at AS "readAt", created_at AS "createdAt"
      FROM notifications WHERE member_id = $1 AND id > $2 ORDER BY id LIMIT $3`),
  },
  {
    // What the member reported and why; not the reported content itself (someone else's).
    key: 'reportsFiled',
    kind: 'list',
    read: all(`
      SELECT id, target_type AS "targetType", target_id AS "targetId", reason, status,
             resolution, created_at AS "createdAt", resolved_at AS "resolvedAt"
      FROM reports WHERE reporter_id = $1 ORDER BY created_at`),
  },
  {
    key: 'guideSuggestions',
    kind: 'list',
    read: all(`
      SELECT s.id, c.slug AS "chapterSlug", s.text, s.proposed_wording AS "proposedWording",
             s.language, s.status, s.review_note AS "reviewNote", s.created_at AS "createdAt",
             s.reviewed_at AS "reviewedAt"
      FROM guide_suggestions s JOIN guide_chapters c ON c.id = s.chapter_id
      WHERE s.author_id = $1 ORDER BY s.created_at`),
  },
  {
    key: 'guideVersionsWritten',
    kind: 'list',
    read: all(`
      SELECT v.id, c.slug AS "chapterSlug", v.number, v.title_fr AS "titleFr",
             v.title_en AS "titleEn", v.body_fr AS "bodyFr", v.body_en AS "bodyEn", v.note,
             v.created_at AS "createdAt"
      FROM guide_chapter_versions v JOIN guide_chapters c ON c.id = v.chapter_id
      WHERE v.author_id = $1 ORDER BY v.created_at`),
  },
];
