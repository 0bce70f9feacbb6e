import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { Challenge, ErrorCode, Limits, StoryStatus } from '@wide-open/shared/contracts';
import {
  errorCode,
  fieldErrors,
  type SessionMember,
  type StoryDetailsFragment,
} from '@wide-open/web/data-access';
import { characterCount, FormErrorSummary } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import {
  createStoryMutation,
  deleteStoryMutation,
  publishStoryMutation,
  unpublishStoryMutation,
  updateStoryMutation,
} from '../journal.documents';
import { StoryArticle, type StoryView } from '../story/story-article';
import { CoverField } from './cover-field';
import { PlacesField } from './places-field';
import {
  checkStory,
  draftOf,
  emptyDraft,
  fieldInputId,
  serverErrors,
  type StoryDraft,
  type StoryErrors,
  toCreateInput,
  toUpdateInput,
  videoLines,
} from './story-values';

const L = Limits.story;

type Action = 'save' | 'publish' | 'unpublish' | 'delete';

export interface StoryFormProps {
  /** The story being edited; null for a new one. */
  story: StoryDetailsFragment | null;
  author: SessionMember;
  uploadMaxBytes: number;
}

/** The editor's values as the story page will show them (the preview). */
function previewOf(
  draft: StoryDraft,
  story: StoryDetailsFragment | null,
  author: SessionMember,
): StoryView {
  return {
    title: draft.title.trim(),
    summary: draft.summary.trim(),
    body: draft.body,
    language: draft.language,
    videos: videoLines(draft.videos),
    challenges: draft.challenges,
    publishedAt: story?.publishedAt ?? null,
    updatedAt: story?.updatedAt ?? null,
    version: story?.version ?? 1,
    cover: draft.cover ? { ...draft.cover, alt: draft.coverAlt.trim() || null } : null,
    places: draft.places,
    author: story?.author ?? author,
  };
}

/**
 * Writing and editing a story, with a preview of the page as it will appear. A new story and a
 * draft are saved as drafts or saved and published; a published story is saved (a new version
 * when its text changed) or taken back to draft.
 */
export function StoryForm({ story, author, uploadMaxBytes }: StoryFormProps) {
  const { t, i18n } = useTranslation('journal');
  const navigate = useNavigate();
  const [draft, setDraft] = useState<StoryDraft>(() =>
    story ? draftOf(story) : emptyDraft(i18n.resolvedLanguage ?? 'en'),
  );
  const [tab, setTab] = useState<string>('write');
  const [errors, setErrors] = useState<StoryErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState<Action | null>(null);
  const [createStory] = useMutation(createStoryMutation);
  const [updateStory] = useMutation(updateStoryMutation);
  const [publishStory] = useMutation(publishStoryMutation);
  const [unpublishStory] = useMutation(unpublishStoryMutation);
  const [deleteStory] = useMutation(deleteStoryMutation);
  const set = <K extends keyof StoryDraft>(key: K, value: StoryDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const published = story?.status === StoryStatus.PUBLISHED;

  /** Saves (creating the story if new); the saved story's slug, or null when refused. */
  const save = async (): Promise<{ id: string; slug: string } | null> => {
    const checked = checkStory(draft, t);
    setErrors(checked);
    if (Object.keys(checked).length > 0) {
      setTab('write');
      setFailure(t('editor.failed'));
      return null;
    }
    try {
      if (story) {
        const result = await updateStory({
          variables: { id: story.id, input: toUpdateInput(draft) },
        });
        return result.data?.updateStory ?? null;
      }
      const result = await createStory({ variables: { input: toCreateInput(draft) } });
      return result.data?.createStory ?? null;
    } catch (error) {
      setTab('write');
      if (errorCode(error) === ErrorCode.BAD_USER_INPUT) {
        const fields = fieldErrors(error);
        setErrors(serverErrors(fields, t));
        setFailure(t('editor.failed'));
      } else setFailure(t('editor.errorGeneric'));
      return null;
    }
  };

  const run = async (action: Action) => {
    setFailure(null);
    setBusy(action);
    try {
      if (action === 'delete') {
        if (!story || !window.confirm(t('editor.deleteConfirm'))) return;
        await deleteStory({ variables: { id: story.id } });
        await navigate('/journal');
        return;
      }
      if (action === 'unpublish') {
        if (!story) return;
        await unpublishStory({ variables: { id: story.id } });
        await navigate(`/journal/${story.slug}`);
        return;
      }
      const saved = await save();
      if (!saved) return;
      if (action === 'publish') await publishStory({ variables: { id: saved.id } });
      await navigate(`/journal/${saved.slug}`);
    } catch {
      setFailure(t('editor.errorGeneric'));
    } finally {
      setBusy(null);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('save');
  };

  const summary = Object.fromEntries(
    Object.entries(errors)
      .filter((entry): entry is [keyof typeof fieldInputId, string] => !!entry[1])
      .map(([field, message]) => [fieldInputId[field], message]),
  );
  const counted = (value: string, max: number) =>
    t('ui:characterCount', { count: characterCount(value), max });

  return (
    <Stack gap="md">
      <div className="wo-journal-form-errors">
        <FormErrorSummary
          message={Object.keys(summary).length > 0 ? null : failure}
          fields={summary}
          title={t('editor.failed')}
        />
      </div>
      <form noValidate onSubmit={submit}>
        <Stack gap="md">
          <Tabs value={tab} onChange={(value) => setTab(value ?? 'write')} keepMounted={false}>
            <Tabs.List>
              <Tabs.Tab value="write">{t('editor.write')}</Tabs.Tab>
              <Tabs.Tab value="preview">{t('editor.preview')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="write" pt="md">
              <Stack gap="md">
                <TextInput
                  id="story-title"
                  label={t('editor.storyTitle')}
                  description={t('editor.titleHelp', L.title)}
                  required
                  value={draft.title}
                  onChange={(e) => set('title', e.currentTarget.value)}
                  error={errors.title}
                />
                <Textarea
                  id="story-summary"
                  label={t('editor.summary')}
                  description={t('editor.summaryHelp', L.summary)}
                  required
                  autosize
                  minRows={2}
                  value={draft.summary}
                  onChange={(e) => set('summary', e.currentTarget.value)}
                  error={errors.summary}
                />
                <Textarea
                  id="story-body"
                  label={t('editor.body')}
                  description={`${t('editor.bodyHelp', { max: L.body.max })} ${counted(draft.body, L.body.max)}`}
                  required
                  autosize
                  minRows={10}
                  maxRows={30}
                  value={draft.body}
                  onChange={(e) => set('body', e.currentTarget.value)}
                  error={errors.body}
                />
                <NativeSelect
                  id="story-language"
                  label={t('editor.language')}
                  value={draft.language}
                  onChange={(e) => set('language', e.currentTarget.value === 'fr' ? 'fr' : 'en')}
                  data={[
                    { value: 'en', label: t('languageName.en') },
                    { value: 'fr', label: t('languageName.fr') },
                  ]}
                  error={errors.language}
                  maw={320}
                />
                <Stack gap={4}>
                  <Text fw={500}>{t('editor.places')}</Text>
                  <PlacesField
                    value={draft.places}
                    onChange={(places) => set('places', places)}
                    error={errors.placeIds}
                  />
                </Stack>
                <Checkbox.Group
                  id="story-challenges"
                  label={t('editor.challenges')}
                  value={draft.challenges}
                  onChange={(values) => set('challenges', values)}
                  error={errors.challenges}
                >
                  <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                    {Object.values(Challenge).map((challenge) => (
                      <Checkbox
                        key={challenge}
                        value={challenge}
                        label={t(`places:challenge.${challenge}`)}
                      />
                    ))}
                  </SimpleGrid>
                </Checkbox.Group>
                <Textarea
                  id="story-videos"
                  label={t('editor.videos')}
                  description={t('editor.videosHelp', { max: L.videos })}
                  autosize
                  minRows={2}
                  value={draft.videos}
                  onChange={(e) => set('videos', e.currentTarget.value)}
                  error={errors.videos}
                />
                <CoverField
                  cover={draft.cover}
                  alt={draft.coverAlt}
                  maxBytes={uploadMaxBytes}
                  onCoverChange={(cover) => set('cover', cover)}
                  onAltChange={(alt) => set('coverAlt', alt)}
                  error={errors.coverId}
                  altError={errors.coverAlt}
                />
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="preview" pt="md">
              <Stack gap="md">
                <Alert color="gray" variant="light">
                  {t('editor.previewIntro')}
                </Alert>
                <StoryArticle story={previewOf(draft, story, author)} level={2} />
              </Stack>
            </Tabs.Panel>
          </Tabs>
          <Group gap="sm">
            {published ? (
              <>
                <Button type="submit" loading={busy === 'save'}>
                  {t('editor.saveChanges')}
                </Button>
                <Button
                  variant="outline"
                  loading={busy === 'unpublish'}
                  onClick={() => void run('unpublish')}
                >
                  {t('editor.unpublish')}
                </Button>
              </>
            ) : (
              <>
                <Button type="submit" variant="outline" loading={busy === 'save'}>
                  {t('editor.saveDraft')}
                </Button>
                <Button loading={busy === 'publish'} onClick={() => void run('publish')}>
                  {t('editor.saveAndPublish')}
                </Button>
              </>
            )}
            {story && !story.publishedAt ? (
              <Button
                variant="subtle"
                color="red.9"
                loading={busy === 'delete'}
                onClick={() => void run('delete')}
              >
                {t('editor.delete')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
      <Anchor component={Link} to="/journal">
        {t('editor.cancel')}
      </Anchor>
    </Stack>
  );
}
