import { READS_AUDIT } from '../audit/read-audit';
import { isAllowed, type Allowed } from '../directory/access';
import type { DirectoryLookup } from '../directory/directory';
import type { PeopleRepository } from '../directory/store';
import type { Person } from '../directory/types';
import type { NudgeSettings } from '../nudges/types';
import type { ConversationRepository } from '../outbox/addresses';
import type { OutboxStore } from '../outbox/store';
import { readOverview, SEES_OVERVIEW, type OverviewDeps } from '../overview/overview';
import type { StandingRepository } from '../overview/standing';
import { READS_REPORT } from '../report/reports';
import { myResponses, RESPONDS } from '../responses/my-responses';
import type { BookingRepository } from '../rota/store';
import { councillorVisits } from '../visits/councillor-visits';
import type { FormCatalogue } from '../visits/forms';
import type { CouncillorVisitRepository, VisitRepository } from '../visits/store';
import { READS_VISIT, visitDetail } from '../visits/visit-detail';
import { RECORDS_VISITS } from '../visits/walkthrough';
import { actionRoutes, SIGNED_IN, visitActions, type ActionRoutesDeps } from './action-routes';
import { HttpProblem, ok, type ApiRoute } from './api-route';
import { fromThisMachine } from './identity';
import type { LocalPeople, Me, MyResponses, MyVisits, PageId, VisitDetail } from './api-types';
import { tabActions, type TabActionDeps } from './tab-actions';
import {
  overviewJson,
  personJson,
  resumeChatLink,
  responseItemJson,
  responseJson,
  summaryJson,
} from './tab-json';

export interface TabApiDeps extends TabActionDeps, ActionRoutesDeps, Omit<OverviewDeps, 'settings'> {
  readonly directory: DirectoryLookup;
  readonly dispatcher: TabActionDeps['dispatcher'] & OverviewDeps['dispatcher'];
  readonly nudges: TabActionDeps['nudges'] & OverviewDeps['nudges'];
  readonly people: Pick<PeopleRepository, 'list'>;
  readonly bookings: Pick<BookingRepository, 'list' | 'get'>;
  readonly visits: Pick<VisitRepository, 'listSummaries' | 'load'>;
  readonly standing: StandingRepository;
  readonly councillorVisits: Pick<CouncillorVisitRepository, 'listFor'>;
  readonly forms: FormCatalogue;
  readonly conversations: Pick<ConversationRepository, 'linkFor'>;
  /** The outbox store that holds each visit's request post, for links to it. */
  readonly posts: Pick<OutboxStore, 'get'>;
  readonly settings: NudgeSettings;
  /** Local mode: no sign-in, loopback only; the tab offers "act as". */
  readonly localMode: boolean;
  /** The bot's app id, for the link that opens its chat (absent in local mode). */
  readonly botAppId?: string;
}

/** The tab's pages, each behind the declaration of the role it serves. */
const PAGES: readonly (readonly [PageId, Allowed])[] = [
  ['overview', SEES_OVERVIEW],
  ['report', READS_REPORT],
  ['my-visits', RECORDS_VISITS],
  ['my-responses', RESPONDS],
  ['records', READS_AUDIT],
];

/** The Teams tab's routes: who is signed in, each role's pages, and the overview's actions. */
export function tabRoutes(deps: TabApiDeps): ApiRoute[] {
  return [
    {
      method: 'get',
      path: '/api/me',
      allowed: SIGNED_IN,
      handle: async (_req, person) =>
        ok({
          person: personJson(person),
          pages: [
            ...PAGES.filter(([, allowed]) => isAllowed(allowed, person)).map(([page]) => page),
            ...((await ownsActions(deps, person)) ? (['my-actions'] as const) : []),
          ],
          localMode: deps.localMode,
        } satisfies Me),
    },
    {
      method: 'get',
      path: '/api/local/people',
      allowed: 'no sign-in',
      async handle(req) {
        if (!deps.localMode || !fromThisMachine(req)) throw new HttpProblem(404, 'There is no such page.');
        const people = await deps.people.list();
        return ok({
          people: people.sort((a, b) => a.name.localeCompare(b.name)).map(personJson),
        } satisfies LocalPeople);
      },
    },
    {
      method: 'get',
      path: '/api/overview',
      allowed: SEES_OVERVIEW,
      handle: async () => ok(overviewJson(await readOverview(deps))),
    },
    ...tabActions(deps),
    ...actionRoutes(deps),
    {
      method: 'get',
      path: '/api/my-visits',
      allowed: RECORDS_VISITS,
      async handle(_req, person) {
        const { drafts, submitted } = await councillorVisits(deps, person);
        return ok({
          drafts: drafts.map(summaryJson),
          submitted: submitted.map(summaryJson),
          ...(deps.botAppId ? { chatLink: resumeChatLink(deps.botAppId) } : {}),
        } satisfies MyVisits);
      },
    },
    {
      method: 'get',
      path: '/api/visits/:visitId',
      allowed: READS_VISIT,
      async handle(req, person) {
        const detail = await visitDetail(deps, person, String(req.params?.visitId ?? ''));
        if (detail.kind === 'refused') return { status: 403, body: { error: `${READS_VISIT.refusal}.` } };
        if (detail.kind === 'not-found') throw new HttpProblem(404, 'No visit has that id.');
        return ok({
          visit: summaryJson(detail.progress),
          sections: detail.sections,
          responses: detail.responses.map(responseJson),
          ...(await visitActions(deps, person, detail.progress.visit.id)),
        } satisfies VisitDetail);
      },
    },
    {
      method: 'get',
      path: '/api/my-responses',
      allowed: RESPONDS,
      async handle(_req, person) {
        const { awaiting, past } = await myResponses(deps, person);
        return ok({
          awaiting: awaiting.map(responseItemJson),
          past: past.map(responseItemJson),
        } satisfies MyResponses);
      },
    },
  ];
}

/** "My actions" is offered to responders (who may be given one at any time) and to anyone who owns one. */
async function ownsActions(deps: TabApiDeps, person: Person): Promise<boolean> {
  if (person.role === 'responder') return true;
  return (await deps.actionStore.all()).some(
    (a) => a.owner?.kind === 'person' && a.owner.aadObjectId === person.aadObjectId,
  );
}
