/** A tiny client-side router: the path decides the page; links push history entries. */
import { useEffect, useState } from 'react';

export type Route =
  | { page: 'home' }
  | { page: 'chair'; sessionId: string }
  | { page: 'join'; joinCode: string }
  | { page: 'delegation'; sessionId: string }
  | { page: 'board'; sessionId: string }
  | { page: 'history'; fixtureId: string | null }
  | { page: 'analysis' }
  | { page: 'not-found' };

export function parseRoute(pathname: string): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const [head, id] = parts;
  if (!head) return { page: 'home' };
  if (head === 'history') return { page: 'history', fixtureId: id ?? null };
  if (head === 'analysis' && parts.length === 1) return { page: 'analysis' };
  if (!id || parts.length > 2) return { page: 'not-found' };
  switch (head) {
    case 'chair':
      return { page: 'chair', sessionId: id };
    case 'join':
      return { page: 'join', joinCode: id };
    case 'd':
      return { page: 'delegation', sessionId: id };
    case 'board':
      return { page: 'board', sessionId: id };
    default:
      return { page: 'not-found' };
  }
}

export function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new PopStateEvent('popstate'));
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.pathname));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.pathname));
    window.addEventListener('popstate', update);
    return () => window.removeEventListener('popstate', update);
  }, []);
  return route;
}
