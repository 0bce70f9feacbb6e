import * as fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { CurrentViewer, Public, type Viewer } from '@wide-open/api/core';
import { DataExportsService } from './data-exports.service';

/**
 * `GET /privacy/exports/:id/download`: the owner's archive as a JSON file, with the session
 * cookie or a bearer token. Everyone else, signed in or not, gets 404 (never a hint it exists),
 * hence `@Public()` with the owner check in the service.
 */
@Controller('privacy/exports')
export class DataExportsController {
  constructor(private readonly exports: DataExportsService) {}

  @Get(':id/download')
  @Public()
  async download(
    @Param('id') id: string,
    @CurrentViewer() viewer: Viewer | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const { file, row } = await this.exports.downloadable(viewer, id);
    const stamp = row.createdAt.toISOString().slice(0, 10);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.setHeader('content-disposition', `attachment; filename="wide-open-my-data-${stamp}.json"`);
    res.setHeader('cache-control', 'private, no-store');
    res.setHeader('vary', 'accept-encoding');
    // Stored gzipped: sent as is to clients that accept it (browsers do), unzipped otherwise.
    if (req.acceptsEncodings('gzip') === 'gzip') {
      res.setHeader('content-encoding', 'gzip');
      res.setHeader('content-length', String(row.bytes ?? fs.statSync(file).size));
      await pipeline(fs.createReadStream(file), res);
    } else {
      await pipeline(fs.createReadStream(file), createGunzip(), res);
    }
  }
}
