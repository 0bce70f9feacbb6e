import { Controller, Get, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import {
  ActiveMember,
  BadInputError,
  CurrentViewer,
  type Viewer,
  isUuid,
} from '@wide-open/api/core';
import { ResearchExportService, toCsv } from './research-export.service';

/** `GET /research/export?threadId=…|search=…&format=csv|json`: consenting posts only. */
@Controller('research')
export class ResearchExportController {
  constructor(private readonly exports: ResearchExportService) {}

  @Get('export')
  @ActiveMember()
  async export(
    @Query('threadId') threadId: string | undefined,
    @Query('search') search: string | undefined,
    @Query('format') format: string | undefined,
    @CurrentViewer() viewer: Viewer,
    @Res() res: Response,
  ): Promise<void> {
    if (threadId !== undefined && !isUuid(threadId))
      throw new BadInputError({ threadId: 'is not a thread id' });
    if (search !== undefined && (typeof search !== 'string' || search.length > 200))
      throw new BadInputError({ search: 'must be at most 200 characters' });
    if (format !== undefined && format !== 'csv' && format !== 'json')
      throw new BadInputError({ format: 'must be csv or json' });
    const rows = await this.exports.rows(viewer, { threadId, search });
    const stamp = new Date().toISOString().slice(0, 10);
    if (format === 'json') {
      res.setHeader(
        'content-disposition',
        `attachment; filename="wide-open-research-${stamp}.json"`,
      );
      res.json({ exportedAt: new Date().toISOString(), count: rows.length, posts: rows });
      return;
    }
    res.setHeader('content-type', 'text/csv; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="wide-open-research-${stamp}.csv"`);
    res.send(toCsv(rows));
  }
}
