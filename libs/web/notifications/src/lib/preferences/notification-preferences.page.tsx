import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Container, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { NotificationDelivery, type NotificationType } from '@wide-open/shared/contracts';
import { useSession } from '@wide-open/web/data-access';
import { LiveRegion, PageHeading, PageLoader } from '@wide-open/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import {
  notificationPreferencesQuery,
  setNotificationPreferenceMutation,
} from '../notifications.documents';

const DELIVERIES = [
  NotificationDelivery.IN_APP,
  NotificationDelivery.EMAIL,
  NotificationDelivery.DAILY,
  NotificationDelivery.WEEKLY,
  NotificationDelivery.OFF,
];

function isDelivery(value: string): value is NotificationDelivery {
  return (DELIVERIES as string[]).includes(value);
}

function PreferencesTable() {
  const { t } = useTranslation('notifications');
  const { data, loading, error } = useQuery(notificationPreferencesQuery);
  const [save] = useMutation(setNotificationPreferenceMutation);
  // The choices made on this page, shown at once and put back if saving fails.
  const [chosen, setChosen] = useState<Record<string, NotificationDelivery>>({});
  const [announcement, setAnnouncement] = useState('');
  const [failed, setFailed] = useState(false);

  if (loading && !data) return <PageLoader />;
  if (error && !data) return <Alert color="red">{t('preferences.loadError')}</Alert>;
  const rows = data?.notificationPreferences ?? [];

  const change = async (type: NotificationType, previous: NotificationDelivery, value: string) => {
    if (!isDelivery(value)) return;
    setChosen((current) => ({ ...current, [type]: value }));
    setFailed(false);
    try {
      const result = await save({ variables: { type, delivery: value } });
      if (!result.data) throw new Error('not saved');
      setAnnouncement(
        t('preferences.saved', {
          type: t(`preferences.types.${type}`),
          delivery: t(`preferences.deliveries.${value}`),
        }),
      );
    } catch {
      setChosen((current) => ({ ...current, [type]: previous }));
      setFailed(true);
    }
  };

  return (
    <>
      {failed ? (
        <Alert color="red" role="alert">
          {t('preferences.error')}
        </Alert>
      ) : null}
      <LiveRegion message={announcement} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('preferences.kind')}</Table.Th>
            <Table.Th scope="col">{t('preferences.delivery')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => {
            const label = t(`preferences.types.${row.type}`);
            const value = chosen[row.type] ?? row.delivery;
            return (
              <Table.Tr key={row.type}>
                <Table.Th scope="row" fw={500}>
                  {label}
                </Table.Th>
                <Table.Td>
                  {row.configurable ? (
                    <NativeSelect
                      aria-label={label}
                      value={value}
                      onChange={(event) => void change(row.type, value, event.currentTarget.value)}
                      data={DELIVERIES.map((d) => ({
                        value: d,
                        label: t(`preferences.deliveries.${d}`),
                      }))}
                    />
                  ) : (
                    <Text size="sm">{t('preferences.fixed')}</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </>
  );
}

/** `/settings/notifications`: how the member hears of each kind of notification. */
export function NotificationPreferencesPage() {
  const { t } = useTranslation('notifications');
  const { member, loading } = useSession();
  if (loading) return <PageLoader />;
  if (!member) return <Navigate to="/sign-in?next=%2Fsettings%2Fnotifications" replace />;
  return (
    <Container size="md">
      <Stack gap="md">
        <PageHeading title={t('preferences.title')} />
        <Text>{t('preferences.intro')}</Text>
        <PreferencesTable />
        <Anchor component={Link} to="/notifications">
          {t('preferences.back')}
        </Anchor>
      </Stack>
    </Container>
  );
}
