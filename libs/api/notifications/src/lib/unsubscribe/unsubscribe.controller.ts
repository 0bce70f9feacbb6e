import { Controller, Get, HttpCode, Post, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '@wide-open/api/core';
import { typeLabel } from '../email/notification-texts';
import { UnsubscribeService } from './unsubscribe.service';

const escape = (value: string) => value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(status: 'done' | 'invalid', type?: string): string {
  const [fr, en] =
    status === 'done' && type
      ? [
          `<h1>C'est noté</h1><p>Vous ne recevrez plus d'emails pour « ${escape(typeLabel(type, 'fr'))} ». Ces notifications restent visibles dans votre centre de notifications.</p><p><a href="/settings/notifications">Choisir ce que vous recevez</a></p>`,
          `<h1>Done</h1><p>You will no longer receive emails about “${escape(typeLabel(type, 'en'))}”. These notifications still appear in your notification centre.</p><p><a href="/settings/notifications">Choose what you receive</a></p>`,
        ]
      : [
          "<h1>Lien non valide</h1><p>Ce lien de désinscription n'est pas valide : rien n'a été modifié. Vous pouvez choisir ce que vous recevez dans vos paramètres, une fois connecté·e.</p>",
          '<h1>Invalid link</h1><p>This unsubscribe link is not valid: nothing was changed. You can choose what you receive in your settings once signed in.</p>',
        ];
  return `<!doctype html>
<html lang="fr">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>Wide Open</title></head>
<body>
<main>
<section>${fr}</section>
<hr>
<section lang="en">${en}</section>
</main>
</body>
</html>
`;
}

/**
 * `GET /notifications/unsubscribe?token=…`: the link in every notification email. Sets that type
 * to in-app only, without signing in. `POST` is the one-click form mail clients use (RFC 8058).
 */
@Controller('notifications/unsubscribe')
export class UnsubscribeController {
  constructor(private readonly unsubscribe: UnsubscribeService) {}

  @Get()
  @Public()
  async viaLink(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const type = await this.unsubscribe.apply(token);
    res
      .status(type ? 200 : 400)
      .setHeader('cache-control', 'no-store')
      .type('html')
      .send(page(type ? 'done' : 'invalid', type ?? undefined));
  }

  @Post()
  @Public()
  @HttpCode(200)
  async oneClick(@Query('token') token: unknown, @Res() res: Response): Promise<void> {
    const type = await this.unsubscribe.apply(token);
    res.status(type ? 200 : 400).json(type ? { unsubscribed: type } : { code: 'BAD_USER_INPUT' });
  }
}
