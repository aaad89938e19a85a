/** The search contract: `GET /api/search?q=` → the best ~20 components, nodes and pods by name. */
import type { SearchCandidate } from '@/lib/model/search';
import { apiUrl } from './urls';

export type SearchResult = SearchCandidate;

export interface SearchResponse {
  query: string;
  results: SearchResult[];
}

export const SEARCH_API = '/api/search';
export const SEARCH_LIMIT = 20;
export const searchUrl = (q: string) => apiUrl(SEARCH_API, { q });
