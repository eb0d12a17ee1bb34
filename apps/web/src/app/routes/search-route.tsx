import { SearchResultsPage } from '@/features/search/components/search-results-page';
import { placePathFor, searchableKinds } from '@/features/search/search-access';

import { useSession } from '../session-context';

/** /search?q=…: the header search's results page, over the kinds this user may read. */
export function SearchRoute() {
  const user = useSession();
  return (
    <SearchResultsPage
      kinds={searchableKinds(user.permissions)}
      placePath={placePathFor(user.permissions)}
    />
  );
}
