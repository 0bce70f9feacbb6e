import { expect, type Page, test } from '@playwright/test';
import { expectAccessible } from '../support/a11y';
import { signIn } from '../support/journeys';
import { type Lang } from '../support/texts';
import { createMember } from '../support/members';
import { newPerson } from './messaging.support';
import { messagingTexts } from './messaging.texts';

async function messagesInConversation(page: Page, conversationId: string, body: string) {
  const response = await page.request.post('/graphql', {
    data: {
      query: `query ($id: ID!) { conversation(id: $id) { messages(first: 100) { edges { node { body } } } } }`,
      variables: { id: conversationId },
    },
  });
  const json = (await response.json()) as {
    data: { conversation: { messages: { edges: { node: { body: string } }[] } } };
  };
  return json.data.conversation.messages.edges.filter((e) => e.node.body === body).length;
}

// Once in English and once in French; each at desktop and phone sizes (the two projects).
for (const lang of ['en', 'fr'] as const satisfies readonly Lang[]) {
  test.describe(`messaging in ${lang}`, () => {
    test('two members chat live, see typing and read marks, and a message written offline arrives once', async ({
      browser,
      request,
    }, info) => {
      // Two people, two sign-ins and five accessibility checks: longer than a one-page journey.
      test.setTimeout(180_000);
      const t = messagingTexts[lang];
      const history = (page: Page) => page.getByRole('region', { name: t.history });
      const grace = await createMember(request, lang, lang === 'fr' ? 'Élise' : 'Grace');
      const marco = await createMember(request, lang, lang === 'fr' ? 'Léon' : 'Marco');
      const a = await newPerson(browser, info, lang);
      const b = await newPerson(browser, info, lang);
      try {
        await signIn(a.page, lang, grace.email, grace.password);
        await expect(a.page).toHaveURL(/\/app$/);
        await signIn(b.page, lang, marco.email, marco.password);
        await expect(b.page).toHaveURL(/\/app$/);

        // Grace starts the conversation from the inbox.
        await a.page.goto('/messages');
        await expect(a.page.getByRole('heading', { level: 1, name: t.inboxTitle })).toBeVisible();
        await expectAccessible(a.page, info, 'inbox-empty');
        await a.page.getByRole('link', { name: t.newMessage }).click();
        await expect(a.page.getByRole('heading', { level: 1, name: t.composeTitle })).toBeVisible();
        await a.page.getByRole('combobox', { name: t.to }).fill(marco.word);
        await a.page.getByRole('option', { name: new RegExp(marco.word) }).click();
        await expectAccessible(a.page, info, 'new-message');
        const hello = `Hello ${marco.displayName}, shall we compare our cafés?`;
        await a.page.getByRole('textbox', { name: t.firstMessage, exact: true }).fill(hello);
        await a.page.getByRole('button', { name: t.send }).click();
        await expect(a.page).toHaveURL(/\/messages\/[0-9a-f-]{36}$/);
        const conversationId = a.page.url().split('/').pop() ?? '';
        await expect(
          a.page.getByRole('heading', { level: 1, name: marco.displayName }),
        ).toBeVisible();
        await expect(history(a.page).getByText(hello)).toBeVisible();

        // Marco sees it in his inbox, unread; opening it marks it read: Grace sees "Seen".
        await b.page.goto('/messages');
        const item = b.page.getByRole('link', { name: new RegExp(grace.displayName) });
        await expect(item).toContainText(t.unread);
        await expectAccessible(b.page, info, 'inbox-unread');
        await item.click();
        await expect(history(b.page).getByText(hello)).toBeVisible();
        await expect(a.page.getByText(t.seen, { exact: true })).toBeVisible();
        await expectAccessible(b.page, info, 'conversation');

        // Marco types: Grace sees it; his reply arrives live and the indicator goes away.
        const composerB = b.page.getByRole('textbox', { name: t.messageTo(grace.displayName) });
        await composerB.pressSequentially('Gladly, ', { delay: 30 });
        await expect(a.page.getByText(t.typing(marco.displayName))).toBeVisible();
        const reply = `Gladly! Ours opens at nine (${marco.word}).`;
        await composerB.fill(reply);
        await composerB.press('Enter');
        await expect(history(a.page).getByText(reply)).toBeVisible();
        // Announced to screen readers too, politely.
        await expect(a.page.getByRole('status').filter({ hasText: reply })).toHaveCount(1);
        await expect(a.page.getByText(t.typing(marco.displayName))).toBeHidden();

        // Grace loses the network: her message waits, then goes exactly once.
        await a.context.setOffline(true);
        await expect(a.page.getByRole('status').filter({ hasText: t.offline })).toBeVisible();
        const offline = `Written offline ${Date.now().toString(36)}`;
        const composerA = a.page.getByRole('textbox', { name: t.messageTo(marco.displayName) });
        await composerA.fill(offline);
        await composerA.press('Enter');
        const pendingItem = a.page.getByRole('listitem').filter({ hasText: offline });
        await expect(pendingItem).toContainText(t.sending);
        await expectAccessible(a.page, info, 'offline-pending');
        await a.context.setOffline(false);
        await expect(pendingItem).not.toContainText(t.sending, { timeout: 20_000 });
        await expect(history(b.page).getByText(offline)).toHaveCount(1);
        await expect(history(a.page).getByText(offline)).toHaveCount(1);
        // A reload must not bring it back from the outbox either.
        await a.page.reload();
        await expect(history(a.page).getByText(offline)).toHaveCount(1);
        expect(await messagesInConversation(a.page, conversationId, offline)).toBe(1);
        expect(await messagesInConversation(b.page, conversationId, offline)).toBe(1);
      } finally {
        await a.context.close();
        await b.context.close();
      }
    });
  });
}
