import { Anchor, Badge, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { LanguageSwitch } from './language-switch';
import { SkipLink } from './skip-link';

export interface NavItem {
  to: string;
  label: string;
  /** A count shown beside the label; its meaning is spelled out in `badgeLabel`. */
  badge?: number;
  badgeLabel?: string;
  /** Only in the phone menu: what the header shows as an icon on wider screens. */
  phoneOnly?: boolean;
}

export interface AppLayoutProps {
  nav: NavItem[];
  /** Right side of the header: sign-in links or the member's name and sign-out. */
  account: ReactNode;
  children: ReactNode;
}

function NavLinks({ nav }: { nav: NavItem[] }) {
  return (
    <ul className="wo-nav-list">
      {nav.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end className="wo-nav-link">
            {item.label}
            {item.badge ? (
              <Badge ml={6} size="sm" color="teal.9" component="span">
                <span aria-hidden="true">{item.badge}</span>
                <span className="wo-visually-hidden">{item.badgeLabel}</span>
              </Badge>
            ) : null}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

/**
 * Header with name, navigation, language and account. On phones the navigation folds behind a
 * disclosure button (a plain show/hide region: no focus trap is needed, and the first load stays
 * light because no dialog or popover code is involved).
 */
export function AppLayout({ nav, account, children }: AppLayoutProps) {
  const { t } = useTranslation('ui');
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  useEffect(close, [location.pathname, close]);

  return (
    <div className="wo-app">
      <SkipLink />
      <header className="wo-header">
        <Group mih={60} px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('closeNavigation') : t('openNavigation')}
              aria-expanded={opened}
              aria-controls="wo-mobile-nav"
            />
            <Anchor component={Link} to="/" underline="never" aria-label={t('homeLink')}>
              <Text component="span" fw={800} fz="lg" c="teal.9" lh={1.1}>
                {t('appName')}
              </Text>
            </Anchor>
          </Group>
          {/* Takes the room between the name and the account, its entries wrapping onto a
              second line rather than overflowing when there are many (a moderator's, in French). */}
          <Group
            component="nav"
            aria-label={t('mainNavigation')}
            visibleFrom="sm"
            className="wo-desktop-nav"
          >
            <NavLinks nav={nav.filter((item) => !item.phoneOnly)} />
          </Group>
          <Group gap="xs" wrap="nowrap">
            <LanguageSwitch />
            {account}
          </Group>
        </Group>
        {opened ? (
          <nav id="wo-mobile-nav" aria-label={t('mainNavigation')} className="wo-mobile-nav">
            <NavLinks nav={nav} />
          </nav>
        ) : null}
      </header>
      <main id="main" tabIndex={-1} className="wo-main">
        {children}
      </main>
    </div>
  );
}
