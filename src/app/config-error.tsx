import { isDataDocumentError } from '../contract/errors';

/**
 * Shown when config.json is missing or broken. No language is known yet, so it speaks both,
 * each marked with its own `lang`.
 */
export function ConfigError({ error }: { error: unknown }) {
  const detail = error instanceof Error ? error.message : String(error);
  const documentName = isDataDocumentError(error) ? error.documentName : 'config.json';
  return (
    <main className="site-main page">
      <h1 lang="sv">Sidan kunde inte starta</h1>
      <p lang="sv">
        Inställningsfilen <code>{documentName}</code> saknas eller är felaktig. Den ska ligga bredvid <code>index.html</code>.
      </p>
      <h2 lang="en">The page could not start</h2>
      <p lang="en">
        The configuration file <code>{documentName}</code> is missing or broken. It belongs next to <code>index.html</code>.
      </p>
      <pre className="notice__code">{detail}</pre>
    </main>
  );
}
