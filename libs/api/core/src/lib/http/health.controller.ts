import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { Public } from '../auth/access.decorators';

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  @Get()
  @Public()
  @HttpCode(200)
  async check(@Res({ passthrough: true }) res: Response): Promise<{ status: string }> {
    try {
      await this.dataSource.query('SELECT 1');
      return { status: 'ok' };
    } catch {
      res.status(503);
      return { status: 'unavailable' };
    }
  }
}
