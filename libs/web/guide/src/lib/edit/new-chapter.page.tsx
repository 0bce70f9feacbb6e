import '../guide.css';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Container,
  NativeSelect,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { Challenge, GUIDE_STAGES, Limits } from '@wide-open/shared/contracts';
import { fieldErrors } from '@wide-open/web/data-access';
import { PageHeading } from '@wide-open/web/ui';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createGuideChapterMutation } from '../guide.documents';
import { useGuideEditor } from '../read/guide.page';
import { useGuideTexts } from '../use-guide-texts.hook';
import { ChapterTextFields, type ChapterText } from './chapter-text-fields';
import { EditorsOnly } from './editors-only';

interface NewChapter extends ChapterText {
  stage: string;
  challenges: string[];
  slug: string;
}

const blank: NewChapter = {
  stage: '',
  challenges: [],
  slug: '',
  titleFr: '',
  titleEn: '',
  bodyFr: '',
  bodyEn: '',
  note: '',
};

/** `/guide/chapters/new` (editors): a chapter and its first version, a draft until published. */
export function NewChapterPage() {
  useGuideTexts();
  const { t } = useTranslation('guide');
  const editor = useGuideEditor();
  const navigate = useNavigate();
  const [create, creating] = useMutation(createGuideChapterMutation, {
    // The contents list must show the new draft next time it is opened.
    update: (cache) => void cache.evict({ id: 'ROOT_QUERY', fieldName: 'guide' }),
  });
  const [draft, setDraft] = useState<NewChapter>(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  if (!editor) return <EditorsOnly />;

  const set = <K extends keyof NewChapter>(field: K, value: NewChapter[K]) =>
    setDraft((d) => ({ ...d, [field]: value }));
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailed(false);
    try {
      const { data } = await create({
        variables: {
          input: { ...draft, slug: draft.slug.trim() || null, note: draft.note || null },
        },
      });
      if (data) void navigate(`/guide/${data.createGuideChapter.slug}/edit`);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors(fields);
      setFailed(Object.keys(fields).length === 0);
    }
  };

  return (
    <Container size="md">
      <Stack gap="lg">
        <Anchor component={Link} to="/guide" size="sm">
          {t('chapter.back')}
        </Anchor>
        <PageHeading title={t('new.title')} />
        {failed ? <Alert color="red">{t('new.error')}</Alert> : null}
        <form onSubmit={(event) => void submit(event)} noValidate>
          <Stack gap="sm">
            <NativeSelect
              id="guide-stage"
              label={t('new.stage')}
              value={draft.stage}
              onChange={(e) => set('stage', e.currentTarget.value)}
              data={[
                { value: '', label: t('new.chooseStage') },
                ...GUIDE_STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })),
              ]}
              error={errors['stage']}
              required
            />
            <Checkbox.Group
              id="guide-challenges"
              label={t('new.challenges')}
              value={draft.challenges}
              onChange={(values) => set('challenges', values)}
              error={errors['challenges']}
            >
              <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
                {Object.values(Challenge).map((c) => (
                  <Checkbox
                    key={c}
                    value={c}
                    label={t(`places:challenge.${c}`, { defaultValue: c })}
                  />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
            <TextInput
              id="guide-slug"
              label={t('new.slug')}
              description={t('new.slugHelp')}
              value={draft.slug}
              maxLength={Limits.guide.slug.max}
              onChange={(e) => set('slug', e.currentTarget.value)}
              error={errors['slug']}
            />
            <ChapterTextFields value={draft} errors={errors} onChange={set} />
            <Button type="submit" loading={creating.loading} style={{ alignSelf: 'flex-start' }}>
              {t('new.create')}
            </Button>
          </Stack>
        </form>
      </Stack>
    </Container>
  );
}
