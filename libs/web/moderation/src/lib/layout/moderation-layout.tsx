import { Container } from '@mantine/core';
import { useSession } from '@wide-open/web/data-access';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useModerationTexts } from '../i18n/use-moderation-texts.hook';
import { isModerator } from './moderation-page';
import '../moderation.css';

const SECTIONS = [
  { to: '/moderation', key: 'dashboard', end: true },
  { to: '/moderation/applications', key: 'applications', end: false },
  { to: '/moderation/reports', key: 'reports', end: false },
  { to: '/moderation/log', key: 'log', end: false },
] as const;

/**
 * Around every moderators' page: links between the overview, applications, reports and the log
 * (one "Moderation" entry in the header keeps it from overflowing). Each page guards itself.
 */
export function ModerationLayout() {
  useModerationTexts();
  const { t } = useTranslation('moderation');
  const { member } = useSession();
  return (
    <Container size="md" px={0}>
      {isModerator(member) ? (
        <nav aria-label={t('sections.label')}>
          <ul className="wo-moderation-sections">
            {SECTIONS.map((section) => (
              <li key={section.key}>
                <NavLink to={section.to} end={section.end}>
                  {t(`sections.${section.key}`)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <Outlet />
    </Container>
  );
}
