import { Anchor, List, Stack, Title } from '@mantine/core';
import { type MemberProfileFragment } from '@wide-open/web/data-access';
import { countryName, languageName } from '@wide-open/web/ui';
import { useTranslation } from 'react-i18next';
import { TagList } from '../tags/tag-list';

/** Who, where, which languages, skills, interests and links: a definition list. */
export function ProfileFacts({ member }: { member: MemberProfileFragment }) {
  const { t, i18n } = useTranslation('members');
  const lang = i18n.resolvedLanguage ?? 'en';
  const place = [member.city, member.country ? countryName(member.country, lang) : null]
    .filter(Boolean)
    .join(', ');
  return (
    <Stack gap="md">
      <dl className="wo-facts">
        <dt>{t('profile.whoTheyAre')}</dt>
        <dd>{t(`accounts:communityRole.${member.communityRole}`)}</dd>
        {member.sector ? (
          <>
            <dt>{t('profile.sector')}</dt>
            <dd>{t(`accounts:sector.${member.sector}`)}</dd>
          </>
        ) : null}
        {place ? (
          <>
            <dt>{t('profile.location')}</dt>
            <dd>{place}</dd>
          </>
        ) : null}
        {member.languages.length > 0 ? (
          <>
            <dt>{t('profile.languages')}</dt>
            <dd>{member.languages.map((code) => languageName(code, lang)).join(', ')}</dd>
          </>
        ) : null}
      </dl>
      {member.skills.length > 0 ? (
        <section aria-labelledby="skills-heading">
          <Title order={2} size="h4" id="skills-heading" mb="xs">
            {t('profile.skills')}
          </Title>
          <TagList tags={member.skills} label={t('profile.skills')} />
        </section>
      ) : null}
      {member.interests.length > 0 ? (
        <section aria-labelledby="interests-heading">
          <Title order={2} size="h4" id="interests-heading" mb="xs">
            {t('profile.interests')}
          </Title>
          <TagList tags={member.interests} label={t('profile.interests')} />
        </section>
      ) : null}
      {member.links.length > 0 ? (
        <section aria-labelledby="links-heading">
          <Title order={2} size="h4" id="links-heading" mb="xs">
            {t('profile.links')}
          </Title>
          <List>
            {member.links.map((link) => (
              <List.Item key={link}>
                <Anchor
                  href={link}
                  rel="nofollow ugc noopener"
                  style={{ overflowWrap: 'anywhere' }}
                >
                  {link.replace(/^https?:\/\//, '')}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </section>
      ) : null}
    </Stack>
  );
}
