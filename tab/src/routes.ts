/** The tab's three entry points, by path: the personal tab, the channel tab, and the channel tab's set-up page. */
export type Route = 'personal' | 'channel' | 'configure';

export function routeOf(pathname: string): Route {
  const rest = pathname.replace(/^\/tab\/?/, '').replace(/\/+$/, '');
  if (rest === 'configure') return 'configure';
  if (rest === 'channel') return 'channel';
  return 'personal';
}
