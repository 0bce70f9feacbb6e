import { Title, type TitleProps } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

// The first page of a visit keeps the browser's natural focus; after a client-side navigation
// nothing tells a screen reader the page changed, so focus moves to the new page's heading.
let firstPageShown = false;

/** Sets document.title and, after a navigation, moves focus to the page's h1. */
export function usePageTitle(title: string) {
  const { t } = useTranslation('ui');
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · ${t('titleSuffix')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPageShown) headingRef.current?.focus();
    firstPageShown = true;
  }, []);
  return headingRef;
}

export interface PageHeadingProps extends Omit<TitleProps, 'order' | 'children'> {
  /** The visible h1, also used for the document title unless `documentTitle` is given. */
  title: string;
  documentTitle?: string;
}

/** The page's single h1; focusable by script only (tabIndex -1), so it is not a tab stop. */
export function PageHeading({ title, documentTitle, ...props }: PageHeadingProps) {
  const ref = usePageTitle(documentTitle ?? title);
  return (
    <Title order={1} ref={ref} tabIndex={-1} style={{ outline: 'none' }} {...props}>
      {title}
    </Title>
  );
}
