import { useEffect, type ReactNode } from 'react';
import { useMessages } from '../i18n/messages';
import { commonMessages } from './common-messages';
import { documentTitle } from '../core/document-title';

interface PageHeadingProps {
  /** The page's name for the browser tab (plain text). */
  title: string;
  children?: ReactNode;
}

export const MAIN_HEADING_ID = 'main-heading';

/**
 * The page's one h1. It sets the document title; the layout moves focus to it after a route
 * change so screen-reader users hear where they arrived.
 */
export function PageHeading({ title, children }: PageHeadingProps) {
  const { productName } = useMessages(commonMessages);
  useEffect(() => {
    document.title = documentTitle(title, productName);
  }, [title, productName]);
  return (
    <h1 id={MAIN_HEADING_ID} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
