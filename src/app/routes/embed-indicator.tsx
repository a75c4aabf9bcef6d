import { EmbedPage } from '../../features/indicators/components/embed-page';
import { InternalScope } from '../../lib/api/internal-access';
import { useSearchState } from '../../lib/url/use-search-state';

/**
 * Embeds never show internal indicators unless the embed code asks for them (`internal=1`,
 * written only when a signed-in project lead ticked "include internal indicators"); even then
 * the viewer must be signed in, since the data still comes from the protected base.
 */
export function Component() {
  const [params] = useSearchState();
  return (
    <InternalScope include={params.get('internal') === '1'}>
      <EmbedPage />
    </InternalScope>
  );
}
