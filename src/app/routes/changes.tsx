import { ChangesPage } from '../../features/changes/changes-page';

export function Component() {
  return <ChangesPage />;
}
