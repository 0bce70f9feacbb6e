import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MemberStatus } from '@wide-open/shared/contracts';
import type {
  ModerationDashboardObject,
  WeeklyCountObject,
} from '../dto/moderation-dashboard.object';
import { ReportStatus, type ReportTarget } from '../entities/report.entity';

/** How many weeks the dashboard's charts cover, the current one included. */
export const DASHBOARD_WEEKS = 12;

interface FiguresRow {
  pending_applications: number;
  open_reports: number;
  held_posts: number;
  application_id: string | null;
  application_name: string | null;
  application_since: Date | null;
  report_id: string | null;
  report_type: ReportTarget | null;
  report_since: Date | null;
}

/**
 * ISO weeks (Monday, UTC) from 11 weeks ago to this one, each with the rows created in it: the
 * counts are grouped first (a range scan on the `created_at` index), then joined to the series so
 * that weeks without any row read 0.
 */
const weeklySeries = (table: string, where: string) => `
  WITH bounds AS (
    SELECT date_trunc('week', now() AT TIME ZONE 'UTC') AS this_week
  ), counts AS (
    SELECT date_trunc('week', t.created_at AT TIME ZONE 'UTC') AS week, count(*)::int AS n
      FROM ${table} t, bounds b
     WHERE t.created_at >= (b.this_week - interval '${DASHBOARD_WEEKS - 1} weeks') AT TIME ZONE 'UTC'
       AND ${where}
     GROUP BY 1
  )
  SELECT to_char(w.week, 'YYYY-MM-DD') AS week_start, coalesce(c.n, 0)::int AS count
    FROM bounds b,
         generate_series(b.this_week - interval '${DASHBOARD_WEEKS - 1} weeks', b.this_week, interval '1 week') AS w(week)
    LEFT JOIN counts c ON c.week = w.week
   ORDER BY w.week`;

// Joined: let in by a moderator (or seeded so), whatever happened since. The status and
// created_at filters use members_status_created_idx.
const MEMBERS_PER_WEEK = weeklySeries(
  'members',
  `t.status IN ('${MemberStatus.ACTIVE}', '${MemberStatus.SUSPENDED}')`,
);
// Every post written that week, hidden ones too: this measures activity (posts_created_idx).
const POSTS_PER_WEEK = weeklySeries('posts', 'true');

const FIGURES = `
  SELECT (SELECT count(*)::int FROM members WHERE status = $1) AS pending_applications,
         (SELECT count(*)::int FROM reports WHERE status = $2) AS open_reports,
         (SELECT count(*)::int FROM posts WHERE held_at IS NOT NULL) AS held_posts,
         a.id AS application_id, a.display_name AS application_name, a.created_at AS application_since,
         r.id AS report_id, r.target_type AS report_type, r.created_at AS report_since
    FROM (SELECT 1) AS one
    LEFT JOIN LATERAL (
      SELECT id, display_name, created_at FROM members WHERE status = $1 ORDER BY created_at, id LIMIT 1
    ) a ON true
    LEFT JOIN LATERAL (
      SELECT id, target_type, created_at FROM reports WHERE status = $2 ORDER BY created_at, id LIMIT 1
    ) r ON true`;

/** What a moderator sees first: what waits, since when, and how the community grows. */
@Injectable()
export class ModerationDashboardService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async dashboard(): Promise<ModerationDashboardObject> {
    const [[figures], membersPerWeek, postsPerWeek] = await Promise.all([
      this.dataSource.query<FiguresRow[]>(FIGURES, [MemberStatus.PENDING, ReportStatus.OPEN]),
      this.weekly(MEMBERS_PER_WEEK),
      this.weekly(POSTS_PER_WEEK),
    ]);
    return {
      pendingApplications: figures.pending_applications,
      openReports: figures.open_reports,
      heldPosts: figures.held_posts,
      oldestApplication:
        figures.application_id && figures.application_name && figures.application_since
          ? {
              id: figures.application_id,
              displayName: figures.application_name,
              since: figures.application_since,
            }
          : null,
      oldestReport:
        figures.report_id && figures.report_type && figures.report_since
          ? { id: figures.report_id, targetType: figures.report_type, since: figures.report_since }
          : null,
      membersPerWeek,
      postsPerWeek,
    };
  }

  private async weekly(sql: string): Promise<WeeklyCountObject[]> {
    const rows = await this.dataSource.query<Array<{ week_start: string; count: number }>>(sql);
    return rows.map((r) => ({ weekStart: r.week_start, count: r.count }));
  }
}
