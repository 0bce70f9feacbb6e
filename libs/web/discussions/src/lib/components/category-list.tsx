import { Anchor, Stack, Text, Title } from '@mantine/core';
import { type CategoriesQuery } from '@wide-open/web/data-access';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type Category = CategoriesQuery['categories'][number];

/** Categories with what belongs in each; the current one is marked for screen readers too. */
export function CategoryList({
  categories,
  selected,
  hrefFor,
}: {
  categories: Category[];
  selected: string | null;
  hrefFor: (categoryId: string | null) => string;
}) {
  const { t } = useTranslation('discussions');
  const headingId = useId();
  return (
    <nav aria-labelledby={headingId}>
      <Title order={2} size="h4" id={headingId} mb="xs">
        {t('list.categories')}
      </Title>
      <Stack component="ul" gap={6} className="wo-plain-list">
        <li>
          <Anchor
            component={Link}
            to={hrefFor(null)}
            aria-current={selected === null ? 'page' : undefined}
            className="wo-category-link"
          >
            {t('list.allCategories')}
          </Anchor>
        </li>
        {categories.map((category) => (
          <li key={category.id}>
            <Anchor
              component={Link}
              to={hrefFor(category.id)}
              aria-current={selected === category.id ? 'page' : undefined}
              className="wo-category-link"
            >
              {category.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {category.description}
            </Text>
          </li>
        ))}
      </Stack>
    </nav>
  );
}
