import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Blockquote,
  Button,
  Card,
  Group,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Limits } from '@wide-open/shared/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '../guide-chapter-title';
import { guideSuggestionsQuery, reviewGuideSuggestionMutation } from '../guide.documents';

/** The chapter's open suggestions; accepting or declining tells the member. */
export function SuggestionsReview({ chapterId }: { chapterId: string }) {
  const { t, i18n } = useTranslation('guide');
  const language = i18n.resolvedLanguage ?? 'en';
  const { data, refetch } = useQuery(guideSuggestionsQuery, { variables: { chapterId } });
  const [review, { loading }] = useMutation(reviewGuideSuggestionMutation);
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [reviewed, setReviewed] = useState(false);
  const suggestions = data?.guideSuggestions.edges.map((e) => e.node) ?? [];
  const decide = async (id: string, decision: 'ACCEPTED' | 'DECLINED') => {
    await review({
      variables: { input: { suggestionId: id, decision, note: notes[id] || null } },
    });
    setReviewed(true);
    await refetch();
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="guide-suggestions">
      <Title order={2} size="h3" id="guide-suggestions">
        {t('edit.suggestions')}
      </Title>
      {reviewed ? (
        <Alert color="teal" role="status">
          {t('edit.reviewed')}
        </Alert>
      ) : null}
      {suggestions.length === 0 ? <Text>{t('edit.noSuggestions')}</Text> : null}
      {suggestions.map((s) => (
        <Card key={s.id} withBorder padding="sm" component="article">
          <Stack gap="xs">
            <Text size="sm" c="gray.8">
              {t('edit.by', { name: s.author.displayName, date: formatDay(s.createdAt, language) })}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{s.text}</Text>
            {s.proposedWording ? (
              <Blockquote p="xs" cite={t('edit.proposed')}>
                {s.proposedWording}
              </Blockquote>
            ) : null}
            <TextInput
              id={`review-note-${s.id}`}
              label={t('edit.reviewNote')}
              maxLength={Limits.guide.reviewNote}
              value={notes[s.id] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setNotes((all) => ({ ...all, [s.id]: value }));
              }}
            />
            <Group gap="sm">
              <Button loading={loading} onClick={() => void decide(s.id, 'ACCEPTED')}>
                {t('edit.accept')}
              </Button>
              <Button
                variant="outline"
                loading={loading}
                onClick={() => void decide(s.id, 'DECLINED')}
              >
                {t('edit.decline')}
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
